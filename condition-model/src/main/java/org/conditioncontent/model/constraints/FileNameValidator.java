package org.conditioncontent.model.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Checks {@link FileName}: {@code null} passes; too long or a Windows device name fails. */
public final class FileNameValidator implements ConstraintValidator<FileName, CharSequence> {

    /** The names Windows keeps for devices, with or without an extension, in any case. */
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul",
            "com0", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    /** Creates the validator; the validation provider calls this. */
    public FileNameValidator() {}

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        return value == null || isFileName(value.toString());
    }

    /**
     * Tells whether a name can be a file name everywhere, as {@link FileName} describes.
     *
     * @param name the name
     * @return {@code true} when it is short enough and not reserved
     */
    public static boolean isFileName(String name) {
        if (name.length() > FileName.MAX_LENGTH) {
            return false;
        }
        int dot = name.indexOf('.');
        String stem = (dot < 0 ? name : name.substring(0, dot)).toLowerCase(Locale.ROOT);
        return !RESERVED.contains(stem);
    }
}
