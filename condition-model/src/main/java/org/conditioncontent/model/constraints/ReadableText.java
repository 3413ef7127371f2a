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
 * A text that has a character a reader can see, and that every renderer can write: no unpaired surrogate (which has no UTF-8 form) and no noncharacter such as U+FFFE (which renderers drop), and not only such characters, format characters and white space. {@code null} passes; pair with {@code @NotBlank} when the text is required.
 */
@Documented
@Constraint(validatedBy = ReadableTextValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface ReadableText {
    /**
     * The message when the constraint fails.
     *
     * @return the message
     */
    String message() default "must hold visible characters, and no unpaired surrogate or noncharacter such as U+FFFE";

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
