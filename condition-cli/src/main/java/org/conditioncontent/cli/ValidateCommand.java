package org.conditioncontent.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.report.ReportFormat;
import org.conditioncontent.loader.report.ValidationReport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code conditions validate [--report text|json|sarif|github|junit] [--fail-on error|warning]
 * [--max-warnings N] [--config FILE] PATH...}: loads every article, checks it, and reports every
 * finding with its file, line and column. Exits with 1 when a finding is at or above
 * {@code --fail-on}, or when there are more warnings than {@code --max-warnings}, for CI pipelines.
 */
final class ValidateCommand implements Callable<Integer> {

    private final Invocation invocation;

    private final OptionSpec report = OptionSpec.builder("--report").paramLabel("FORMAT").type(ReportFormat.class)
            .defaultValue("text")
            .description("The report's form: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).").build();

    private final OptionSpec failOn = OptionSpec.builder("--fail-on").paramLabel("SEVERITY").type(FailOn.class)
            .defaultValue("error")
            .description("Exit with 1 when a finding is this serious or more: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
            .build();

    private final OptionSpec maxWarnings = OptionSpec.builder("--max-warnings").paramLabel("N").type(Integer.class)
            .description("Exit with 1 when there are more than N warnings, whatever --fail-on says.").build();

    private final PluginsOption plugins = new PluginsOption();

    private final ConfigOption config = new ConfigOption();

    private final FollowLinksOption links = new FollowLinksOption();

    private final PositionalParamSpec paths = CommandModel.articlePaths();

    private final CommandSpec spec;

    /**
     * Creates the subcommand.
     *
     * @param invocation where the report and messages go, and the working directory
     */
    ValidateCommand(Invocation invocation) {
        this.invocation = invocation;
        spec = CommandModel.of(this, "validate").addOption(report).addOption(failOn).addOption(maxWarnings).addPositional(paths);
        plugins.addTo(spec);
        config.addTo(spec);
        links.addTo(spec);
        spec.usageMessage()
                .description(
                        "Checks articles and reports every finding with its file, line and column.",
                        "The text report has one line per finding, then a summary line:",
                        "  FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE]",
                        "  N files, E errors, W warnings",
                        "The rules are configured by --config FILE, else by conditions.yaml (or",
                        "conditions.yml, not both) in the current folder when there is one.")
                .exitCodeList(CommandModel.exitCodes(
                        "0:nothing at or above --fail-on, and no more warnings than --max-warnings",
                        "1:findings at or above --fail-on, or more warnings than --max-warnings",
                        "2:the command could not do its job (bad option or configuration, missing path)"))
                .footer(
                        "%nExample:",
                        "  conditions validate --fail-on warning examples/conditions",
                        "  conditions validate --report sarif examples/conditions > conditions.sarif");
    }

    /**
     * The command's model: its name, help text and options.
     *
     * @return the model, to add to the command line
     */
    CommandSpec spec() {
        return spec;
    }

    /**
     * Validates the articles and writes the report to standard output.
     *
     * @return 0 when nothing is at or above --fail-on and the warnings are within
     *     --max-warnings, 1 otherwise
     * @throws ParameterException if --max-warnings is negative
     * @throws CommandFailure if a path does not exist or cannot be read, or a plug-in cannot be loaded
     * @throws org.conditioncontent.loader.rules.RulesConfigException if the rules configuration
     *     cannot be used
     */
    @Override
    public Integer call() {
        try (Plugins opened = plugins.open(invocation)) {
            return run(opened);
        }
    }

    private Integer run(Plugins opened) {
        @Nullable Integer maxWarnings = this.maxWarnings.getValue();
        ReportFormat report = this.report.getValue();
        FailOn failOn = this.failOn.getValue();
        List<Path> paths = this.paths.getValue();
        if (maxWarnings != null && maxWarnings < 0) {
            throw new ParameterException(spec.commandLine(), "--max-warnings must be 0 or more, not " + maxWarnings);
        }
        ConditionLoader loader = Articles.loader(RulesConfiguration.ruleSet(config.file(), invocation, opened), links.follow());
        ValidationReport result = Articles.checkAll(loader, paths, invocation, config.file());
        invocation.streams().out().print(report.render(result));
        if (result.hasAtLeast(failOn.threshold())) {
            return Exit.PROBLEMS;
        }
        long warnings = result.count(Severity.WARNING);
        if (maxWarnings != null && warnings > maxWarnings) {
            // On standard error: the report on standard output keeps its contract form.
            invocation.streams().err().println("conditions: " + tooManyWarnings(warnings, maxWarnings));
            return Exit.PROBLEMS;
        }
        return Exit.OK;
    }

    /**
     * The sentence for more warnings than {@code --max-warnings} allows, such as "1 warning, more
     * than the 0 that --max-warnings allows": the count in the singular or plural as it needs.
     *
     * @param warnings how many warnings the articles have
     * @param allowed the value of {@code --max-warnings}
     * @return the sentence, without the {@code conditions: } prefix
     */
    static String tooManyWarnings(long warnings, int allowed) {
        return ExportCommand.count(warnings, "warning") + ", more than the " + allowed + " that --max-warnings allows";
    }
}
