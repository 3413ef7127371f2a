package org.conditioncontent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.conditioncontent.loader.rules.EditorialRule;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;

class MainTest {

    @Test
    void theJarsOpenedAheadAreAskedForTheListOfHouseRulesTheCommandsLookFor() {
        // The same look-up as the rule set's ServiceLoader, so that the jars it opens are the
        // jars that look-up would open on the main thread.
        assertThat(Main.SERVICE_LIST).isEqualTo("META-INF/services/" + EditorialRule.class.getName());
    }

    @Test
    void theCommandsThatBuildALoaderAreStartedAheadAndNoOther() {
        for (String reading : List.of("validate", "render", "export", "preview")) {
            assertThat(Main.readsArticles(new String[] {reading, "x.json"})).as(reading).isTrue();
            assertThat(Main.readsArticles(new String[] {"--debug", reading})).as("--debug " + reading).isTrue();
        }
        for (String other : List.of("rules", "formats", "schema", "new", "lsp", "migrate", "--help", "--version", "valid", "")) {
            assertThat(Main.readsArticles(new String[] {other})).as(other).isFalse();
        }
        assertThat(Main.readsArticles(new String[0])).isFalse();
        assertThat(Main.readsArticles(new String[] {"--help", "validate"})).as("help lists every command").isFalse();
    }

    @Test
    void startingAheadSetsTheValidatorsLoggerAsTheCommandDoes() {
        // Whichever thread starts Articles first, the validator's version line stays off reports.
        Main.startReading();

        assertThat(Logger.getLogger("org.hibernate.validator").getLevel()).isEqualTo(Level.WARNING);
    }

    @Test
    void theWarmUpCompilesTheRegularExpressionsPicocliCompilesForEachCommand() {
        // picocli names its transformer's expressions only in its text: {PATTERN=REPLACEMENT, ...}.
        String transformer = CommandSpec.create().negatableOptionTransformer().toString();
        String replacements = transformer.substring(transformer.indexOf("replacements={") + "replacements={".length(),
                transformer.indexOf("}, synopsis="));
        List<String> patterns = Arrays.stream(replacements.split(", "))
                .map(entry -> entry.substring(0, entry.indexOf('=')))
                .toList();

        assertThat(Main.PICOCLI_PATTERNS).containsExactlyElementsOf(patterns);
    }

    /** A console of JDK 22 to 24 when output is redirected: there, but no terminal. */
    public static final class RedirectedConsole {
        public boolean isTerminal() {
            return false;
        }
    }

    /** A console of JDK 22 and later at a terminal. */
    public static final class TerminalConsole {
        public boolean isTerminal() {
            return true;
        }
    }

    @Test
    void aConsoleIsATerminalUnlessItSaysItIsNot() {
        assertThat(Main.atTerminal(null)).isFalse();
        assertThat(Main.atTerminal(new RedirectedConsole())).isFalse();
        assertThat(Main.atTerminal(new TerminalConsole())).isTrue();
        assertThat(Main.atTerminal(new Object())).as("JDK 17 to 21: no isTerminal, a console is a terminal").isTrue();
        assertThat(Main.atTerminal(System.console())).as("no console in a test run, or one at a terminal").isEqualTo(System.console() != null);
    }
}
