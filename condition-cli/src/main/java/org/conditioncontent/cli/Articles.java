package org.conditioncontent.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.CorpusResult;
import org.conditioncontent.loader.LoadResult;

/**
 * Loads the articles a command line names, turning a path that is not there or cannot be read
 * into a {@link CommandFailure} (exit code 2) rather than an exception's stack trace.
 */
final class Articles {

    private Articles() {}

    /**
     * Loads files and folders (searched recursively for {@code .json}, {@code .yaml} and
     * {@code .yml} files) with the loader's default limits.
     *
     * @param paths the paths, as given on the command line; diagnostics name files the same way
     * @return every file's result and every diagnostic
     * @throws CommandFailure if a path does not exist or a folder cannot be read
     */
    static CorpusResult loadAll(List<Path> paths) {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw CommandFailure.noSuchPath(path);
            }
        }
        ConditionLoader loader = ConditionLoader.builder().build();
        try {
            return loader.loadAll(paths);
        } catch (UncheckedIOException e) {
            throw new CommandFailure("cannot read the articles: " + CommandFailure.reason(e), e);
        } catch (IllegalArgumentException e) {
            // A path removed between the check above and the loading: "No such file or folder: X".
            String message = String.valueOf(e.getMessage());
            throw new CommandFailure(Character.toLowerCase(message.charAt(0)) + message.substring(1), e);
        }
    }

    /**
     * Loads one file.
     *
     * @param file the file, as given on the command line
     * @return its result; a file that cannot be read gives a diagnostic
     * @throws CommandFailure if the file does not exist or is a folder
     */
    static LoadResult load(Path file) {
        if (!Files.exists(file)) {
            throw CommandFailure.noSuchPath(file);
        }
        if (Files.isDirectory(file)) {
            throw new CommandFailure(file + " is a folder; give one article file");
        }
        return ConditionLoader.builder().build().load(file);
    }
}
