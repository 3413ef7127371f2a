package org.conditioncontent.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.conditioncontent.loader.CorpusResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code conditions validate [--report text|json] [--fail-on error|warning] PATH...}: loads every
 * article, checks it, and reports every finding with its file, line and column. Exits with 1 when
 * a finding is at or above {@code --fail-on}, for CI pipelines.
 */
@Command(
        name = "validate",
        description = {
            "Checks articles and reports every finding with its file, line and column.",
            "The text report has one line per finding, then a summary line:",
            "  FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE]",
            "  N files, E errors, W warnings"
        },
        footer = {"%nExample:%n  conditions validate --fail-on warning examples/conditions"})
final class ValidateCommand implements Callable<Integer> {

    private final Streams streams;

    @Option(names = "--report", paramLabel = "FORMAT", defaultValue = "text",
            description = "The report's form: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ReportFormat report;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "Exit with 1 when a finding is this serious or more: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private FailOn failOn;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Article files (.json, .yaml, .yml) and folders, searched recursively.")
    private List<Path> paths;

    /**
     * Creates the subcommand.
     *
     * @param streams where the report and messages go
     */
    ValidateCommand(Streams streams) {
        this.streams = streams;
    }

    /**
     * Validates the articles and writes the report to standard output.
     *
     * @return 0 when nothing is at or above --fail-on, 1 otherwise
     * @throws CommandFailure if a path does not exist or cannot be read
     */
    @Override
    public Integer call() {
        CorpusResult result = Articles.loadAll(paths);
        report.write(result, streams.out());
        return result.hasAtLeast(failOn.threshold()) ? Exit.PROBLEMS : Exit.OK;
    }
}
