package org.conditioncontent.loader.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.conditioncontent.loader.CorpusResult;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.Rule;
import org.conditioncontent.loader.Severity;

/**
 * What a report is written from: the files checked, the findings, the rules checked, and how
 * files are named. The command, the Maven plugin and an editor's language server build one and
 * hand it to {@link ReportFormat#render}.
 *
 * @param files every file checked, named as the findings name them, in the loader's file order
 * @param diagnostics every finding, sorted by {@link Diagnostic#ORDER}
 * @param rules every rule that was checked (structural, then the editorial rules that are on),
 *     with its configured severity; SARIF lists them
 * @param workingDirectory the folder that the reports for CI services (SARIF, GitHub, JUnit)
 *     name files relative to, usually the repository's root; files outside it keep absolute paths
 * @param toolVersion the version SARIF gives for the tool, such as the command's version
 */
public record ValidationReport(List<String> files, List<Diagnostic> diagnostics, List<Rule> rules, Path workingDirectory,
        String toolVersion) {

    /**
     * Copies the lists.
     *
     * @param files every file checked
     * @param diagnostics every finding, sorted
     * @param rules every rule that was checked
     * @param workingDirectory the folder files are named relative to
     * @param toolVersion the tool's version
     * @throws NullPointerException if an argument is {@code null}
     */
    public ValidationReport {
        files = List.copyOf(Objects.requireNonNull(files, "files must not be null"));
        diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics must not be null"));
        rules = List.copyOf(Objects.requireNonNull(rules, "rules must not be null"));
        Objects.requireNonNull(workingDirectory, "workingDirectory must not be null");
        Objects.requireNonNull(toolVersion, "toolVersion must not be null");
    }

    /**
     * The report of a loader's corpus result.
     *
     * @param corpus every file loaded and every finding
     * @param rules every rule that was checked, as {@code ConditionLoader.rules()} lists them
     * @param workingDirectory the folder files are named relative to
     * @param toolVersion the tool's version
     * @return the report
     * @throws NullPointerException if an argument is {@code null}
     */
    public static ValidationReport of(CorpusResult corpus, List<Rule> rules, Path workingDirectory, String toolVersion) {
        return new ValidationReport(corpus.files().stream().map(LoadResult::source).toList(), corpus.diagnostics(), rules,
                workingDirectory, toolVersion);
    }

    /**
     * How many findings have a severity.
     *
     * @param severity the severity
     * @return the count
     */
    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /**
     * Whether any finding is at least as serious as a threshold.
     *
     * @param threshold the severity that fails
     * @return {@code true} if some finding is at or above it
     */
    public boolean hasAtLeast(Severity threshold) {
        return diagnostics.stream().anyMatch(d -> d.severity().isAtLeast(threshold));
    }

    /**
     * The summary line that ends the text and GitHub reports (a contract: scripts match it).
     *
     * <p>The words stay plural for every count ("1 files, 1 errors"): scripts written against the
     * contract match one fixed form, and a singular for 1 would break a pattern that works for
     * every other count (docs/ci.md).
     *
     * @return {@code N files, E errors, W warnings}, with the plural words for every count
     */
    public String summary() {
        return files.size() + " files, " + count(Severity.ERROR) + " errors, " + count(Severity.WARNING) + " warnings";
    }

    /**
     * One finding's line as the text report writes it, {@code FILE:LINE:COLUMN: SEVERITY: MESSAGE
     * [RULE]}, with every control character in the file's name or the message shown as an escape
     * (see {@link VisibleText}). IDEs and CI logs turn the {@code FILE:LINE:COLUMN} part into a link.
     *
     * @param d the finding
     * @return the line, without a line break
     */
    public static String line(Diagnostic d) {
        return VisibleText.of(d.toString());
    }
}
