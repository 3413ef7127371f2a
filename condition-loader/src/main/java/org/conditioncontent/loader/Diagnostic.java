package org.conditioncontent.loader;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in an article, with where it is.
 *
 * <p>{@code toString()} gives the report line
 * {@code FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE]}. Diagnostics sort by file, line, column and
 * rule ({@link #ORDER}), the order every report uses.
 *
 * @param source the file the problem is in, as it was named to the loader
 * @param line the 1-based line of the offending value
 * @param column the 1-based column of the offending value, in characters
 * @param pointer the JSON Pointer (RFC 6901) of the offending value; {@code ""} for the whole document
 * @param severity how serious it is
 * @param rule the stable id of the rule that found it, such as {@code unknown-field}
 * @param message what is wrong and how to fix it, written for an editor
 */
public record Diagnostic(
        String source, int line, int column, String pointer, Severity severity, String rule, String message) {

    /** File, then line, then column, then rule id, then message: the order of every report. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::source)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::rule)
            .thenComparing(Diagnostic::pointer)
            .thenComparing(Diagnostic::message);

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the line or column is below 1
     *
     * @param source the file the problem is in, as it was named to the loader
     * @param line the 1-based line of the offending value
     * @param column the 1-based column of the offending value, in characters
     * @param pointer the JSON Pointer (RFC 6901) of the offending value; {@code ""} for the whole document
     * @param severity how serious it is
     * @param rule the stable id of the rule that found it, such as {@code unknown-field}
     * @param message what is wrong and how to fix it, written for an editor
     */
    public Diagnostic {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(pointer, "pointer must not be null");
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(rule, "rule must not be null");
        Objects.requireNonNull(message, "message must not be null");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based, were " + line + ":" + column);
        }
    }

    /**
     * The report line: {@code FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE]}.
     *
     * @return the line
     */
    @Override
    public String toString() {
        return source + ":" + line + ":" + column + ": " + severity.label() + ": " + message + " [" + rule + "]";
    }
}
