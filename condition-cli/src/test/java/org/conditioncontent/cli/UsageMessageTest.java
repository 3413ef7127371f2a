package org.conditioncontent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command's own words for command-line mistakes, which keep exit code 2. */
class UsageMessageTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            valdate a.yaml                    | conditions: unknown command 'valdate'; did you mean validate?
            bogus                             | conditions: unknown command 'bogus'; the commands are validate, render, export, migrate, new, formats, rules, lsp, schema, preview and help
            validate --max-warnings abc a.yaml | conditions: --max-warnings takes a whole number, such as 0; it is "abc"
            validate --max-warnings 3000000000 a.yaml | conditions: --max-warnings takes a whole number up to 2147483647; it is "3000000000"
            validate --fail-on info a.yaml    | conditions: --fail-on takes error or warning; it is "info"
            validate --report xml a.yaml      | conditions: --report takes text, json, sarif, github or junit; it is "xml"
            schema --format-version two       | conditions: --format-version takes a whole number, such as 2; it is "two"
            help valdate                      | conditions: unknown command 'valdate'; did you mean validate?
            help bogus                        | conditions: unknown command 'bogus'; the commands are validate, render, export, migrate, new, formats, rules, lsp, schema, preview and help
            """)
    void aMistakeIsToldInTheCommandsWords(String commandLine, String message) {
        CommandRun run = CommandRun.of((Object[]) commandLine.split(" "));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo(message);
        assertThat(run.err()).as("one suggestion, in the sentence").doesNotContain("Did you mean");
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            validate --bogus a.yaml | conditions: unknown option: '--bogus'
            formats x               | conditions: unmatched argument at index 1: 'x'
            """)
    void otherMistakesKeepPicocliWords(String commandLine, String message) {
        CommandRun run = CommandRun.of((Object[]) commandLine.split(" "));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            help          | Usage: conditions [-hV] [--debug] [COMMAND]
            help validate | Usage: conditions validate [-hV] [--debug] [--follow-links] [--config=FILE]
            """)
    void theHelpCommandShowsTheHelpOfACommand(String commandLine, String firstLine) {
        CommandRun run = CommandRun.of((Object[]) commandLine.split(" "));

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).first().isEqualTo(firstLine);
        assertThat(run.err()).isEmpty();
    }
}
