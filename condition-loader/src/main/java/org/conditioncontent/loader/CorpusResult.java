package org.conditioncontent.loader;

import com.google.errorprone.annotations.CheckReturnValue;
import java.util.List;
import java.util.Objects;
import org.conditioncontent.model.Condition;

/**
 * What loading a set of files and folders gave.
 *
 * @param files one result per file, in the order the files were found: the paths in the order given,
 *     each folder's files in the order the search found them
 * @param diagnostics every diagnostic of every file plus those across files (such as duplicate
 *     ids), sorted by {@link Diagnostic#ORDER}
 */
@CheckReturnValue
public record CorpusResult(List<LoadResult> files, List<Diagnostic> diagnostics) {

    /**
     * Copies the lists.
     *
     * @throws NullPointerException if a list is {@code null}
     *
     * @param files one result per file, in the order the files were found: the paths in the order given,
 *     each folder's files in the order the search found them
     * @param diagnostics every diagnostic of every file plus those across files (such as duplicate ids), sorted by {@link Diagnostic#ORDER}
     */
    public CorpusResult {
        files = List.copyOf(Objects.requireNonNull(files, "files must not be null"));
        diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics must not be null"));
    }

    /**
     * The valid articles, in file order.
     *
     * @return the articles of the files without errors
     */
    public List<Condition> conditions() {
        return files.stream().filter(f -> f.condition() != null).map(LoadResult::condition).toList();
    }

    /**
     * How many diagnostics have a severity.
     *
     * @param severity the severity
     * @return the count
     */
    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /**
     * Whether any diagnostic is at least as serious as a threshold.
     *
     * @param threshold the severity that fails
     * @return {@code true} if some diagnostic is at or above it
     */
    public boolean hasAtLeast(Severity threshold) {
        return diagnostics.stream().anyMatch(d -> d.severity().isAtLeast(threshold));
    }
}
