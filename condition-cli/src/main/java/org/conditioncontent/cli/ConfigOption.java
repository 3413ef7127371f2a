package org.conditioncontent.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The {@code --config FILE} option of the commands that check articles, mixed into each of them
 * so that it is spelled and described the same way everywhere.
 */
final class ConfigOption {

    @Option(names = "--config", paramLabel = "FILE",
            description = "The rules configuration, a YAML file (default: " + RulesConfiguration.DEFAULT_FILE
                    + " in the current folder, when there is one).")
    private @Nullable Path file;

    /** Creates the option; picocli instantiates it. */
    ConfigOption() {}

    /**
     * The file given with {@code --config}.
     *
     * @return the file as given, or {@code null} when the option was not given
     */
    @Nullable Path file() {
        return file;
    }
}
