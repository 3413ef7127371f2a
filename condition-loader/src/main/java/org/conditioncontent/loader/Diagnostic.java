package org.conditioncontent.loader;

import java.io.Serial;
import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in an article, with where it is.
 *
 * <p>{@code toString()} gives the report line
 * {@code FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE]}. Diagnostics sort by file, line, column,
 * rule, pointer and message ({@link #ORDER}), the order every report uses.
 *
 * <p>Serializable, so that a {@link ConditionLoadException} keeps its diagnostics when it is sent
 * to another process; a read diagnostic is checked by the constructor as a new one is.
 *
 * @param source the file the problem is in, as it was named to the loader
 * @param line the 1-based line of the offending value
 * @param column the 1-based column of the offending value, in characters as Java strings count
 *     them (UTF-16 code units: a character beyond U+FFFF, as most emoji are, counts two), the
 *     unit of the Language Server Protocol's positions
 * @param pointer the JSON Pointer (RFC 6901) of the offending value; {@code ""} for the whole document
 * @param severity how serious it is
 * @param rule the stable id of the rule that found it, such as {@code unknown-field}
 * @param message what is wrong and how to fix it, written for an editor
 * @serial exclude
 */
public record Diagnostic(
        String source, int line, int column, String pointer, Severity severity, String rule, String message)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * File, then line, then column, then rule id, then pointer, then message: the order of every
     * report. Strings compare by {@link String#compareTo}, lines and columns as numbers. The
     * severity takes no part: two findings that differ only in it are equal in this order.
     */
    public static final Comparator<Diagnostic> ORDER = new ReportOrder();

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the line or column is below 1
     *
     * @param source the file the problem is in, as it was named to the loader
     * @param line the 1-based line of the offending value
     * @param column the 1-based column of the offending value, in UTF-16 code units
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
     * {@link #ORDER}, written out rather than chained from {@code Comparator.comparing}: each of
     * those links is a serializable lambda, which the launcher's class-data archive does not hold,
     * so a cold run spun their classes and linked their call sites on the loading thread's first
     * file (docs/performance.md, "Issue 20: validate's warm-up, round 11").
     */
    private static final class ReportOrder implements Comparator<Diagnostic> {

        @Override
        public int compare(Diagnostic a, Diagnostic b) {
            int c = a.source.compareTo(b.source);
            if (c == 0) {
                c = Integer.compare(a.line, b.line);
            }
            if (c == 0) {
                c = Integer.compare(a.column, b.column);
            }
            if (c == 0) {
                c = a.rule.compareTo(b.rule);
            }
            if (c == 0) {
                c = a.pointer.compareTo(b.pointer);
            }
            return c != 0 ? c : a.message.compareTo(b.message);
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
