package org.conditioncontent.loader.report;

import org.conditioncontent.loader.Diagnostic;

/**
 * The text report: one line per finding, {@code FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE]}, in
 * the loader's order, then the summary line {@code N files, E errors, W warnings}. Both forms are
 * a contract; the summary keeps its plural words for every count, so scripts can match it.
 */
final class TextReport {

    private TextReport() {}

    /**
     * Writes the report.
     *
     * @param report the files checked and what was found in them
     * @param out where the report goes
     */
    static void write(ValidationReport report, StringBuilder out) {
        for (Diagnostic d : report.diagnostics()) {
            out.append(ValidationReport.line(d)).append('\n');
        }
        out.append(report.summary()).append('\n');
    }
}
