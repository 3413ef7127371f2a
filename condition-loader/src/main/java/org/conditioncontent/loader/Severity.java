package org.conditioncontent.loader;

import java.util.Locale;

/** How serious a {@link Diagnostic} is, from the least to the most serious. */
public enum Severity {
    /** Worth knowing; never fails a build unless asked to. */
    INFO,
    /** Should be fixed; fails a build run with {@code --fail-on warning}. */
    WARNING,
    /** Must be fixed: the article is not valid. */
    ERROR;

    /**
     * Whether this severity is at least as serious as another.
     *
     * @param other the severity to compare with
     * @return {@code true} if this is {@code other} or more serious
     */
    public boolean isAtLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /**
     * The lower-case name used in reports ({@code error}, {@code warning}, {@code info}).
     *
     * @return the label
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
