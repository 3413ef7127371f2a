package org.conditioncontent.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file this module keeps in step with what a test makes (a table generated from the model, a
 * page of the docs): the test fails when the committed file differs, and writes it again first
 * when asked to with a system property.
 */
public final class GeneratedFile {

    private GeneratedFile() {}

    /**
     * A path in this module, whether the test runs from the module's folder (Maven) or the
     * repository's (an IDE may).
     *
     * @param path a path relative to the module's folder
     * @return the path to use from the current folder
     */
    public static Path inModule(String path) {
        Path here = Path.of(path);
        return Files.exists(here) ? here : Path.of("condition-loader").resolve(path);
    }

    /**
     * Fails when the file differs from what its generator gives now; first writes it again when
     * the system property is {@code true}.
     *
     * @param file the committed file
     * @param expected what the generator gives now
     * @param test the test to run again, named in the failure
     * @param property the system property that asks for the file to be written
     * @throws IOException if the file cannot be read or written
     */
    public static void assertUpToDate(Path file, String expected, String test, String property) throws IOException {
        if (Boolean.getBoolean(property)) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as(file.getFileName() + " is out of date; run " + test + " with -D" + property + "=true")
                .isEqualTo(expected);
    }
}
