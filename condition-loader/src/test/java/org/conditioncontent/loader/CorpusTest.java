package org.conditioncontent.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conditioncontent.model.Condition;
import org.conditioncontent.render.json.JsonRenderer;
import org.conditioncontent.loader.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading folders: recursion, file selection, checks across files, and deterministic output. */
class CorpusTest {

    private static ConditionLoader loader;
    private static Condition seed;

    @BeforeAll
    static void load() {
        loader = ConditionLoader.builder().rules(RuleSet.none()).build();
        seed = loader.loadOrThrow(Path.of("../examples/conditions/nocturnal-leg-cramps.yaml"));
    }

    @Test
    void aFolderIsSearchedRecursivelyForArticleFiles(@TempDir Path dir) throws IOException {
        write(dir.resolve("a.yaml"), "formatVersion: 1\nid: a\ntitle: A\n");
        write(dir.resolve("nested/deeper/b.json"), "{\"formatVersion\": 1, \"id\": \"b\", \"title\": \"B\"}");
        write(dir.resolve("nested/c.YML"), "formatVersion: 1\nid: c\ntitle: C\n");
        write(dir.resolve("notes.txt"), "not an article");
        CorpusResult result = loader.loadAll(List.of(dir));
        assertThat(result.files()).extracting(r -> dir.relativize(Path.of(r.source())).toString())
                .containsExactly("a.yaml", "nested/c.YML", "nested/deeper/b.json");
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.conditions()).extracting(Condition::id).containsExactly("a", "c", "b");
    }

    @Test
    void aDuplicateIdIsReportedAtBothFiles(@TempDir Path dir) throws IOException {
        write(dir.resolve("one.yaml"), "formatVersion: 1\nid: cramps\ntitle: A\n");
        write(dir.resolve("two.yaml"), "formatVersion: 1\ntitle: B\nid: cramps\n");
        CorpusResult result = loader.loadAll(List.of(dir));
        assertThat(result.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                dir.resolve("one.yaml") + ":2:5: error: The id \"cramps\" is also used by " + dir.resolve("two.yaml")
                        + ":3:5; every article needs its own id [duplicate-id]",
                dir.resolve("two.yaml") + ":3:5: error: The id \"cramps\" is also used by " + dir.resolve("one.yaml")
                        + ":2:5; every article needs its own id [duplicate-id]");
        assertThat(result.hasAtLeast(Severity.ERROR)).isTrue();
    }

    @Test
    void aRelatedIdThatNoFileHasIsAWarning(@TempDir Path dir) throws IOException {
        write(dir.resolve("a.yaml"), "formatVersion: 1\nid: a\ntitle: A\nrelated: [b, restless-legs]\n");
        write(dir.resolve("b.yaml"), "formatVersion: 1\nid: b\ntitle: B\nrelated: [a]\n");
        CorpusResult result = loader.loadAll(List.of(dir));
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("unknown-related");
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.pointer()).isEqualTo("/related/1");
            assertThat(d.line() + ":" + d.column()).isEqualTo("4:14");
        });
        assertThat(result.hasAtLeast(Severity.ERROR)).isFalse();
        assertThat(result.count(Severity.WARNING)).isEqualTo(1);
    }

    @Test
    void aMissingPathIsTheCallersMistake() {
        assertThatIllegalArgumentException().isThrownBy(() -> loader.loadAll(List.of(Path.of("no/such/folder"))))
                .withMessage("No such file or folder: no/such/folder");
    }

    @Test
    void aThousandArticlesLoadWithoutFindingsAndInTheSameOrderWhateverTheParallelism(@TempDir Path dir) throws IOException {
        JsonRenderer json = new JsonRenderer();
        for (int i = 0; i < 1000; i++) {
            Condition c = seed.toBuilder().id("article-" + i).build();
            write(dir.resolve("part-" + (i % 10)).resolve("article-" + i + ".json"), json.render(c));
        }
        write(dir.resolve("part-3/broken.yaml"), "formatVersion: 1\nid: article-7\ntitel: X\n");
        CorpusResult parallel = loader.loadAll(List.of(dir));
        CorpusResult serial = ConditionLoader.builder().rules(RuleSet.none()).parallelism(1).build().loadAll(List.of(dir));

        assertThat(parallel.files()).hasSize(1001);
        assertThat(parallel.conditions()).hasSize(1000);
        assertThat(parallel.diagnostics()).extracting(Diagnostic::rule).containsExactly("required", "unknown-field");
        assertThat(parallel.diagnostics()).isEqualTo(serial.diagnostics());
        assertThat(parallel.files()).extracting(LoadResult::source)
                .containsExactlyElementsOf(serial.files().stream().map(LoadResult::source).toList());
    }

    @Test
    void checkAllGivesTheDiagnosticsOfLoadAllWithoutKeepingArticles(@TempDir Path dir) throws IOException {
        write(dir.resolve("one.yaml"), "formatVersion: 1\nid: cramps\ntitle: A\nrelated: [nope]\n");
        write(dir.resolve("two.yaml"), "formatVersion: 1\ntitle: B\nid: cramps\n");
        write(dir.resolve("three.yaml"), "formatVersion: 1\nid: three\ntitel: C\n");
        List<String> seen = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        List<Diagnostic> checked = loader.checkAll(List.of(dir), r -> seen.add(dir.relativize(Path.of(r.source())).toString()));
        assertThat(checked).isEqualTo(loader.loadAll(List.of(dir)).diagnostics());
        assertThat(checked).extracting(Diagnostic::rule)
                .containsExactlyInAnyOrder("duplicate-id", "duplicate-id", "unknown-related", "required", "unknown-field");
        assertThat(seen).containsExactlyInAnyOrder("one.yaml", "two.yaml", "three.yaml");
    }

    @Test
    void aGeneratedCorpusChecksTheSameOnAnyNumberOfThreadsAsOneByOne(@TempDir Path dir) throws IOException {
        // 200 copies of the seed article, valid, whose ids repeat and whose related ids point at
        // other copies and at missing ones, so that the checks across files find plenty; 100
        // generated articles (fixed seeds), whose findings with the default rules are their own;
        // and a few files that are broken outright.
        JsonRenderer json = new JsonRenderer();
        for (int i = 0; i < 300; i++) {
            Condition c = i < 200
                    ? seed.toBuilder().id(i % 37 == 0 ? "repeated" : "copy-" + i)
                            .related(i % 5 == 0 ? new String[] {"copy-" + (i + 1), "missing-" + i} : new String[0]).build()
                    : GeneratedConditions.generate(20_261_129L + i);
            write(dir.resolve("part-" + (i % 7)).resolve("article-" + i + ".json"), json.render(c));
        }
        write(dir.resolve("part-2/truncated.json"), "{\"formatVersion\": 2, \"id\": \"trunc");
        write(dir.resolve("part-4/unknown-field.yaml"), "formatVersion: 2\nid: unknown\ntitel: X\n");
        write(dir.resolve("part-5/empty.yml"), "");
        ConditionLoader withRules = ConditionLoader.builder().parallelism(1).build();
        CorpusResult oneByOne = withRules.loadAll(List.of(dir));
        assertThat(oneByOne.diagnostics()).extracting(Diagnostic::rule)
                .contains("duplicate-id", "unknown-related", "unknown-field", "syntax");

        for (int parallelism : new int[] {2, 3, 8}) {
            ConditionLoader parallel = ConditionLoader.builder().parallelism(parallelism).build();
            CorpusResult loaded = parallel.loadAll(List.of(dir));
            assertThat(loaded.diagnostics()).as("loadAll on %d threads", parallelism).isEqualTo(oneByOne.diagnostics());
            assertThat(loaded.files()).as("loadAll on %d threads", parallelism).isEqualTo(oneByOne.files());
            List<String> seen = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            assertThat(parallel.checkAll(List.of(dir), r -> seen.add(r.source()))).as("checkAll on %d threads", parallelism)
                    .isEqualTo(oneByOne.diagnostics());
            assertThat(seen).containsExactlyInAnyOrderElementsOf(oneByOne.files().stream().map(LoadResult::source).toList());
        }
    }

    @Test
    void checkingWhileSearchingGivesWhatLoadingTheFoundListGivesOnAnyNumberOfThreads(@TempDir Path dir) throws IOException {
        // Files in nested folders whose names sort differently folder by folder than as whole
        // paths, ids repeated across them, a related id to nowhere, a broken file, a link that
        // leads nowhere, a configuration under another name, and a folder given twice.
        JsonRenderer json = new JsonRenderer();
        for (int i = 0; i < 120; i++) {
            Condition c = seed.toBuilder().id(i % 29 == 0 ? "repeated" : "copy-" + i)
                    .related(i % 17 == 0 ? new String[] {"missing-" + i} : new String[0]).build();
            String folder = switch (i % 4) {
                case 0 -> "a";
                case 1 -> "a-1";
                case 2 -> "a/b";
                default -> "a.d";
            };
            write(dir.resolve(folder).resolve("article-" + i + ".json"), json.render(c));
        }
        write(dir.resolve("a/b/broken.yaml"), "formatVersion: 2\nid: broken\ntitel: X\n");
        write(dir.resolve("a/house.yaml"), "rules: {}\n");
        Files.createSymbolicLink(dir.resolve("a/b/nowhere.json"), dir.resolve("missing.json"));
        List<Path> paths = List.of(dir.resolve("a"), dir, dir.resolve("a-1/article-1.json"));
        java.util.function.Predicate<Path> house = file -> file.getFileName().toString().equals("house.yaml");
        ConditionLoader oneByOne = ConditionLoader.builder().rules(RuleSet.none()).parallelism(1).build();
        ArticleFiles expectedFiles = ArticleFiles.find(paths, false, house);
        CorpusResult expectedLoad = oneByOne.loadAll(expectedFiles);
        List<Diagnostic> expected = expectedLoad.diagnostics();
        assertThat(expected).extracting(Diagnostic::rule).contains("duplicate-id", "unknown-related", "unknown-field",
                "file-unreadable");

        for (int parallelism : new int[] {1, 2, 3, 8}) {
            ConditionLoader parallel = ConditionLoader.builder().rules(RuleSet.none()).parallelism(parallelism).build();
            List<ArticleFiles> found = new java.util.ArrayList<>();
            List<String> seen = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            List<Diagnostic> checked = parallel.checkAll(paths, house, found::add, r -> seen.add(r.source()));
            assertThat(checked).as("on %d threads", parallelism).isEqualTo(expected);
            assertThat(found).as("on %d threads", parallelism).containsExactly(expectedFiles);
            assertThat(seen).containsExactlyInAnyOrderElementsOf(expectedFiles.files().stream().map(Path::toString).toList());

            // Loading while searching keeps every result, in file order.
            List<ArticleFiles> foundByLoad = new java.util.ArrayList<>();
            CorpusResult loaded = parallel.loadAll(paths, house, foundByLoad::add);
            assertThat(loaded.files()).as("loadAll on %d threads", parallelism).isEqualTo(expectedLoad.files());
            assertThat(loaded.diagnostics()).as("loadAll on %d threads", parallelism).isEqualTo(expected);
            assertThat(foundByLoad).containsExactly(expectedFiles);
        }
    }

    @Test
    void aFolderThatCannotBeListedWhileTheFirstFilesLoadFailsTheCheckWithNoThreadLeft(@TempDir Path dir) throws IOException {
        for (int i = 0; i < 50; i++) {
            write(dir.resolve("a/article-" + i + ".json"), "{}");
        }
        write(dir.resolve("b/article.json"), "{}");
        // Asked about a file of a/, the test removes b/, which the search has seen but not listed yet.
        java.util.function.Predicate<Path> removeB = file -> {
            if (file.getFileName().toString().equals("article-10.json")) {
                try {
                    Files.delete(dir.resolve("b/article.json"));
                    Files.delete(dir.resolve("b"));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return false;
        };
        ConditionLoader two = ConditionLoader.builder().rules(RuleSet.none()).parallelism(2).build();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> two.checkAll(List.of(dir), removeB, files -> { }, r -> { }))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessage("Cannot list the folder " + dir)
                .hasCauseInstanceOf(java.nio.file.NoSuchFileException.class);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("conditions-load"));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
