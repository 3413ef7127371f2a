package org.conditioncontent.cli;

import java.util.List;
import org.conditioncontent.loader.CorpusResult;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.Rule;
import org.conditioncontent.loader.Severity;

/**
 * What a report is written from: the files checked and the findings, but not the articles, which
 * {@code validate} does not keep (see {@link Articles#checkAll}).
 *
 * @param files every file checked, as the user named it, in the loader's file order
 * @param diagnostics every finding, sorted by {@link Diagnostic#ORDER}
 * @param rules every rule that was checked (structural, then the editorial rules that are on),
 *     with its configured severity; SARIF lists them
 * @param paths how the reports for CI services name files
 */
record ValidationResult(List<String> files, List<Diagnostic> diagnostics, List<Rule> rules, ReportPaths paths) {

    /**
     * Copies the lists.
     *
     * @param files every file checked
     * @param diagnostics every finding, sorted
     * @param rules every rule that was checked
     * @param paths how files are named
     */
    ValidationResult {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
        rules = List.copyOf(rules);
    }

    /**
     * The same from a loader's corpus result, for reports of articles that were kept.
     *
     * @param corpus every file loaded and every finding
     * @param rules every rule that was checked
     * @param paths how files are named
     */
    ValidationResult(CorpusResult corpus, List<Rule> rules, ReportPaths paths) {
        this(corpus.files().stream().map(LoadResult::source).toList(), corpus.diagnostics(), rules, paths);
    }

    /**
     * How many findings have a severity.
     *
     * @param severity the severity
     * @return the count
     */
    long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /**
     * Whether any finding is at least as serious as a threshold.
     *
     * @param threshold the severity that fails
     * @return {@code true} if some finding is at or above it
     */
    boolean hasAtLeast(Severity threshold) {
        return diagnostics.stream().anyMatch(d -> d.severity().isAtLeast(threshold));
    }
}
