package org.conditioncontent.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.conditioncontent.loader.rules.RuleSet;
import org.conditioncontent.model.Condition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles published in a jar (or a class folder) and loaded from the class path. */
class LoadResourcesTest {

    private static final Path EXAMPLES = Path.of("../examples/conditions");
    private static final Path INVALID = Path.of("src/test/resources/invalid/unknown-field.yaml");
    private static final ConditionLoader LOADER = ConditionLoader.builder().rules(RuleSet.defaults()).build();

    private static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /** A jar as a content repository would publish it: the articles under condition-articles/, one in a subfolder. */
    private static Path jar(Path folder) throws IOException {
        Path jar = folder.resolve("articles.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("condition-articles/"));
            out.closeEntry();
            for (Path example : examples()) {
                add(out, "condition-articles/" + example.getFileName(), Files.readAllBytes(example));
            }
            // Directory entries, as the jar tool and Maven's jar plugin write them: they let the
            // class loader find a folder.
            out.putNextEntry(new JarEntry("condition-articles/drafts/"));
            out.closeEntry();
            add(out, "condition-articles/drafts/unknown-field.yaml", Files.readAllBytes(INVALID));
            add(out, "condition-articles/README.md", "not an article".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            add(out, "other/ignored.yaml", Files.readAllBytes(INVALID));
        }
        return jar;
    }

    private static void add(JarOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream entry = out;
        entry.write(content);
        out.closeEntry();
    }

    @Test
    void loadsEveryArticleOfAFolderInAJarAsFromDisk(@TempDir Path folder) throws IOException {
        try (URLClassLoader classes = new URLClassLoader(new URL[] {jar(folder).toUri().toURL()}, null)) {
            CorpusResult fromJar = LOADER.loadResources(classes, "/condition-articles/");

            List<Condition> fromDisk = LOADER.loadAll(examples()).conditions();
            assertThat(fromJar.conditions()).isEqualTo(fromDisk).isNotEmpty();
            assertThat(fromJar.files()).extracting(LoadResult::source)
                    .contains("condition-articles/nocturnal-leg-cramps.yaml", "condition-articles/drafts/unknown-field.yaml")
                    .doesNotContain("condition-articles/README.md", "other/ignored.yaml")
                    .isSorted();
        }
    }

    @Test
    void reportsAnInvalidArticleByItsResourceNameAndPosition(@TempDir Path folder) throws IOException {
        try (URLClassLoader classes = new URLClassLoader(new URL[] {jar(folder).toUri().toURL()}, null)) {
            CorpusResult result = LOADER.loadResources(classes, "condition-articles/drafts");

            List<Diagnostic> fromDisk = LOADER.load(INVALID).diagnostics();
            assertThat(result.diagnostics()).isNotEmpty().hasSameSizeAs(fromDisk);
            for (int i = 0; i < fromDisk.size(); i++) {
                Diagnostic d = result.diagnostics().get(i);
                assertThat(d.source()).isEqualTo("condition-articles/drafts/unknown-field.yaml");
                assertThat(List.of(d.line(), d.column(), d.rule(), d.message()))
                        .isEqualTo(List.of(fromDisk.get(i).line(), fromDisk.get(i).column(), fromDisk.get(i).rule(), fromDisk.get(i).message()));
            }
        }
    }

    @Test
    void loadsAFolderOfAClassFolderToo(@TempDir Path classes) throws IOException {
        Path articles = Files.createDirectories(classes.resolve("condition-articles/sub"));
        Files.copy(EXAMPLES.resolve("dehydration.yaml"), articles.resolve("dehydration.yaml"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            CorpusResult result = LOADER.loadResources(loader, "condition-articles");

            assertThat(result.files()).extracting(LoadResult::source).containsExactly("condition-articles/sub/dehydration.yaml");
            assertThat(result.conditions()).containsExactly(LOADER.loadOrThrow(EXAMPLES.resolve("dehydration.yaml")));
        }
    }

    @Test
    void aFolderNoJarHoldsIsAnErrorThatSaysSo(@TempDir Path folder) throws IOException {
        try (URLClassLoader classes = new URLClassLoader(new URL[] {jar(folder).toUri().toURL()}, null)) {
            assertThatThrownBy(() -> LOADER.loadResources(classes, "conditions"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("holds the folder conditions");
            assertThatThrownBy(() -> LOADER.loadResources(classes, "/"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("root of the class path");
        }
    }
}
