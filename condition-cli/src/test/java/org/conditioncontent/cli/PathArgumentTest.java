package org.conditioncontent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** Paths on the command line, and what a value that cannot be one is told. */
class PathArgumentTest {

    @Test
    void aValueIsThePathItNames() {
        assertThat(PathArgument.INSTANCE.convert("articles/cramps.yaml")).isEqualTo(Path.of("articles/cramps.yaml"));
    }

    @Test
    void aValueThatCannotBeAPathSaysWhy() {
        // NUL is in no path on any platform.
        assertThatThrownBy(() -> PathArgument.INSTANCE.convert("a\u0000b.yaml")).isInstanceOf(TypeConversionException.class)
                .hasMessageStartingWith("'a\u0000b.yaml' cannot be a file name here: ").hasMessageContaining("ul character");
    }

    @Test
    void aNameBeyondTheLocalesCharsetSaysToRunInAUtf8Locale() {
        // As a JVM on Linux in the C locale reads café.yaml given as an argument.
        assertThat(PathArgument.message("caf\uFFFD\uFFFD.yaml", "Malformed input or input contains unmappable characters", "ANSI_X3.4-1968"))
                .isEqualTo("'caf\uFFFD\uFFFD.yaml' cannot be a file name here: Java reads file names in ANSI_X3.4-1968, the charset"
                        + " of its locale, and this one has characters beyond it; run in a UTF-8 locale, such as LC_ALL=C.UTF-8");
        assertThat(PathArgument.message("caf\uFFFD.yaml", "some reason", "UTF-8")).isEqualTo("'caf\uFFFD.yaml' cannot be a file name here: some reason");
        assertThat(PathArgument.message("caf\uFFFD.yaml", "some reason", null)).isEqualTo("'caf\uFFFD.yaml' cannot be a file name here: some reason");
    }

    @Test
    void theCommandLineUsesIt() {
        CommandRun run = CommandRun.of("validate", "a\u0000b.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot be a file name here").doesNotContain("InvalidPathException");
    }
}
