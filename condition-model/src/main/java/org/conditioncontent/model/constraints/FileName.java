package org.conditioncontent.model.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An id that can be a file name on every system the export may run on: at most {@link FileName#MAX_LENGTH} characters (the rest of a file name's 255 bytes is left for a format's extension), and none of the names Windows keeps for devices ({@code con}, {@code prn}, {@code aux}, {@code nul}, {@code com0} to {@code com9}, {@code lpt0} to {@code lpt9}), which no file there may take, with or without an extension. {@code null} passes.
 */
@Documented
@Constraint(validatedBy = FileNameValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface FileName {
    /** The longest id, in characters. */
    int MAX_LENGTH = 200;

    /**
     * The message when the constraint fails.
     *
     * @return the message
     */
    String message() default "must be at most " + MAX_LENGTH + " characters and not a name Windows keeps for a device"
            + " (con, prn, aux, nul, com0 to com9, lpt0 to lpt9), since ids become file names";

    /**
     * Validation groups.
     *
     * @return the groups; none by default
     */
    Class<?>[] groups() default {};

    /**
     * Payload for clients.
     *
     * @return the payload; none by default
     */
    Class<? extends Payload>[] payload() default {};
}
