package org.conditioncontent.loader.rules;

import java.util.Objects;
import org.conditioncontent.loader.Severity;

/**
 * One finding of an editorial rule, before the loader gives it a file position.
 *
 * @param rule the rule's id
 * @param severity the configured severity
 * @param pointer the JSON Pointer of the offending value
 * @param message what is wrong and how to fix it
 */
public record Finding(String rule, Severity severity, String pointer, String message) {

    /**
     * Checks the components.
     *
     * @param rule the rule's id
     * @param severity the severity
     * @param pointer the pointer
     * @param message the message
     * @throws NullPointerException if a component is {@code null}
     */
    public Finding {
        Objects.requireNonNull(rule, "rule must not be null");
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(pointer, "pointer must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }
}
