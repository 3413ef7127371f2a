package org.conditioncontent.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code --config FILE} option of the commands that check articles, added to each of them
 * so that it is spelled and described the same way everywhere.
 */
final class ConfigOption {

    private final OptionSpec option = OptionSpec.builder("--config").paramLabel("FILE").type(Path.class)
            .description("The rules configuration, a YAML file (default: " + RulesConfiguration.DEFAULT_FILE
                    + " in the current folder, when there is one).")
            .build();

    /** Creates the option, for one command. */
    ConfigOption() {}

    /**
     * Adds the option to a command.
     *
     * @param spec the command's model
     */
    void addTo(CommandSpec spec) {
        spec.addOption(option);
    }

    /**
     * The file given with {@code --config}.
     *
     * @return the file as given, or {@code null} when the option was not given
     */
    @Nullable Path file() {
        return option.getValue();
    }
}
