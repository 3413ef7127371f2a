package org.conditioncontent.cli;

import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.conditioncontent.loader.rules.RuleSet;
import org.conditioncontent.loader.schema.ArticleSchema;
import org.conditioncontent.loader.schema.RulesConfigSchema;
import org.conditioncontent.model.Condition;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code conditions schema [--format-version N | --rules-config]}: prints the JSON Schema (draft
 * 2020-12) of the article format, or of the rules configuration {@code conditions.yaml}, for
 * editors' completion and checks. The repository keeps both under {@code schema/}.
 */
final class SchemaCommand implements Callable<Integer> {

    private final Streams streams;

    private final CommandSpec spec;

    private final OptionSpec formatVersion = OptionSpec.builder("--format-version").paramLabel("N").type(Integer.class)
            .description("The article format version (default: the current one, " + Condition.FORMAT_VERSION + ").")
            .build();

    private final OptionSpec rulesConfig = CommandModel.flag("<rulesConfig>", "Print the schema of conditions.yaml instead.", "--rules-config").build();

    /** House rules, whose ids and options the configuration's schema then takes. */
    private final PluginsOption plugins = new PluginsOption();

    private final Invocation invocation;

    /**
     * Creates the subcommand.
     *
     * @param invocation where the schema goes
     */
    SchemaCommand(Invocation invocation) {
        this.streams = invocation.streams();
        this.invocation = invocation;
        spec = CommandModel.of(this, "schema").addOption(formatVersion).addOption(rulesConfig);
        plugins.addTo(spec);
        spec.usageMessage()
                .description(
                        "Prints the JSON Schema (draft 2020-12) of the article format.",
                        "Editors use it for completion and checks as articles are written: the YAML",
                        "extensions of VS Code and IntelliJ read it (see docs/editors.md). With",
                        "--rules-config, prints the schema of conditions.yaml (or conditions.yml) for",
                        "the rules found instead.")
                .exitCodeList(CommandModel.exitCodes(
                        "0:the schema was printed",
                        "2:the command could not do its job (no such format version)"))
                .footer(
                        "%nExamples:%n  conditions schema > condition-article.schema.json",
                        "  conditions schema --rules-config > conditions-config.schema.json");
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
     * Prints the schema on standard output.
     *
     * @return 0
     * @throws ParameterException if the loader reads no such format version, or both options are given
     */
    @Override
    public Integer call() {
        @Nullable Integer formatVersion = this.formatVersion.getValue();
        boolean rulesConfig = this.rulesConfig.getValue();
        if (rulesConfig) {
            if (formatVersion != null) {
                throw new ParameterException(spec.commandLine(), "--format-version is for the article schema; leave it out with --rules-config");
            }
            // The house rules of the plug-ins too, as validate takes them: a schema without them
            // marks a configuration of theirs wrong in the editor that the command accepts.
            try (Plugins opened = plugins.open(invocation)) {
                streams.out().print(RulesConfigSchema.json(opened.discoverRules(RuleSet.builder().builtIn()).build()));
            }
            return Exit.OK;
        }
        int version = formatVersion != null ? formatVersion : Condition.FORMAT_VERSION;
        if (!ArticleSchema.formatVersions().contains(version)) {
            throw new ParameterException(spec.commandLine(), "There is no format version " + version
                    + "; this version of Condition Content reads versions " + ArticleSchema.formatVersions().stream()
                            .map(String::valueOf).collect(Collectors.joining(", ")));
        }
        streams.out().print(ArticleSchema.json(version));
        return Exit.OK;
    }
}
