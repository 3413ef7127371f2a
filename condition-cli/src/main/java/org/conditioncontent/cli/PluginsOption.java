package org.conditioncontent.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code --plugins JAR[,JAR...]} option of every subcommand that uses rules or renderers,
 * added to each so that it is spelled and described the same way everywhere.
 */
final class PluginsOption {

    private final OptionSpec option = OptionSpec.builder("--plugins").paramLabel("JAR").type(List.class)
            .auxiliaryTypes(Path.class).splitRegex(",").initialValue(new ArrayList<Path>())
            .description("Jars of house rules and renderers to use, comma-separated or the option repeated;"
                    + " added to those in the " + Plugins.ENVIRONMENT + " environment variable.")
            .build();

    /** Creates the option, for one command. */
    PluginsOption() {}

    /**
     * Adds the option to a command.
     *
     * @param spec the command's model
     */
    void addTo(CommandSpec spec) {
        spec.addOption(option);
    }

    /**
     * Opens the jars given here and in the environment.
     *
     * @param invocation the working directory and the environment
     * @return the plug-ins, to close when the run is done
     * @throws CommandFailure if a jar does not exist or cannot be read as a jar
     */
    Plugins open(Invocation invocation) {
        List<Path> jars = option.getValue();
        return Plugins.open(jars, invocation);
    }
}
