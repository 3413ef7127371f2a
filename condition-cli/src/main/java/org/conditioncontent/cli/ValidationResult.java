package org.conditioncontent.cli;

import java.util.List;
import org.conditioncontent.loader.CorpusResult;
import org.conditioncontent.loader.Rule;

/**
 * What a report is written from.
 *
 * @param corpus every file checked and every finding, sorted
 * @param rules every rule that was checked (structural, then the editorial rules that are on),
 *     with its configured severity; SARIF lists them
 * @param paths how the reports for CI services name files
 */
record ValidationResult(CorpusResult corpus, List<Rule> rules, ReportPaths paths) {

    /**
     * Copies the rules.
     *
     * @param corpus every file checked and every finding
     * @param rules every rule that was checked
     * @param paths how files are named
     */
    ValidationResult {
        rules = List.copyOf(rules);
    }
}
