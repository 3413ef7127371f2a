package org.conditioncontent.model.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link ReadableText}: {@code null} passes. */
public final class ReadableTextValidator implements ConstraintValidator<ReadableText, CharSequence> {

    /** Creates the validator; the validation provider calls this. */
    public ReadableTextValidator() {}

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        return value == null || isReadable(value.toString());
    }

    /**
     * Tells whether a text is well-formed and has something to see, as {@link ReadableText}
     * describes.
     *
     * @param text the text
     * @return {@code true} when it is
     */
    public static boolean isReadable(String text) {
        boolean visible = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if ((cp <= 0xffff && Character.isSurrogate((char) cp)) || isNoncharacter(cp)) {
                return false;
            }
            int type = Character.getType(cp);
            visible |= !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                    && type != Character.CONTROL && type != Character.FORMAT;
            i += Character.charCount(cp);
        }
        return visible;
    }

    /** U+FDD0 to U+FDEF and the last two code points of every plane, which text never holds. */
    static boolean isNoncharacter(int cp) {
        return (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) == 0xfffe;
    }
}
