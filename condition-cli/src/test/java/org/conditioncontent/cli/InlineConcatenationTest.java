package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.conditioncontent.json.WireFormat;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.lsp.ConditionsLanguageServer;
import org.conditioncontent.model.Condition;
import org.conditioncontent.render.Renderers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command's modules are compiled with {@code -XDstringConcat=inline} (the parent pom): no class
 * of theirs concatenates strings through {@code StringConcatFactory}, whose call sites each make
 * method handles and classes at run time on their first use, work that a cold run repeats every
 * time (docs/performance.md, "Issue 20: compilation in cold runs, round 4").
 */
class InlineConcatenationTest {

    /** How a class file names the bootstrap of an invokedynamic concatenation. */
    private static final String FACTORY = "java/lang/invoke/StringConcatFactory";

    @ParameterizedTest
    @ValueSource(classes = {Main.class, ConditionLoader.class, WireFormat.class, Condition.class, Renderers.class,
            ConditionsLanguageServer.class})
    void noClassOfTheModuleConcatenatesThroughInvokedynamic(Class<?> member) throws IOException, URISyntaxException {
        Path location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> scanned = new ArrayList<>();
        List<String> offenders = new ArrayList<>();

        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                    check(location.relativize(file).toString(), Files.readAllBytes(file), scanned, offenders);
                }
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    JarEntry entry = entries.nextElement();
                    if (entry.getName().endsWith(".class")) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            check(entry.getName(), in.readAllBytes(), scanned, offenders);
                        }
                    }
                }
            }
        }

        assertThat(scanned).as("classes found in %s", location)
                .contains(member.getName().replace('.', '/') + ".class");
        assertThat(offenders).as("classes of %s that concatenate through %s", location, FACTORY).isEmpty();
    }

    private static void check(String name, byte[] bytes, List<String> scanned, List<String> offenders) {
        String path = name.replace('\\', '/');
        scanned.add(path);
        // Class names in the constant pool are plain ASCII in the class file's modified UTF-8.
        if (new String(bytes, ISO_8859_1).contains(FACTORY)) {
            offenders.add(path);
        }
    }
}
