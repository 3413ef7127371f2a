package org.conditioncontent.cli;

import java.io.PrintStream;
import org.conditioncontent.loader.CorpusResult;
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
     * @param result what the loader found
     * @param out where the report goes
     */
    static void write(CorpusResult result, PrintStream out) {
        for (Diagnostic d : result.diagnostics()) {
            out.println(d);
        }
        out.println(summary(result));
    }

    /**
     * The summary line.
     *
     * @param result what the loader found
     * @return {@code N files, E errors, W warnings}
     */
    static String summary(CorpusResult result) {
        return result.files().size() + " files, " + result.count(Severity.ERROR) + " errors, "
                + result.count(Severity.WARNING) + " warnings";
    }
}
