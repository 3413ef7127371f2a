package org.conditioncontent.loader.rules;

import java.util.List;
import java.util.Objects;

/**
 * A setting of an {@link EditorialRule} that a configuration file can change: a number (a
 * threshold such as {@code maxGrade}) with the values it may take, or a list of words from a
 * fixed vocabulary (such as the sections an article must have). A configuration that sets a
 * number outside its values is refused with a message that names them, rather than turning a rule
 * off by accident ({@code maxWords: 0}) or into nonsense ({@code maxGrade: -5}, {@code 2.5} words).
 *
 * @param name the option's name in the configuration file, such as {@code maxGrade}
 * @param defaultValue a number option's value when the configuration does not set it; 0 for a
 *     word-list option
 * @param min the least value a number option may take
 * @param max the greatest value a number option may take
 * @param whole whether a number option must be a whole number, such as a count of words
 * @param defaultWords a word-list option's value when the configuration does not set it; empty
 *     for a number option
 * @param allowedWords the words a word-list option may hold; empty for a number option, which
 *     is how the two kinds are told apart
 * @param description what it means, in one line
 */
public record RuleOption(String name, double defaultValue, double min, double max, boolean whole, List<String> defaultWords,
        List<String> allowedWords, String description) {

    /**
     * Checks the components.
     *
     * @param name the option's name
     * @param defaultValue a number option's default, within the range
     * @param min the least value
     * @param max the greatest value
     * @param whole whether it must be a whole number
     * @param defaultWords a word-list option's default
     * @param allowedWords the words a word-list option may hold
     * @param description what it means
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the range is empty or not finite, the default is not an
     *     allowed value, or a default word is not an allowed word
     */
    public RuleOption {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(description, "description must not be null");
        defaultWords = List.copyOf(defaultWords);
        allowedWords = List.copyOf(allowedWords);
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            throw new IllegalArgumentException("option " + name + " needs a finite range with min <= max, was " + min + " to " + max);
        }
        if (!allows(defaultValue, min, max, whole)) {
            throw new IllegalArgumentException("option " + name + "'s default " + defaultValue + " is not one of its values");
        }
        if (!allowedWords.containsAll(defaultWords)) {
            throw new IllegalArgumentException("The defaults of option " + name + " must be allowed words");
        }
    }

    /**
     * An option that takes any finite number, as options did before they had ranges.
     *
     * @param name the option's name
     * @param defaultValue its default
     * @param description what it means
     * @throws NullPointerException if the name or description is {@code null}
     */
    public RuleOption(String name, double defaultValue, String description) {
        this(name, defaultValue, -Double.MAX_VALUE, Double.MAX_VALUE, false, List.of(), List.of(), description);
    }

    /**
     * A number option with the values it may take.
     *
     * @param name the option's name
     * @param defaultValue its default, within the range
     * @param min the least value
     * @param max the greatest value
     * @param whole whether it must be a whole number
     * @param description what it means
     * @throws NullPointerException if the name or description is {@code null}
     * @throws IllegalArgumentException if the range is empty or not finite, or the default is not
     *     an allowed value
     */
    public RuleOption(String name, double defaultValue, double min, double max, boolean whole, String description) {
        this(name, defaultValue, min, max, whole, List.of(), List.of(), description);
    }

    /**
     * An option that counts something: a whole number within a range.
     *
     * @param name the option's name
     * @param defaultValue its default
     * @param min the least value
     * @param max the greatest value
     * @param description what it means
     * @return the option
     * @throws NullPointerException if the name or description is {@code null}
     * @throws IllegalArgumentException if {@code min} is above {@code max}, or the default is
     *     outside the range
     */
    public static RuleOption count(String name, int defaultValue, int min, int max, String description) {
        return new RuleOption(name, defaultValue, min, max, true, List.of(), List.of(), description);
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
        return new RuleOption(name, 0, 0, 0, true, defaultWords, allowedWords, description);
    }

    /** @return whether this option is a list of words rather than a number */
    public boolean isWords() {
        return !allowedWords.isEmpty();
    }

    /**
     * Whether a value is one this number option may take.
     *
     * @param value the value
     * @return {@code true} if it is finite, within the range and, for a whole option, whole
     */
    public boolean allows(double value) {
        return allows(value, min, max, whole);
    }

    /**
     * The values this option may take, in words, such as {@code a whole number from 1 to 1000}.
     *
     * @return the words
     */
    public String range() {
        return isWords() ? "a list of words from: " + String.join(", ", allowedWords)
                : (whole ? "a whole number" : "a number") + " from " + format(min) + " to " + format(max);
    }

    private static boolean allows(double value, double min, double max, boolean whole) {
        return Double.isFinite(value) && value >= min && value <= max && (!whole || value == Math.rint(value));
    }

    /** A number as a configuration would write it: {@code 25} rather than {@code 25.0}. */
    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
