package org.conditioncontent.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --follow-links} option of the commands that search folders, mixed into each of them
 * so that it is spelled and described the same way everywhere. Off by default, as Git and
 * rsync's {@code --safe-links} do: a symbolic link in a folder that leads out of the folders
 * being checked is reported, not read (see docs/safety.md).
 */
final class FollowLinksOption {

    @Option(names = "--follow-links",
            description = "Read symbolic links that lead out of the folders given (default: report each one as an error and read none).")
    private boolean follow;

    /** Creates the option; picocli instantiates it. */
    FollowLinksOption() {}

    /**
     * Whether {@code --follow-links} was given.
     *
     * @return {@code true} to read links wherever they lead
     */
    boolean follow() {
        return follow;
    }
}
