package org.conditioncontent.loader.report;

import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.Severity;

/**
 * The report as GitHub Actions workflow commands, which GitHub shows as annotations on the pull
 * request's files: {@code ::error file=F,line=L,col=C,title=RULE::MESSAGE} per finding
 * ({@code warning} and {@code notice} for the other severities), then the summary line of the text
 * report.
 *
 * <p>GitHub shows at most 10 error and 10 warning annotations per step and drops the rest
 * silently, so the summary counts every finding, and says so when some were not shown.
 */
final class GithubReport {

    /** How many annotations of each kind GitHub shows per step. */
    static final int SHOWN_PER_STEP = 10;

    private GithubReport() {}

    /**
     * Writes the report.
     *
     * @param validation the findings
     * @param out where the report goes
     */
    static void write(ValidationReport validation, StringBuilder out) {
        ReportPaths paths = new ReportPaths(validation.workingDirectory());
        for (Diagnostic d : validation.diagnostics()) {
            out.append("::").append(command(d.severity()))
                    .append(" file=").append(property(paths.path(d.source())))
                    .append(",line=").append(d.line())
                    .append(",col=").append(d.column())
                    .append(",title=").append(property(d.rule()))
                    .append("::").append(data(d.message())).append('\n');
        }
        out.append(validation.summary()).append('\n');
        long hidden = Math.max(0, validation.count(Severity.ERROR) - SHOWN_PER_STEP)
                + Math.max(0, validation.count(Severity.WARNING) - SHOWN_PER_STEP)
                + Math.max(0, validation.count(Severity.INFO) - SHOWN_PER_STEP);
        if (hidden > 0) {
            out.append("GitHub annotates at most " + SHOWN_PER_STEP + " errors, " + SHOWN_PER_STEP
                    + " warnings and " + SHOWN_PER_STEP + " notices per step; every finding is listed in this log\n");
        }
    }

    /** The workflow command for a severity. */
    private static String command(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /**
     * Escapes a command's message, as the Actions runner unescapes it: {@code %}, carriage
     * return and line feed. Every other control character (ESC in a file's name, say) is shown
     * as a {@link VisibleText} escape, which the runner leaves as it is: the log is a terminal's
     * text, where ESC would change colours or hide what follows.
     *
     * @param text the message
     * @return the escaped message
     */
    static String data(String text) {
        return VisibleText.of(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
    }

    /**
     * Escapes a property value: as {@link #data}, and also {@code :} and {@code ,}, which would
     * otherwise end the value.
     *
     * @param text the value
     * @return the escaped value
     */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
