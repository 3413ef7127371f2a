package org.conditioncontent.loader.rules;

import java.util.Objects;

/**
 * A threshold of an {@link EditorialRule} that a configuration file can set, with the values it
 * may take: a configuration that sets it outside them is refused with a message that names them,
 * rather than turning a rule off by accident ({@code maxWords: 0}) or into nonsense
 * ({@code maxGrade: -5}, {@code 2.5} words).
 *
 * @param name the option's name in the configuration file, such as {@code maxGrade}
 * @param defaultValue its value when the configuration does not set it
 * @param min the least value it may take
 * @param max the greatest value it may take
 * @param whole whether it must be a whole number, such as a count of words
 * @param description what it means, in one line
 */
public record RuleOption(String name, double defaultValue, double min, double max, boolean whole, String description) {

    /**
     * Checks the components.
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
    public RuleOption {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(description, "description must not be null");
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            throw new IllegalArgumentException("option " + name + " needs a finite range with min <= max, was " + min + " to " + max);
        }
        if (!allows(defaultValue, min, max, whole)) {
            throw new IllegalArgumentException("option " + name + "'s default " + defaultValue + " is not one of its values");
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
        this(name, defaultValue, -Double.MAX_VALUE, Double.MAX_VALUE, false, description);
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
     */
    public static RuleOption count(String name, int defaultValue, int min, int max, String description) {
        return new RuleOption(name, defaultValue, min, max, true, description);
    }

    /**
     * Whether a value is one this option may take.
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
        return (whole ? "a whole number" : "a number") + " from " + format(min) + " to " + format(max);
    }

    private static boolean allows(double value, double min, double max, boolean whole) {
        return Double.isFinite(value) && value >= min && value <= max && (!whole || value == Math.rint(value));
    }

    /** A number as a configuration would write it: {@code 25} rather than {@code 25.0}. */
    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
