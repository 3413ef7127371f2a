package org.conditioncontent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conditioncontent.cli.CommandRun.FIXTURES;

import java.nio.file.Path;
import org.conditioncontent.loader.report.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The exit codes of {@code validate}: {@code --fail-on} and {@code --max-warnings}. */
class ExitPolicyTest {

    /** One warning (unknown-related), no error. */
    private static final Path ONE_WARNING = FIXTURES.resolve("related-unknown.yaml");

    /** Errors, no warning. */
    private static final Path ERRORS = FIXTURES.resolve("unknown-field.yaml");

    @Test
    void moreWarningsThanAllowedFailEvenWhenOnlyErrorsWould() {
        CommandRun allowed = CommandRun.of("validate", "--max-warnings", "1", ONE_WARNING);
        CommandRun tooMany = CommandRun.of("validate", "--fail-on", "error", "--max-warnings", "0", ONE_WARNING);

        assertThat(allowed.exitCode()).isZero();
        assertThat(allowed.err()).isEmpty();
        assertThat(tooMany.exitCode()).isEqualTo(1);
        assertThat(tooMany.out()).as("the report is the same").isEqualTo(allowed.out());
        assertThat(tooMany.errLines()).containsExactly("conditions: 1 warning, more than the 0 that --max-warnings allows");
    }

    @Test
    void theSentenceForTooManyWarningsCountsInTheSingularOrThePlural() {
        assertThat(ValidateCommand.tooManyWarnings(1, 0)).isEqualTo("1 warning, more than the 0 that --max-warnings allows");
        assertThat(ValidateCommand.tooManyWarnings(7, 5)).isEqualTo("7 warnings, more than the 5 that --max-warnings allows");
    }

    @Test
    void errorsFailWhateverTheWarningAllowance() {
        assertThat(CommandRun.of("validate", "--max-warnings", "100", ERRORS).exitCode()).isEqualTo(1);
    }

    @Test
    void failOnWarningFailsOnOneWarningEvenWithinTheAllowance() {
        assertThat(CommandRun.of("validate", "--fail-on", "warning", "--max-warnings", "5", ONE_WARNING).exitCode()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void theAllowanceWorksWithEveryReport(ReportFormat format) {
        assertThat(CommandRun.of("validate", "--report", format, "--max-warnings", "0", ONE_WARNING).exitCode()).isEqualTo(1);
        assertThat(CommandRun.of("validate", "--report", format, "--max-warnings", "1", ONE_WARNING).exitCode()).isZero();
    }

    @Test
    void aNegativeAllowanceIsAUsageError() {
        CommandRun run = CommandRun.of("validate", "--max-warnings", "-1", ONE_WARNING);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().get(0)).isEqualTo("conditions: --max-warnings must be 0 or more, not -1");
        assertThat(run.errLines().get(1)).startsWith("Usage: conditions validate ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aNonNumericAllowanceIsAUsageError() {
        CommandRun run = CommandRun.of("validate", "--max-warnings", "some", ONE_WARNING);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().get(0)).isEqualTo("conditions: --max-warnings takes a whole number, such as 0; it is \"some\"");
    }
}
