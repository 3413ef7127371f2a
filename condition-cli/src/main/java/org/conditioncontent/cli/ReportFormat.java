package org.conditioncontent.cli;

import java.io.PrintStream;
import java.util.Locale;

/** The forms of the report of {@code conditions validate} (a contract: CI pipelines parse them). */
enum ReportFormat {

    /** One line per finding, {@code FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE]}, then the summary line. */
    TEXT,

    /** One JSON object with the counts and every finding. */
    JSON,

    /** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
    SARIF,

    /** GitHub Actions workflow commands, shown as annotations on a pull request, then the summary line. */
    GITHUB,

    /** JUnit XML, shown as test results by GitLab, Jenkins and others. */
    JUNIT;

    /**
     * Writes the report of a validation.
     *
     * @param validation what the loader found, and the rules it checked
     * @param out where the report goes
     */
    void write(ValidationResult validation, PrintStream out) {
        switch (this) {
            case TEXT -> TextReport.write(validation, out);
            case JSON -> JsonReport.write(validation, out);
            case SARIF -> SarifReport.write(validation, out);
            case GITHUB -> GithubReport.write(validation, out);
            case JUNIT -> JunitReport.write(validation, out);
        }
    }

    /**
     * The name on the command line, which picocli also lists in the help.
     *
     * @return {@code text}, {@code json}, {@code sarif}, {@code github} or {@code junit}
     */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
