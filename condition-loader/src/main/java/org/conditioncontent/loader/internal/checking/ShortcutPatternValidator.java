package org.conditioncontent.loader.internal.checking;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Hibernate Validator's check of {@code @Pattern}, with the model's own expressions matched by
 * {@link PatternShortcuts} instead of {@code java.util.regex}. The answers are the same ({@code
 * PatternShortcutsTest}); the reason is the engine's recursion: it matches each repetition of a
 * group such as {@code (-[a-z0-9]+)*} one call deeper, so an id or language tag of a few thousand
 * characters overflowed the thread's stack, and a {@code StackOverflowError} ended the whole run
 * with no report. The shortcuts walk the text in a loop. Any other expression (a plug-in's record
 * has none; format 1's are the model's) is compiled and matched as Hibernate Validator does.
 */
final class ShortcutPatternValidator implements ConstraintValidator<Pattern, CharSequence> {

    private int shortcut = -1;
    private java.util.regex.@Nullable Pattern compiled;

    @Override
    public void initialize(Pattern annotation) {
        int flags = 0;
        for (Pattern.Flag flag : annotation.flags()) {
            flags |= flag.getValue();
        }
        shortcut = PatternShortcuts.of(annotation.regexp(), flags);
        compiled = shortcut >= 0 ? null : java.util.regex.Pattern.compile(annotation.regexp(), flags);
    }

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        java.util.regex.Pattern pattern = compiled;
        return pattern == null ? PatternShortcuts.matches(shortcut, value) : pattern.matcher(value).matches();
    }
}
