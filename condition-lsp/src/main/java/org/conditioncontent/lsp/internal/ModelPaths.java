package org.conditioncontent.lsp.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.conditioncontent.json.Property;
import org.conditioncontent.json.RecordShape;
import org.conditioncontent.json.WireFormat;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * What a path in an article means in the model: the type at the path and the field it names,
 * found by walking the records' components from {@link Condition} as the wire format does,
 * through the variants of a sealed interface (a block) by the field names they have. Field names,
 * types and enum values all come from the records, so completion and hover follow the model as it
 * changes, with no list of fields kept here.
 */
final class ModelPaths {

    private ModelPaths() {}

    /**
     * A field of a record and the type of its value.
     *
     * @param owner the record class the field belongs to
     * @param property the field
     */
    record Field(Class<?> owner, Property property) {}

    /** The type of the value at a path, or {@code null} when the path leaves the model. */
    static @Nullable Type typeAt(List<String> path) {
        Type type = Condition.class;
        for (String segment : path) {
            Class<?> raw = raw(type);
            if (raw == null) {
                return null;
            }
            if (raw == List.class) {
                if (!isIndex(segment)) {
                    return null;
                }
                type = elementType(type);
            } else {
                Field field = field(raw, segment);
                if (field == null) {
                    return null;
                }
                type = field.property().type();
            }
        }
        return type;
    }

    /** The field a path ends in (the last field name, past any list indexes), or {@code null}. */
    static @Nullable Field fieldAt(List<String> path) {
        int last = path.size() - 1;
        while (last >= 0 && isIndex(path.get(last))) {
            last--;
        }
        if (last < 0) {
            return null;
        }
        Class<?> owner = raw(typeAt(path.subList(0, last)));
        // A name on a list (an object written where the list's "- " belongs) names no field.
        return owner == null || owner == List.class ? null : field(owner, path.get(last));
    }

    /**
     * A field of the records a value of a type may be: the record's own, or, for a sealed
     * interface (a block), that of the first variant that has a field of the name, as the wire
     * format tells a variant by the fields an object has. A date is text, not an object.
     */
    private static @Nullable Field field(Class<?> owner, String name) {
        for (Class<?> record : records(owner)) {
            Property p = RecordShape.of(record).property(name);
            if (p != null) {
                return new Field(record, p);
            }
        }
        return null;
    }

    /**
     * The records whose fields an object of a type may have: the record itself, or every variant
     * of a sealed interface in declared order; none for a value written as text or a number.
     */
    static List<Class<?>> records(@Nullable Type type) {
        Class<?> raw = raw(type);
        while (raw == List.class) {
            type = elementType(type);
            raw = raw(type);
        }
        if (raw == null || raw == PartialDate.class) {
            return List.of(); // no fields to name: a date is written as text
        }
        if (raw.isRecord()) {
            return List.of(raw);
        }
        if (raw.isInterface() && raw.isSealed()) {
            return WireFormat.variants(raw);
        }
        return List.of();
    }

    /** The values a field at a type takes from a closed list (an enum's, or true and false), or none. */
    static List<String> values(@Nullable Type type) {
        Class<?> raw = raw(type);
        while (raw == List.class) {
            type = elementType(type);
            raw = raw(type);
        }
        if (raw == null) {
            return List.of();
        }
        if (raw.isEnum()) {
            return WireFormat.enumNames(raw);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return List.of("true", "false");
        }
        return List.of();
    }

    /** The type in words for an editor: "text", "a list of risk factors", "one of: a, b". */
    static String describe(@Nullable Type type) {
        Class<?> raw = raw(type);
        if (raw == null) {
            return "a value";
        }
        if (raw == String.class) {
            return "text";
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            return "a whole number";
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return "true or false";
        }
        if (raw == LocalDate.class) {
            return "a date, YYYY-MM-DD";
        }
        if (raw == PartialDate.class) {
            return "a date: YYYY, YYYY-MM or YYYY-MM-DD";
        }
        if (raw.isEnum()) {
            return "one of: " + String.join(", ", WireFormat.enumNames(raw));
        }
        if (raw == List.class) {
            Type element = elementType(type);
            return element == null ? "a list" : "a list of " + plural(element);
        }
        if (raw.isRecord()) {
            return WireFormat.hasTextForm(raw)
                    ? "text, or an object (" + words(raw.getSimpleName()) + ")"
                    : "an object (" + words(raw.getSimpleName()) + ")";
        }
        if (raw.isInterface() && raw.isSealed()) {
            return "a " + words(raw.getSimpleName()) + ": " + String.join(", or ",
                    WireFormat.variants(raw).stream().map(v -> (WireFormat.hasTextForm(v) ? "text" : "an object with " + WireFormat.discriminator(v))
                            + " (" + words(v.getSimpleName()) + ")").toList());
        }
        return words(raw.getSimpleName());
    }

    private static String plural(Type element) {
        Class<?> raw = raw(element);
        if (raw == String.class) {
            return "texts";
        }
        if (raw != null && (raw.isRecord() || raw.isEnum() || raw.isInterface())) {
            String w = words(raw.getSimpleName());
            return w.endsWith("s") ? w : w + "s";
        }
        return describe(element);
    }

    static String words(String camel) {
        return camel.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }

    /** The element type of a list type, or {@code null} for a bare {@code List} that has none. */
    private static @Nullable Type elementType(@Nullable Type listType) {
        return listType instanceof ParameterizedType ? Property.elementType(listType) : null;
    }

    private static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.chars().allMatch(Character::isDigit);
    }

    private static @Nullable Class<?> raw(@Nullable Type type) {
        if (type == null) {
            return null;
        }
        try {
            return Property.raw(type);
        } catch (IllegalArgumentException e) {
            return null; // a type the wire format has no shape for
        }
    }
}
