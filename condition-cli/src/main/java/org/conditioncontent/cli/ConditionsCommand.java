package org.conditioncontent.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;

/**
 * The top of the command: its name, the options every subcommand shares ({@code --help},
 * {@code --version}, {@code --debug}) and the exit codes. Run without a subcommand it is a usage
 * error. The subcommands are added by {@link Main#run}, which hands them their streams.
 */
final class ConditionsCommand implements Callable<Integer> {

    /** The name of the option that lets a stack trace through. */
    static final String DEBUG = "--debug";

    // Main reads --debug from the parse result, which has it wherever it was given (before or
    // after the subcommand); the option is here to define it for every subcommand.
    private final OptionSpec debug = CommandModel.flag("<debug>", "Print the stack trace when the command fails.", DEBUG)
            .scopeType(ScopeType.INHERIT).build();

    private final CommandSpec spec;

    /** Creates the command and its model. */
    ConditionsCommand() {
        spec = CommandModel.of(this, "conditions").addOption(debug).versionProvider(new ManifestVersion())
                // Subcommands inherit the version and the exit codes' heading.
                .scopeType(ScopeType.INHERIT);
        spec.usageMessage()
                .description("Validates, renders and exports health condition articles written as YAML or JSON.")
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(CommandModel.exitCodes(
                        "0:nothing at or above --fail-on (default: error)",
                        "1:content problems at or above it",
                        "2:the command could not do its job (bad option or configuration, missing path, unwritable output)"))
                .footer("%nExample:%n  conditions export examples/conditions --out target/exports");
    }

    /**
     * The command's model: its name, help text and options.
     *
     * @return the model, to build a command line from
     */
    CommandSpec spec() {
        return spec;
    }

    /**
     * Refuses to run without a subcommand.
     *
     * @return never returns
     * @throws ParameterException always: a subcommand is required; the message names every one
     */
    @Override
    public Integer call() {
        List<String> names = Main.SUBCOMMANDS;
        throw new ParameterException(spec.commandLine(), "Missing subcommand: "
                + String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1));
    }
}
