package org.conditioncontent.cli;

import java.util.Locale;
import org.conditioncontent.loader.Severity;

/** The values of {@code --fail-on}: the least serious finding that makes validation exit with 1. */
enum FailOn {

    /** Only errors fail (the default): the articles are valid. */
    ERROR(Severity.ERROR),

    /** Warnings fail too: for teams that keep their articles free of warnings. */
    WARNING(Severity.WARNING);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    /**
     * The severity at and above which a finding fails.
     *
     * @return the severity
     */
    Severity threshold() {
        return threshold;
    }

    /**
     * The name on the command line, which picocli also lists in the help.
     *
     * @return {@code error} or {@code warning}
     */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
