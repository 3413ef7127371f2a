package org.conditioncontent.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What one run of the command works with: its streams, the folder that relative paths are taken
 * from, and whether standard error is a terminal a person watches.
 *
 * <p>{@link Main#main} runs with the empty path as the working directory, so the loader sees
 * paths exactly as the user typed them and reports name files the same way. Tests pass another
 * folder to run the command as if started there, in the same JVM.
 *
 * @param streams where reports and messages go
 * @param workingDirectory the folder relative paths are resolved against; the empty path means
 *     the process's current folder
 * @param terminal whether standard error is a terminal, so that progress may be shown on it
 * @param environment the environment variables the run reads
 */
record Invocation(Streams streams, Path workingDirectory, boolean terminal, Map<String, String> environment) {

    /**
     * Checks the components.
     *
     * @param streams where reports and messages go
     * @param workingDirectory the folder relative paths are resolved against
     * @param terminal whether standard error is a terminal
     * @param environment the environment variables the run reads, such as {@value Plugins#ENVIRONMENT}
     */
    Invocation {
        Objects.requireNonNull(streams, "streams must not be null");
        Objects.requireNonNull(workingDirectory, "workingDirectory must not be null");
        environment = Map.copyOf(environment);
    }

    /**
     * A run without environment variables, as tests make one.
     *
     * @param streams where reports and messages go
     * @param workingDirectory the folder relative paths are resolved against
     * @param terminal whether standard error is a terminal
     */
    Invocation(Streams streams, Path workingDirectory, boolean terminal) {
        this(streams, workingDirectory, terminal, Map.of());
    }

    /**
     * A path from the command line, as the loader and the file system should see it.
     *
     * @param path as given: relative to the working directory, or absolute
     * @return the path to use
     */
    Path resolve(Path path) {
        return workingDirectory.resolve(path);
    }
}
