package org.conditioncontent.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top of the command: its name, the options every subcommand shares ({@code --help},
 * {@code --version}, {@code --debug}) and the exit codes. Run without a subcommand it is a usage
 * error. The subcommands are added by {@link Main#run}, which hands them their streams.
 */
@Command(
        name = "conditions",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = "Validates, renders and exports health condition articles written as YAML or JSON.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing at or above --fail-on (default: error)",
            "1:content problems at or above it",
            "2:the command could not do its job (bad option or configuration, missing path, unwritable output)"
        },
        footer = {"%nExample:%n  conditions export examples/conditions --out target/exports"})
final class ConditionsCommand implements Callable<Integer> {

    /** The name of the option that lets a stack trace through. */
    static final String DEBUG = "--debug";

    @Spec
    private CommandSpec spec;

    // Main reads --debug from the parse result, which has it wherever it was given (before or
    // after the subcommand); the field is here to define the option for every subcommand.
    @Option(names = DEBUG, scope = ScopeType.INHERIT, description = "Print the stack trace when the command fails.")
    private boolean debug;

    /**
     * Refuses to run without a subcommand.
     *
     * @return never returns
     * @throws ParameterException always: a subcommand is required
     */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: validate, render, export, formats or rules");
    }
}
