package org.conditioncontent.loader.rules;

import java.util.Objects;

/**
 * A threshold of an {@link EditorialRule} that a configuration file can set.
 *
 * @param name the option's name in the configuration file, such as {@code maxGrade}
 * @param defaultValue its value when the configuration does not set it
 * @param description what it means, in one line
 */
public record RuleOption(String name, double defaultValue, String description) {

    /**
     * Checks the components.
     *
     * @param name the option's name
     * @param defaultValue its default
     * @param description what it means
     * @throws NullPointerException if the name or description is {@code null}
     */
    public RuleOption {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(description, "description must not be null");
    }
}
