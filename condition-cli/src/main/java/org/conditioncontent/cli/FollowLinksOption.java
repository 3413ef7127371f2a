package org.conditioncontent.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code --follow-links} option of the commands that search folders, added to each of them
 * so that it is spelled and described the same way everywhere. Off by default, as Git and
 * rsync's {@code --safe-links} do: a symbolic link in a folder that leads out of the folders
 * being checked is reported, not read (see docs/safety.md).
 */
final class FollowLinksOption {

    private final OptionSpec option = CommandModel.flag("<follow>",
            "Read symbolic links that lead out of the folders given (default: report each one as an error and read none).",
            "--follow-links").build();

    /** Creates the option, for one command. */
    FollowLinksOption() {}

    /**
     * Adds the option to a command.
     *
     * @param spec the command's model
     */
    void addTo(CommandSpec spec) {
        spec.addOption(option);
    }

    /**
     * Whether {@code --follow-links} was given.
     *
     * @return {@code true} to read links wherever they lead
     */
    boolean follow() {
        return option.getValue();
    }
}
