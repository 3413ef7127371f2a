package org.conditioncontent.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --plugins JAR[,JAR...]} option of every subcommand that uses rules or renderers,
 * mixed into each so that it is spelled and described the same way everywhere.
 */
final class PluginsOption {

    @Option(names = "--plugins", paramLabel = "JAR", split = ",",
            description = "Jars of house rules and renderers to use, comma-separated or the option repeated;"
                    + " added to those in the " + Plugins.ENVIRONMENT + " environment variable.")
    private List<Path> jars = new ArrayList<>();

    /** Creates the option; picocli instantiates it. */
    PluginsOption() {}

    /**
     * Opens the jars given here and in the environment.
     *
     * @param invocation the working directory and the environment
     * @return the plug-ins, to close when the run is done
     * @throws CommandFailure if a jar does not exist or cannot be read as a jar
     */
    Plugins open(Invocation invocation) {
        return Plugins.open(jars, invocation);
    }
}
