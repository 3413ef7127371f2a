package org.conditioncontent.loader.rules;

import java.time.LocalDate;
import java.util.List;

/** What an {@link EditorialRule} gets for one check: its options, today's date, and a sink for findings. */
public interface RuleContext {

    /**
     * An option's value: the configured one, or the option's default.
     *
     * @param name the option's name, one of the rule's {@link EditorialRule#options()}
     * @return the value
     * @throws IllegalArgumentException if the rule declares no such option
     */
    double option(String name);

    /**
     * A word-list option's value: the configured words, or the option's defaults.
     *
     * @param name the option's name, one of the rule's word-list {@link EditorialRule#options()}
     * @return the words, in the order configured
     * @throws IllegalArgumentException if the rule declares no such word-list option
     */
    default List<String> words(String name) {
        throw new IllegalArgumentException("No word-list option " + name);
    }

    /**
     * Today, in the clock the rule set was built with; rules about dates use it.
     *
     * @return the date
     */
    LocalDate today();

    /**
     * Reports a finding at the rule's configured severity.
     *
     * @param pointer the JSON Pointer of the offending value, such as {@code /diagnosis/0}; when
     *     the value is absent, the pointer it would have, and the loader points at the enclosing object
     * @param message what is wrong and how to fix it, on one line
     */
    void report(String pointer, String message);
}
