package org.conditioncontent.model.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link NullOrNotBlank}: {@code null} passes, blank text fails. */
public final class NullOrNotBlankValidator implements ConstraintValidator<NullOrNotBlank, CharSequence> {

    /** Creates the validator; the validation provider calls this. */
    public NullOrNotBlankValidator() {}

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        return value == null || !value.toString().isBlank();
    }
}
