package org.conditioncontent.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a rendering with a golden file under {@code src/test/resources/golden/}. A mismatch
 * fails with the first line that differs, a few lines of context, and the whole output, so that
 * the change can be reviewed from the test report alone.
 *
 * <p>After an intended change of output, run the tests once with {@code -Dgolden.update=true} to
 * rewrite the golden files, then review the change to them with {@code git diff} before
 * committing.
 */
public final class GoldenFiles {

    private static final Path SOURCE_DIR = Path.of("src", "test", "resources", "golden");

    private GoldenFiles() {}

    /**
     * Reads a golden file from the test class path.
     *
     * @param name the file's name under {@code golden/}, such as {@code nocturnal-leg-cramps.txt}
     * @return its text
     */
    public static String read(String name) {
        try (InputStream in = GoldenFiles.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                return fail("No golden file golden/%s on the test class path; create it with -Dgolden.update=true", name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that a rendering equals a golden file, or rewrites the file when the system property
     * {@code golden.update} is {@code true}.
     *
     * @param name the file's name under {@code golden/}
     * @param actual the rendering
     */
    public static void assertMatches(String name, String actual) {
        if (Boolean.getBoolean("golden.update")) {
            try {
                Files.createDirectories(SOURCE_DIR);
                Files.writeString(SOURCE_DIR.resolve(name), actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        String expected = read(name);
        assertThat(actual)
                .withFailMessage("Rendering differs from golden/%s%n%s%n--- whole output ---%n%s",
                        name, firstDifference(expected, actual), actual)
                .isEqualTo(expected);
    }

    /**
     * Describes where two texts first differ, line by line.
     *
     * @param expected the expected text
     * @param actual the actual text
     * @return a description with two lines of context
     */
    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int line = 0;
        while (line < e.length && line < a.length && e[line].equals(a[line])) {
            line++;
        }
        StringBuilder s = new StringBuilder();
        s.append("first difference at line ").append(line + 1).append(':').append(System.lineSeparator());
        for (int i = Math.max(0, line - 2); i < line; i++) {
            s.append("    ").append(e[i]).append(System.lineSeparator());
        }
        s.append("  - expected: ").append(line < e.length ? e[line] : "<end of file>").append(System.lineSeparator());
        s.append("  + actual:   ").append(line < a.length ? a[line] : "<end of file>");
        return s.toString();
    }
}
