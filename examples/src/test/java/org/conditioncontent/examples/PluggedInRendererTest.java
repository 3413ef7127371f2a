package org.conditioncontent.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.conditioncontent.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * Proves that a renderer from another jar is plugged in: the {@code conditions} command, run in
 * this process with this module on the class path, lists and uses the Markdown renderer it has
 * never heard of.
 */
class PluggedInRendererTest {

    private record Run(int exitCode, String out, String err) {}

    private static Run conditions(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
        return new Run(code, out.toString(UTF_8), err.toString(UTF_8));
    }

    @Test
    void theCommandListsMarkdownBesideTheBuiltInFormats() {
        Run run = conditions("formats");

        assertThat(run.exitCode()).isZero();
        List<String> formats = run.out().lines().map(line -> line.split(" +", 2)[0]).toList();
        assertThat(formats).containsExactly("html", "json", "markdown", "text");
        assertThat(run.out()).containsPattern("(?m)^markdown +text/markdown; charset=UTF-8 +md +"
                + MarkdownRenderer.class.getName().replace(".", "\\.") + "$");
    }

    @Test
    void theCommandRendersMarkdown() {
        Run run = conditions("render", "--format", "markdown", "conditions/nocturnal-leg-cramps.yaml");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("# Nocturnal Leg Cramps\n");
        // The only finding is the house rule's suggestion (this module plugs in PlainWordsRule too).
        assertThat(run.err()).doesNotContain(": error:", ": warning:").contains("[plain-words]");
    }
}
