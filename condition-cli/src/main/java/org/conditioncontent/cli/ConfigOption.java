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

    private final OptionSpec option;

    /** Creates the option, for one command that configures its rules with the file. */
    ConfigOption() {
        this("The rules configuration, a YAML file (default: " + RulesConfiguration.DEFAULT_FILE + " or "
                + RulesConfiguration.OTHER_DEFAULT_FILE + " in the current folder, when there is one).");
    }

    /**
     * Creates the option with a description of its own, for a command that uses the file
     * otherwise (migrate passes it over in the folders it searches).
     *
     * @param description the option's help text
     */
    ConfigOption(String description) {
        option = OptionSpec.builder("--config").paramLabel("FILE").type(Path.class).description(description).build();
    }

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
