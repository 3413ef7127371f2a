package org.conditioncontent.loader.internal.checking;

import jakarta.validation.ClockProvider;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintTarget;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import org.conditioncontent.loader.internal.checking.ConstraintScreen.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * Turns one constraint annotation, as declared on a value of a given type, into a {@link Check}
 * that gives the same answer as Hibernate Validator: the Jakarta built-ins the model uses, read
 * as the validator reads them, and every other constraint through its own
 * {@code ConstraintValidator}. A constraint it cannot answer for exactly is refused with
 * {@link Unreadable}, and the screen then leaves the class to the validator.
 */
final class ConstraintReader {

    /** The integral types whose {@code @Min} and {@code @Max} compare as {@code long}, as the validator does. */
    private static final Set<Class<?>> INTEGRAL = Set.of(Integer.class, Long.class, Short.class, Byte.class);

    private ConstraintReader() {}

    /**
     * One constraint on one value: what the screen makes of the value. Thread-safe. A class rather
     * than an interface: code compiled by C1 alone (the launcher's cold runs) calls a method of
     * many implementations through a table slot for a class and through a search of the
     * implemented interfaces for an interface, and the screen makes such a call for every value.
     */
    abstract static class Check {
        /** The Java expression that makes this check through one of this class's factories; {@code null} when none does. */
        private final @Nullable String source;
        /** The class the source names besides this one (a constraint's own validator), for the table's imports. */
        private final @Nullable Class<?> named;

        Check(@Nullable String source, @Nullable Class<?> named) {
            this.source = source;
            this.named = named;
        }

        /**
         * Tests a value.
         *
         * @param value the value, {@code null} when absent
         * @return {@link Verdict#CLEAN} when the constraint holds, {@link Verdict#VIOLATION} when it
         *     does not, {@link Verdict#UNKNOWN} when the check cannot tell
         */
        abstract Verdict test(@Nullable Object value);

        /**
         * The Java expression that makes this same check in {@link ModelConstraints}, through one
         * of {@link ConstraintReader}'s factories.
         *
         * @return the expression, {@code null} when the check cannot be written so (a validator
         *     that must be initialized with its annotation)
         */
        @Nullable String source() {
            return source;
        }

        /**
         * The class {@link #source()} names besides {@link ConstraintReader}.
         *
         * @return the class, {@code null} when it names none
         */
        @Nullable Class<?> named() {
            return named;
        }
    }

    /** Why a class's constraints cannot be screened: the validator checks that class on its own. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * Whether an annotation has a say in validation: a constraint, {@code @Valid}, a list of
     * constraints, or anything else from Jakarta Validation or Hibernate Validator (group
     * sequences, group conversions, unwrapping). Others, such as {@code @Nullable}, are not read.
     *
     * @param annotation the annotation
     * @return {@code true} when it does
     */
    static boolean isValidation(Annotation annotation) {
        Class<? extends Annotation> type = annotation.annotationType();
        String where = type.getPackageName();
        return isConstraint(type) || where.startsWith("jakarta.validation") || where.startsWith("org.hibernate.validator")
                || isConstraintList(type);
    }

    /**
     * Whether an annotation type is a constraint (it carries {@code @Constraint}).
     *
     * @param type the annotation type
     * @return {@code true} when it is
     */
    static boolean isConstraint(Class<? extends Annotation> type) {
        return type.isAnnotationPresent(Constraint.class);
    }

    /** A container of repeated constraints, such as {@code @Pattern.List}: its {@code value()} is an array of them. */
    private static boolean isConstraintList(Class<? extends Annotation> type) {
        try {
            Class<?> value = type.getMethod("value").getReturnType();
            return value.isArray() && value.getComponentType().isAnnotation()
                    && isConstraint(value.getComponentType().asSubclass(Annotation.class));
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /**
     * The check of a constraint on a value of the declared type.
     *
     * @param constraint the constraint annotation ({@link #isConstraint} holds for its type)
     * @param declared the declared type of the value (a field's type, or a list's element type)
     * @return the check
     * @throws Unreadable if the screen cannot answer for this constraint exactly as the validator would
     */
    static Check check(Annotation constraint, Class<?> declared) throws Unreadable {
        Class<? extends Annotation> kind = constraint.annotationType();
        requireDefaultGroup(constraint);
        for (Annotation meta : kind.getDeclaredAnnotations()) {
            if (meta.annotationType() != Constraint.class && isValidation(meta)) {
                throw new Unreadable("@" + kind.getSimpleName() + " is composed of other constraints");
            }
        }
        Class<?> type = boxed(declared);
        if (kind.getPackageName().equals(NotNull.class.getPackageName())) {
            return builtIn(constraint, type);
        }
        return custom(constraint, type);
    }

    /** A constraint outside the default group, or one meant for a method's parameters, is left to the validator. */
    private static void requireDefaultGroup(Annotation constraint) throws Unreadable {
        Class<? extends Annotation> kind = constraint.annotationType();
        try {
            for (Class<?> group : (Class<?>[]) kind.getMethod("groups").invoke(constraint)) {
                if (group != Default.class) {
                    throw new Unreadable("@" + kind.getSimpleName() + " is in the group " + group.getName());
                }
            }
            Method target = methodOrNull(kind, "validationAppliesTo");
            if (target != null && target.invoke(constraint) != ConstraintTarget.IMPLICIT) {
                throw new Unreadable("@" + kind.getSimpleName() + " names what it applies to");
            }
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new Unreadable("@" + kind.getSimpleName() + " has no readable groups: " + e);
        }
    }

    private static @Nullable Method methodOrNull(Class<?> type, String name) {
        try {
            return type.getMethod(name);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /**
     * The Jakarta built-ins the model uses, read as Hibernate Validator's own validators read them;
     * any other built-in is refused.
     */
    private static Check builtIn(Annotation constraint, Class<?> type) throws Unreadable {
        if (constraint instanceof NotNull) {
            return notNull();
        }
        if (constraint instanceof NotBlank) {
            require(constraint, type, CharSequence.class);
            return notBlank();
        }
        if (constraint instanceof Pattern pattern) {
            require(constraint, type, CharSequence.class);
            int flags = 0;
            for (Pattern.Flag flag : pattern.flags()) {
                flags |= flag.getValue();
            }
            try {
                return pattern(pattern.regexp(), flags);
            } catch (PatternSyntaxException e) {
                throw new Unreadable("@Pattern has a regular expression that does not compile");
            }
        }
        if (constraint instanceof Min min) {
            requireIntegral(constraint, type);
            return min(min.value());
        }
        if (constraint instanceof Max max) {
            requireIntegral(constraint, type);
            return max(max.value());
        }
        if (constraint instanceof Size size) {
            return size(size, type);
        }
        if (constraint instanceof Email email) {
            require(constraint, type, CharSequence.class);
            // A further regular expression or flags would be a second test; the model uses neither.
            if (!email.regexp().equals(".*") || email.flags().length > 0) {
                throw new Unreadable("@Email has its own regular expression");
            }
            return email();
        }
        throw new Unreadable("@" + constraint.annotationType().getSimpleName() + " is not read by the screen");
    }

    /** {@code @Size} on text, collections and maps; bounds the validator refuses are left to it to report. */
    private static Check size(Size size, Class<?> type) throws Unreadable {
        int least = size.min();
        int most = size.max();
        if (least < 0 || most < least) {
            throw new Unreadable("@Size has bounds the validator refuses");
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return textSize(least, most);
        }
        if (Collection.class.isAssignableFrom(type)) {
            return collectionSize(least, most);
        }
        if (Map.class.isAssignableFrom(type)) {
            return mapSize(least, most);
        }
        throw new Unreadable("@Size on " + type.getName() + " is not read by the screen");
    }

    // The checks' factories: the reading of the annotations above and the generated ModelConstraints
    // make every check through these, so that the table's checks are the reflective reading's.

    /**
     * {@code @NotNull}.
     *
     * @return the check
     */
    static Check notNull() {
        return new Check("notNull()", null) {
            @Override
            Verdict test(@Nullable Object value) {
                return value == null ? Verdict.VIOLATION : Verdict.CLEAN;
            }
        };
    }

    /**
     * {@code @NotBlank} on text: not null and not only white space, as {@code String.isBlank} (and the validator) says.
     *
     * @return the check
     */
    static Check notBlank() {
        return new Check("notBlank()", null) {
            @Override
            Verdict test(@Nullable Object value) {
                return value != null && !value.toString().isBlank() ? Verdict.CLEAN : Verdict.VIOLATION;
            }
        };
    }

    /**
     * {@code @Pattern} on text: the whole text matches; null passes.
     *
     * @param regexp the regular expression
     * @param flags the flags of {@link java.util.regex.Pattern#compile(String, int)}
     * @return the check
     * @throws PatternSyntaxException if the expression does not compile
     */
    static Check pattern(String regexp, int flags) {
        String source = "pattern(" + literal(regexp) + ", " + flags + ")";
        int shortcut = PatternShortcuts.of(regexp, flags);
        if (shortcut >= 0) {
            return new Check(source, null) {
                @Override
                Verdict test(@Nullable Object value) {
                    return value == null || PatternShortcuts.matches(shortcut, (CharSequence) value) ? Verdict.CLEAN : Verdict.VIOLATION;
                }
            };
        }
        java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(regexp, flags);
        return new Check(source, null) {
            @Override
            Verdict test(@Nullable Object value) {
                return value == null || compiled.matcher((CharSequence) value).matches() ? Verdict.CLEAN : Verdict.VIOLATION;
            }
        };
    }

    /**
     * {@code @Min} on an integral value, compared as {@code long}; null passes.
     *
     * @param least the least value allowed
     * @return the check
     */
    static Check min(long least) {
        return new Check("min(" + least + "L)", null) {
            @Override
            Verdict test(@Nullable Object value) {
                return value == null || ((Number) value).longValue() >= least ? Verdict.CLEAN : Verdict.VIOLATION;
            }
        };
    }

    /**
     * {@code @Max} on an integral value, compared as {@code long}; null passes.
     *
     * @param most the greatest value allowed
     * @return the check
     */
    static Check max(long most) {
        return new Check("max(" + most + "L)", null) {
            @Override
            Verdict test(@Nullable Object value) {
                return value == null || ((Number) value).longValue() <= most ? Verdict.CLEAN : Verdict.VIOLATION;
            }
        };
    }

    /**
     * {@code @Size} on text; null passes.
     *
     * @param least the least length
     * @param most the greatest length
     * @return the check
     */
    static Check textSize(int least, int most) {
        return new Check("textSize(" + least + ", " + most + ")", null) {
            @Override
            Verdict test(@Nullable Object value) {
                return value == null || within(((CharSequence) value).length(), least, most) ? Verdict.CLEAN : Verdict.VIOLATION;
            }
        };
    }

    /**
     * {@code @Size} on a collection; null passes.
     *
     * @param least the least size
     * @param most the greatest size
     * @return the check
     */
    static Check collectionSize(int least, int most) {
        return new Check("collectionSize(" + least + ", " + most + ")", null) {
            @Override
            Verdict test(@Nullable Object value) {
                return value == null || within(((Collection<?>) value).size(), least, most) ? Verdict.CLEAN : Verdict.VIOLATION;
            }
        };
    }

    /**
     * {@code @Size} on a map; null passes.
     *
     * @param least the least size
     * @param most the greatest size
     * @return the check
     */
    static Check mapSize(int least, int most) {
        return new Check("mapSize(" + least + ", " + most + ")", null) {
            @Override
            Verdict test(@Nullable Object value) {
                return value == null || within(((Map<?, ?>) value).size(), least, most) ? Verdict.CLEAN : Verdict.VIOLATION;
            }
        };
    }

    /**
     * {@code @Email} without a regular expression of its own, read by {@link EmailScreen}; null passes.
     *
     * @return the check
     */
    static Check email() {
        return new Check("email()", null) {
            @Override
            Verdict test(@Nullable Object value) {
                return value == null ? Verdict.CLEAN : EmailScreen.screen((CharSequence) value);
            }
        };
    }

    /**
     * A constraint checked by its own validator, which is used as given (the table gives it one made
     * by its no-argument constructor, for a validator class whose {@code initialize} is the
     * interface's, which does nothing).
     *
     * @param validator the validator, initialized
     * @return the check
     */
    static Check custom(ConstraintValidator<?, ?> validator) {
        return custom(validator, validator.getClass());
    }

    /** Java text for a string literal holding the text. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static boolean within(int size, int least, int most) {
        return size >= least && size <= most;
    }

    private static void require(Annotation constraint, Class<?> type, Class<?> expected) throws Unreadable {
        if (!expected.isAssignableFrom(type)) {
            throw new Unreadable("@" + constraint.annotationType().getSimpleName() + " on " + type.getName() + " is not read by the screen");
        }
    }

    private static void requireIntegral(Annotation constraint, Class<?> type) throws Unreadable {
        if (!INTEGRAL.contains(type)) {
            throw new Unreadable("@" + constraint.annotationType().getSimpleName() + " on " + type.getName() + " is not read by the screen");
        }
    }

    /**
     * A constraint of the model's own (or anyone's), checked by its one {@code ConstraintValidator}
     * when that validator applies to the declared type. The validator gets a context that refuses
     * every call: one that needs the context (to build its own message, say) makes the check
     * answer {@link Verdict#UNKNOWN}, and the validator of record decides.
     */
    private static Check custom(Annotation constraint, Class<?> type) throws Unreadable {
        Class<? extends Annotation> kind = constraint.annotationType();
        Class<? extends ConstraintValidator<?, ?>>[] validatedBy = kind.getAnnotation(Constraint.class).validatedBy();
        if (validatedBy.length != 1) {
            throw new Unreadable("@" + kind.getSimpleName() + " has " + validatedBy.length + " validators");
        }
        Class<?> target = validatedType(validatedBy[0]);
        if (target == null || !target.isAssignableFrom(type)) {
            throw new Unreadable("@" + kind.getSimpleName() + "'s validator does not take " + type.getName());
        }
        ConstraintValidator<Annotation, Object> validator = instantiate(validatedBy[0], constraint);
        return custom(validator, initializesItself(validatedBy[0]) ? null : validatedBy[0]);
    }

    /**
     * The check through a constraint's validator.
     *
     * @param validator the validator, initialized
     * @param tabled the validator's class when the table may make it with {@code new} and no
     *     {@code initialize} call; {@code null} when it may not
     */
    @SuppressWarnings("unchecked") // the validator was declared for the constraint; its value type was checked
    private static Check custom(ConstraintValidator<?, ?> validator, @Nullable Class<?> tabled) {
        ConstraintValidator<Annotation, Object> typed = (ConstraintValidator<Annotation, Object>) validator;
        String source = tabled == null ? null : "custom(new " + tabled.getSimpleName() + "())";
        return new Check(source, tabled) {
            @Override
            Verdict test(@Nullable Object value) {
                try {
                    return typed.isValid(value, RefusingContext.INSTANCE) ? Verdict.CLEAN : Verdict.VIOLATION;
                } catch (RuntimeException e) {
                    // The context was needed, or the validator failed: the validator of record will say which.
                    return Verdict.UNKNOWN;
                }
            }
        };
    }

    /**
     * Whether a validator class has an {@code initialize} of its own (or a superclass's), or no
     * public no-argument constructor: then only its annotation can set it up, and the table cannot make it.
     */
    private static boolean initializesItself(Class<?> validator) {
        try {
            return !java.lang.reflect.Modifier.isPublic(validator.getConstructor().getModifiers())
                    || validator.getMethod("initialize", Annotation.class).getDeclaringClass() != ConstraintValidator.class
                    || !java.lang.reflect.Modifier.isPublic(validator.getModifiers()) || validator.getEnclosingClass() != null;
        } catch (NoSuchMethodException e) {
            return true;
        }
    }

    @SuppressWarnings("unchecked") // the validator was declared for this constraint; its value type was checked
    private static ConstraintValidator<Annotation, Object> instantiate(Class<? extends ConstraintValidator<?, ?>> type, Annotation constraint)
            throws Unreadable {
        try {
            ConstraintValidator<Annotation, Object> validator =
                    (ConstraintValidator<Annotation, Object>) type.getDeclaredConstructor().newInstance();
            validator.initialize(constraint);
            return validator;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new Unreadable(type.getName() + " cannot be made here: " + e);
        }
    }

    /** The value type a validator class declares ({@code CharSequence} for {@code ConstraintValidator<A, CharSequence>}). */
    private static @Nullable Class<?> validatedType(Class<?> validator) {
        for (Class<?> c = validator; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Type implemented : c.getGenericInterfaces()) {
                if (implemented instanceof ParameterizedType p && p.getRawType() == ConstraintValidator.class) {
                    return p.getActualTypeArguments()[1] instanceof Class<?> value ? value : null;
                }
            }
        }
        return null;
    }

    /**
     * The class a declared type is checked as: a primitive as its wrapper, as the validator picks
     * its validators for the wrapper.
     *
     * @param type the declared type
     * @return the type, boxed
     */
    static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == int.class) {
            return Integer.class;
        }
        if (type == long.class) {
            return Long.class;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        if (type == short.class) {
            return Short.class;
        }
        if (type == byte.class) {
            return Byte.class;
        }
        if (type == char.class) {
            return Character.class;
        }
        return type == double.class ? Double.class : Float.class;
    }

    /**
     * The context given to a constraint's own validator: it refuses every call, so a validator that
     * needs one (to build a message, to read the clock) is left to Hibernate Validator.
     */
    private static final class RefusingContext implements ConstraintValidatorContext {
        static final RefusingContext INSTANCE = new RefusingContext();

        @Override
        public void disableDefaultConstraintViolation() {
            throw refused();
        }

        @Override
        public String getDefaultConstraintMessageTemplate() {
            throw refused();
        }

        @Override
        public ClockProvider getClockProvider() {
            throw refused();
        }

        @Override
        public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String messageTemplate) {
            throw refused();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw refused();
        }

        private static IllegalStateException refused() {
            return new IllegalStateException("the constraint screen gives its validators no context");
        }
    }

    /** {@code @Valid}, for the screen's own reading of cascades. */
    static boolean isCascade(Annotation annotation) {
        return annotation.annotationType() == Valid.class;
    }
}
