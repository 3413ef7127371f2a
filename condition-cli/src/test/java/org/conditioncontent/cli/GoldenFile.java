package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The command's golden files: what a test made is compared with the file, or, run with
 * {@code -Dgolden.update=true}, written to it (then review the files' diff before committing).
 */
final class GoldenFile {

    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private GoldenFile() {}

    /**
     * Asserts that a golden file holds exactly this text, after writing it there first when
     * golden files are being updated.
     *
     * @param golden the file
     * @param actual what the test made
     * @throws IOException if the file cannot be read or written
     */
    static void assertMatches(Path golden, String actual) throws IOException {
        if (UPDATE) {
            Files.createDirectories(golden.toAbsolutePath().getParent());
            Files.writeString(golden, actual, UTF_8);
        }

        assertThat(golden).as("run with -Dgolden.update=true to create it").exists();
        assertThat(actual).isEqualTo(Files.readString(golden, UTF_8));
    }
}
