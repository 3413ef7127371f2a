package org.conditioncontent.loader.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * What an {@link EditorialRule} gets for one check: its options, today's date, and a sink for
 * findings. A context serves the one call of {@link EditorialRule#check} it is given to: a rule
 * that keeps it and uses it after that call returns gets an {@link IllegalStateException}.
 */
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
     * <p>A pointer that is neither {@code ""} nor starts with {@code /} (such as {@code "title"})
     * is a bug in the rule: the finding is dropped, and the rule's check ends as a failed one, one
     * {@code rule-failure} finding that names the rule in place of its findings. Line breaks in the
     * message become spaces.
     *
     * @param pointer the JSON Pointer of the offending value, such as {@code /diagnosis/0}, or
     *     {@code ""} for the whole article; when the value is absent, the pointer it would have,
     *     and the loader points at the enclosing object
     * @param message what is wrong and how to fix it, on one line
     */
    void report(String pointer, String message);

    /**
     * The pointer, in the document the article was read from, of a value given by its pointer
     * into the article. The two differ after a list element of the document failed to bind: the
     * loader leaves it out, and the elements after it move down one place in the article. Pointers
     * given to {@link #report(String, String)} are turned into the document's by the loader; a rule
     * needs this only to name a position in its message, such as "item 3".
     *
     * @param pointer a JSON Pointer into the article
     * @return the pointer of the same value in the document; by default, and for an article made
     *     in code, the same pointer
     */
    default String sourcePointer(String pointer) {
        return pointer;
    }
}
