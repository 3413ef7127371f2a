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
 * An absolute {@code http} or {@code https} URL with a host, such as
 * {@code https://familydoctor.org/}. {@code null} passes; pair with {@code @NotNull} when the URL
 * is required. Other schemes ({@code javascript:}, {@code data:}, {@code file:}) fail, so no
 * renderer is ever asked to link to them.
 */
@Documented
@Constraint(validatedBy = WebUrlValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface WebUrl {
    /**
     * The message when the constraint fails.
     *
     * @return the message
     */
    String message() default "must be an absolute http or https URL, such as https://example.org/page";

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
