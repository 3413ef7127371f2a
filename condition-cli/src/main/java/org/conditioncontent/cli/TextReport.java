package org.conditioncontent.cli;

import java.io.PrintStream;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.Severity;

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
     * @param result the files checked and what was found in them
     * @param out where the report goes
     */
    static void write(ValidationResult result, PrintStream out) {
        for (Diagnostic d : result.diagnostics()) {
            out.println(line(d));
        }
        out.println(summary(result));
    }

    /**
     * One finding's line, {@code FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE]}, with every control
     * character in the file's name or the message shown as an escape (see {@link VisibleText}).
     *
     * @param d the finding
     * @return the line, without a line break
     */
    static String line(Diagnostic d) {
        return VisibleText.of(d.toString());
    }

    /**
     * The summary line.
     *
     * @param result the files checked and what was found in them
     * @return {@code N files, E errors, W warnings}
     */
    static String summary(ValidationResult result) {
        return result.files().size() + " files, " + result.count(Severity.ERROR) + " errors, "
                + result.count(Severity.WARNING) + " warnings";
    }
}
