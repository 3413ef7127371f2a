package org.conditioncontent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** File names in results as the user gave them, and the names that cannot be paths. */
class SourceNamesTest {

    private static final Path WORKING_DIRECTORY = Path.of("/work/site").toAbsolutePath();

    private static SourceNames names(Path... given) {
        PrintStream none = new PrintStream(OutputStream.nullOutputStream());
        return new SourceNames(List.of(given), new Invocation(new Streams(none, none), WORKING_DIRECTORY, false));
    }

    @Test
    void aFileReachedThroughARelativePathIsNamedRelativeAgain() {
        String loaded = WORKING_DIRECTORY.resolve("articles/cramps.yaml").toString();

        assertThat(names(Path.of("articles")).asGiven(loaded)).isEqualTo(Path.of("articles/cramps.yaml").toString());
        assertThat(names(WORKING_DIRECTORY.resolve("articles")).asGiven(loaded)).isEqualTo(loaded);
    }

    @Test
    void aNameThatCannotBeAPathHereKeepsTheLoadersName() {
        // As a JVM on Linux in the C locale cannot make a path of a name it read with U+FFFD in
        // it; NUL is in no path anywhere.
        String loaded = WORKING_DIRECTORY.resolve("articles") + "/caf\u0000.yaml";

        assertThat(names(Path.of("articles")).asGiven(loaded)).isEqualTo(loaded);
    }
}
