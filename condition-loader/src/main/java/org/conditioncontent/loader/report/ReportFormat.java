package org.conditioncontent.loader.report;

import java.util.Locale;

/**
 * The forms of a validation report (a contract: CI pipelines parse them). Each renders a
 * {@link ValidationReport} to text; the output is the same for the same report (no times, no
 * host names), and every form ends with a line break.
 */
public enum ReportFormat {

    /** One line per finding, {@code FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE]}, then the summary line. */
    TEXT("txt"),

    /**
     * One JSON object on one line:
     * {@code {"files":N,"errors":E,"warnings":W,"diagnostics":[{"file","line","column","pointer","severity","rule","message"}]}}.
     */
    JSON("json"),

    /** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
    SARIF("sarif"),

    /** GitHub Actions workflow commands, shown as annotations on a pull request, then the summary line. */
    GITHUB("github.txt"),

    /** JUnit XML, shown as test results by GitLab, Jenkins and others. */
    JUNIT("junit.xml");

    private final String fileExtension;

    ReportFormat(String fileExtension) {
        this.fileExtension = fileExtension;
    }

    /**
     * Renders a report.
     *
     * @param report what the loader found, the rules it checked, and how files are named
     * @return the report's text, ending with a line break
     */
    public String render(ValidationReport report) {
        StringBuilder out = new StringBuilder(1024 + 256 * report.diagnostics().size());
        switch (this) {
            case TEXT -> TextReport.write(report, out);
            case JSON -> JsonReport.write(report, out);
            case SARIF -> SarifReport.write(report, out);
            case GITHUB -> GithubReport.write(report, out);
            case JUNIT -> JunitReport.write(report, out);
        }
        return out.toString();
    }

    /**
     * The extension of a file holding a report of this form, without a leading dot.
     *
     * @return {@code txt}, {@code json}, {@code sarif}, {@code github.txt} or {@code junit.xml}
     */
    public String fileExtension() {
        return fileExtension;
    }

    /**
     * The form's name as a command line or a configuration gives it.
     *
     * @return {@code text}, {@code json}, {@code sarif}, {@code github} or {@code junit}
     */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
