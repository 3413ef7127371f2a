package org.conditioncontent.loader;

import java.util.Objects;

/**
 * A check the loader runs, as reports name it.
 *
 * @param id the stable id, such as {@code unknown-field}; reports show it in brackets
 * @param defaultSeverity the severity of its findings
 * @param description what it checks, in one line
 * @param documentation why the rule exists and what it accepts, in a paragraph
 */
public record Rule(String id, Severity defaultSeverity, String description, String documentation) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     *
     * @param id the stable id, such as {@code unknown-field}; reports show it in brackets
     * @param defaultSeverity the severity of its findings
     * @param description what it checks, in one line
     * @param documentation why the rule exists and what it accepts, in a paragraph
     */
    public Rule {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity must not be null");
        Objects.requireNonNull(description, "description must not be null");
        Objects.requireNonNull(documentation, "documentation must not be null");
    }

    /**
     * A rule whose documentation is its description.
     *
     * @param id the stable id
     * @param defaultSeverity the severity of its findings
     * @param description what it checks, in one line
     */
    public Rule(String id, Severity defaultSeverity, String description) {
        this(id, defaultSeverity, description, description);
    }
}
