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
 * An optional text: it may be absent ({@code null}), but when present it must contain a
 * character other than white space.
 */
@Documented
@Constraint(validatedBy = NullOrNotBlankValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface NullOrNotBlank {
    /**
     * The message when the constraint fails.
     *
     * @return the message; defaults to "must not be blank when present"
     */
    String message() default "must not be blank when present";

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
