package org.conditioncontent.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conditioncontent.loader.CorpusResult;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.LoadResult;

/**
 * Names files in results the way the user named them. The loader names a file by the path it
 * was given; when the command runs with a working directory other than the process's (see
 * {@link Invocation}), that path had the directory put in front, and this takes it off again, so
 * that {@code validate examples/invalid} reports {@code examples/invalid/date.yaml} wherever it
 * runs. Files reached through an absolute path keep their absolute names.
 */
final class SourceNames {

    private final Path workingDirectory;
    private final List<Path> relativeRoots = new ArrayList<>();

    /**
     * Creates the names for one command line.
     *
     * @param given the paths as the user gave them
     * @param invocation the working directory they were resolved against
     */
    SourceNames(List<Path> given, Invocation invocation) {
        this.workingDirectory = invocation.workingDirectory();
        for (Path path : given) {
            if (!path.isAbsolute()) {
                relativeRoots.add(invocation.resolve(path));
            }
        }
    }

    /**
     * A file's name as the user would have written it.
     *
     * @param source the name the loader used
     * @return the name relative to the working directory if the file was reached through a
     *     relative path, else the name unchanged
     */
    String asGiven(String source) {
        if (workingDirectory.toString().isEmpty()) {
            return source; // the loader had the paths as given
        }
        Path path;
        try {
            path = Path.of(source);
        } catch (InvalidPathException e) {
            // A name this JVM read but cannot make a path of again (beyond ASCII in the C locale
            // on Linux): the loader's name is the only one there is.
            return source;
        }
        for (Path root : relativeRoots) {
            if (path.startsWith(root)) {
                return workingDirectory.relativize(path).toString();
            }
        }
        return source;
    }

    /**
     * Renames the files of a corpus result, keeping the loader's order of diagnostics.
     *
     * @param result as the loader gave it
     * @return the result with every file named as given
     */
    CorpusResult asGiven(CorpusResult result) {
        if (workingDirectory.toString().isEmpty()) {
            return result;
        }
        List<LoadResult> files = result.files().stream().map(this::asGiven).toList();
        return new CorpusResult(files, asGiven(result.diagnostics()));
    }

    /**
     * Renames the files of diagnostics, keeping the loader's order.
     *
     * @param diagnostics as the loader gave them, sorted
     * @return the diagnostics with every file named as given, sorted
     */
    List<Diagnostic> asGiven(List<Diagnostic> diagnostics) {
        if (workingDirectory.toString().isEmpty()) {
            return diagnostics;
        }
        List<Diagnostic> renamed = new ArrayList<>(diagnostics.stream().map(this::asGiven).toList());
        // Mixed relative and absolute paths can sort differently once renamed.
        renamed.sort(Diagnostic.ORDER);
        return renamed;
    }

    /**
     * Renames one file's result.
     *
     * @param result as the loader gave it
     * @return the result with the file named as given
     */
    LoadResult asGiven(LoadResult result) {
        return new LoadResult(asGiven(result.source()), result.condition(),
                result.diagnostics().stream().map(this::asGiven).toList(), result.sourceFormatVersion());
    }

    private Diagnostic asGiven(Diagnostic d) {
        return new Diagnostic(asGiven(d.source()), d.line(), d.column(), d.pointer(), d.severity(), d.rule(), d.message());
    }
}
