package org.conditioncontent.loader.schema;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conditioncontent.model.constraints.FileName;
import org.conditioncontent.model.constraints.NullOrNotBlank;
import org.conditioncontent.model.constraints.ReadableText;
import org.conditioncontent.model.constraints.WebUrl;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Jakarta constraints on one value (a record component or a list element) as JSON Schema
 * keywords. Each keyword accepts exactly what the constraint's validator accepts, or, where JSON
 * Schema cannot say as much, a little more, never less: the loader makes the final check. A
 * constraint this class does not know stops the generator, so that a new constraint in the model
 * is never silently missing from the schema.
 */
final class ConstraintKeywords {

    /**
     * {@code @NotBlank} as Hibernate Validator checks it: the text holds a character above U+0020
     * (it trims, then tests the length).
     */
    static final String NOT_BLANK = CharacterClass.excluding(c -> c <= ' ');

    /**
     * {@code @NullOrNotBlank}: the text holds a character that is not white space in Java's sense
     * ({@link String#isBlank()}).
     */
    static final String NOT_JAVA_BLANK = CharacterClass.excluding(Character::isWhitespace);

    /**
     * {@code @WebUrl}: a scheme of http or https in any case, {@code //} and a host, no space or
     * control character. The loader also parses the URL.
     */
    static final String WEB_URL = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\u0000-\\u0020\\u007f]+$";

    /**
     * {@code @ReadableText}, the part a pattern can say: the text holds a character a reader can
     * see (not white space, a space, a control or format character, a surrogate or a
     * noncharacter). That the text holds no unpaired surrogate and no noncharacter outside the
     * Basic Multilingual Plane is left to the loader.
     */
    static final String VISIBLE = CharacterClass.excluding(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
            || Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT
            || Character.isSurrogate((char) c) || isNoncharacter(c));

    /** {@code @ReadableText}: a noncharacter of the Basic Multilingual Plane, which no text may hold. */
    static final String BMP_NONCHARACTER = "[\\ufdd0-\\ufdef\\ufffe\\uffff]";

    /**
     * {@code @FileName}: a name Windows keeps for a device, in any case, alone or before a dot;
     * the text must not start so.
     */
    static final String DEVICE_NAME = "^(?:" + anyCase("con") + "|" + anyCase("prn") + "|" + anyCase("aux") + "|" + anyCase("nul")
            + "|" + anyCase("com") + "[0-9]|" + anyCase("lpt") + "[0-9])(?:\\.|$)";

    /** {@code @Email}: something, an {@code @}, and a domain after the last {@code @}. */
    static final String EMAIL = "^[\\s\\S]+@[^@]+$";

    private final Map<Class<? extends Annotation>, Annotation> annotations;

    private ConstraintKeywords(Map<Class<? extends Annotation>, Annotation> annotations, String where) {
        this.annotations = annotations;
        for (Annotation a : annotations.values()) {
            if (a.annotationType().isAnnotationPresent(Constraint.class) && !isKnown(a.annotationType())) {
                throw new IllegalStateException("@" + a.annotationType().getSimpleName() + " on " + where
                        + " has no JSON Schema keywords; add them to ConstraintKeywords (or list it among the loader-only checks in docs/editors.md)");
            }
        }
    }

    /**
     * The constraints on a record component: those on its field (declaration annotations) and on
     * its type (type-use annotations), which a component's annotation reaches depending on its
     * targets.
     *
     * @param record the record
     * @param component one of its components
     * @return the constraints
     */
    static ConstraintKeywords of(Class<?> record, RecordComponent component) {
        Map<Class<? extends Annotation>, Annotation> found = new LinkedHashMap<>();
        try {
            Field field = record.getDeclaredField(component.getName());
            for (Annotation a : field.getDeclaredAnnotations()) {
                found.putIfAbsent(a.annotationType(), a);
            }
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("A record without the field of its component " + component.getName(), e);
        }
        for (Annotation a : component.getAnnotatedType().getDeclaredAnnotations()) {
            found.putIfAbsent(a.annotationType(), a);
        }
        return new ConstraintKeywords(found, record.getSimpleName() + "." + component.getName());
    }

    /**
     * The constraints on a list's elements: the type-use annotations on the type argument.
     *
     * @param element the annotated element type
     * @return the constraints
     */
    static ConstraintKeywords ofElement(AnnotatedType element) {
        Map<Class<? extends Annotation>, Annotation> found = new LinkedHashMap<>();
        for (Annotation a : element.getDeclaredAnnotations()) {
            found.putIfAbsent(a.annotationType(), a);
        }
        return new ConstraintKeywords(found, "a list element of type " + element.getType().getTypeName());
    }

    private static boolean isKnown(Class<? extends Annotation> type) {
        return type == NotNull.class || type == NotBlank.class || type == NotEmpty.class || type == Pattern.class
                || type == Min.class || type == Max.class || type == Positive.class || type == PositiveOrZero.class
                || type == Size.class || type == Email.class || type == NullOrNotBlank.class || type == WebUrl.class
                || type == ReadableText.class || type == FileName.class || type == Valid.class;
    }

    private <A extends Annotation> @Nullable A get(Class<A> type) {
        return type.cast(annotations.get(type));
    }

    /**
     * Whether the value must be present and not {@code null}.
     *
     * @return {@code true} for {@code @NotNull}, {@code @NotBlank} and {@code @NotEmpty}
     */
    boolean required() {
        return get(NotNull.class) != null || get(NotBlank.class) != null || get(NotEmpty.class) != null;
    }

    /**
     * The constraints' own messages, where the model wrote one for editors (the providers'
     * default messages are keys in braces, and say nothing a schema keyword does not).
     *
     * @return the messages, each once, in annotation order
     */
    List<String> messages() {
        List<String> messages = new ArrayList<>();
        for (Annotation a : annotations.values()) {
            if (!a.annotationType().isAnnotationPresent(Constraint.class)) {
                continue;
            }
            try {
                Object message = a.annotationType().getMethod("message").invoke(a);
                if (message instanceof String s && !s.startsWith("{") && !messages.contains(s) && !isGeneric(a)) {
                    messages.add(s);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("A constraint without a message: @" + a.annotationType().getSimpleName(), e);
            }
        }
        return messages;
    }

    /** Messages of the model's own constraints that only restate the keyword. */
    private static boolean isGeneric(Annotation a) {
        return a instanceof NullOrNotBlank;
    }

    /**
     * Adds the keywords of the constraints on a text.
     *
     * @param schema the text's schema
     * @throws IllegalStateException if a constraint does not apply to texts or a pattern cannot be
     *     written in ECMA-262
     */
    void applyToString(ObjectNode schema) {
        List<String> patterns = new ArrayList<>();
        if (get(NotBlank.class) != null) {
            patterns.add(NOT_BLANK);
        }
        if (get(NullOrNotBlank.class) != null) {
            patterns.add(NOT_JAVA_BLANK);
        }
        NotEmpty notEmpty = get(NotEmpty.class);
        if (notEmpty != null) {
            schema.put("minLength", 1);
        }
        Size size = get(Size.class);
        if (size != null) {
            lengths(schema, "minLength", "maxLength", size);
        }
        Pattern pattern = get(Pattern.class);
        if (pattern != null) {
            if (pattern.flags().length > 0) {
                throw new IllegalStateException("@Pattern(" + pattern.regexp() + ") has flags, which JSON Schema patterns cannot carry");
            }
            patterns.add(EcmaPattern.of(pattern.regexp()));
        }
        if (get(Email.class) != null) {
            patterns.add(EMAIL);
        }
        if (get(WebUrl.class) != null) {
            patterns.add(WEB_URL);
        }
        List<String> forbidden = new ArrayList<>();
        if (get(ReadableText.class) != null) {
            patterns.add(VISIBLE);
            forbidden.add(BMP_NONCHARACTER);
        }
        if (get(FileName.class) != null) {
            schema.put("maxLength", Math.min(FileName.MAX_LENGTH, schema.path("maxLength").asInt(FileName.MAX_LENGTH)));
            forbidden.add(DEVICE_NAME);
        }
        if (forbidden.size() == 1) {
            schema.putObject("not").put("pattern", forbidden.get(0));
        } else if (forbidden.size() > 1) {
            ArrayNode anyOf = schema.putObject("not").putArray("anyOf");
            forbidden.forEach(f -> anyOf.addObject().put("pattern", f));
        }
        refuse(Min.class, "text");
        refuse(Max.class, "text");
        refuse(Positive.class, "text");
        refuse(PositiveOrZero.class, "text");
        patterns(schema, patterns);
    }

    /**
     * Adds the keywords of the constraints on a whole number, whose range is at most Java's
     * {@code int}, as the loader reads it.
     *
     * @param schema the number's schema
     */
    void applyToInteger(ObjectNode schema) {
        long minimum = Integer.MIN_VALUE;
        long maximum = Integer.MAX_VALUE;
        Min min = get(Min.class);
        if (min != null) {
            minimum = Math.max(minimum, min.value());
        }
        Max max = get(Max.class);
        if (max != null) {
            maximum = Math.min(maximum, max.value());
        }
        if (get(Positive.class) != null) {
            minimum = Math.max(minimum, 1);
        }
        if (get(PositiveOrZero.class) != null) {
            minimum = Math.max(minimum, 0);
        }
        schema.put("minimum", minimum);
        schema.put("maximum", maximum);
        for (Class<? extends Annotation> t : List.of(Pattern.class, Email.class, WebUrl.class, NullOrNotBlank.class, NotBlank.class, Size.class, NotEmpty.class,
                ReadableText.class, FileName.class)) {
            refuse(t, "whole number");
        }
    }

    /**
     * Adds the keywords of the constraints on a list itself (its elements have their own).
     *
     * @param schema the list's schema
     */
    void applyToArray(ObjectNode schema) {
        if (get(NotEmpty.class) != null) {
            schema.put("minItems", 1);
        }
        Size size = get(Size.class);
        if (size != null) {
            lengths(schema, "minItems", "maxItems", size);
        }
        for (Class<? extends Annotation> t : List.of(Pattern.class, Email.class, WebUrl.class, NullOrNotBlank.class, NotBlank.class, Min.class, Max.class,
                ReadableText.class, FileName.class)) {
            refuse(t, "list");
        }
    }

    private static void lengths(ObjectNode schema, String minKey, String maxKey, Size size) {
        if (size.min() > 0) {
            schema.put(minKey, Math.max(size.min(), schema.path(minKey).asInt(0)));
        }
        if (size.max() < Integer.MAX_VALUE) {
            schema.put(maxKey, size.max());
        }
    }

    private void refuse(Class<? extends Annotation> type, String what) {
        if (annotations.containsKey(type)) {
            throw new IllegalStateException("@" + type.getSimpleName() + " on a " + what + " has no JSON Schema keyword in ConstraintKeywords");
        }
    }

    /** U+FDD0 to U+FDEF and the last two code points of every plane, as {@code @ReadableText} refuses them. */
    private static boolean isNoncharacter(int c) {
        return (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe;
    }

    /** A pattern matching a word in any case: {@code [Cc][Oo][Nn]}. */
    static String anyCase(String word) {
        StringBuilder out = new StringBuilder();
        for (char c : word.toCharArray()) {
            out.append('[').append(Character.toUpperCase(c)).append(Character.toLowerCase(c)).append(']');
        }
        return out.toString();
    }

    /** One pattern is the {@code pattern} keyword; several must all match, through {@code allOf}. */
    private static void patterns(ObjectNode schema, List<String> patterns) {
        if (patterns.size() == 1) {
            schema.put("pattern", patterns.get(0));
        } else if (patterns.size() > 1) {
            ArrayNode allOf = schema.putArray("allOf");
            patterns.forEach(p -> allOf.addObject().put("pattern", p));
        }
    }
}
