package org.conditioncontent.loader.rules;

import java.util.List;
import java.util.Objects;

/**
 * A setting of an {@link EditorialRule} that a configuration file can change: a number (a
 * threshold such as {@code maxGrade}) or a list of words from a fixed vocabulary (such as the
 * sections an article must have).
 *
 * @param name the option's name in the configuration file, such as {@code maxGrade}
 * @param defaultValue a number option's value when the configuration does not set it; 0 for a
 *     word-list option
 * @param defaultWords a word-list option's value when the configuration does not set it; empty
 *     for a number option
 * @param allowedWords the words a word-list option may hold; empty for a number option, which
 *     is how the two kinds are told apart
 * @param description what it means, in one line
 */
public record RuleOption(String name, double defaultValue, List<String> defaultWords, List<String> allowedWords, String description) {

    /**
     * Checks the components.
     *
     * @param name the option's name
     * @param defaultValue a number option's default
     * @param defaultWords a word-list option's default
     * @param allowedWords the words a word-list option may hold
     * @param description what it means
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if a default word is not an allowed word
     */
    public RuleOption {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(description, "description must not be null");
        defaultWords = List.copyOf(defaultWords);
        allowedWords = List.copyOf(allowedWords);
        if (!allowedWords.containsAll(defaultWords)) {
            throw new IllegalArgumentException("The defaults of option " + name + " must be allowed words");
        }
    }

    /**
     * A number option.
     *
     * @param name the option's name
     * @param defaultValue its default
     * @param description what it means
     * @throws NullPointerException if the name or description is {@code null}
     */
    public RuleOption(String name, double defaultValue, String description) {
        this(name, defaultValue, List.of(), List.of(), description);
    }

    /**
     * A word-list option.
     *
     * @param name the option's name
     * @param defaultWords its default words
     * @param allowedWords every word it may hold
     * @param description what it means
     * @return the option
     * @throws IllegalArgumentException if no word is allowed, or a default is not allowed
     */
    public static RuleOption words(String name, List<String> defaultWords, List<String> allowedWords, String description) {
        if (allowedWords.isEmpty()) {
            throw new IllegalArgumentException("A word-list option needs allowed words");
        }
        return new RuleOption(name, 0, defaultWords, allowedWords, description);
    }

    /** @return whether this option is a list of words rather than a number */
    public boolean isWords() {
        return !allowedWords.isEmpty();
    }
}
