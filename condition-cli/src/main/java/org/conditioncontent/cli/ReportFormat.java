package org.conditioncontent.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.conditioncontent.loader.CorpusResult;

/** The forms of the report of {@code conditions validate} (a contract: CI pipelines parse them). */
enum ReportFormat {

    /** One line per finding, {@code FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE]}, then the summary line. */
    TEXT,

    /** One JSON object with the counts and every finding. */
    JSON;

    /**
     * Writes the report of a validation.
     *
     * @param result what the loader found
     * @param out where the report goes
     */
    void write(CorpusResult result, PrintStream out) {
        switch (this) {
            case TEXT -> TextReport.write(result, out);
            case JSON -> JsonReport.write(result, out);
        }
    }

    /**
     * The name on the command line, which picocli also lists in the help.
     *
     * @return {@code text} or {@code json}
     */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
