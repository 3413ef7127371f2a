package org.conditioncontent.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.Paragraph;
import org.conditioncontent.model.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * The article wire format, defined once:
 * <ul>
 *   <li>a record is a JSON object whose field names are the record's component names, written in
 *       component order;</li>
 *   <li>absent values ({@code null}), empty lists and {@code false} are omitted, and read back as
 *       {@code null}, the empty list and {@code false}; the one exception is the field that tells
 *       a variant of a sealed interface apart (its first component, see below), which is written
 *       even as an empty list ({@code {"items": []}}), since an object without it could not be read
 *       back as that variant;</li>
 *   <li>enum constants are lower-case with hyphens ({@code DRUG_CLASS} is {@code "drug-class"});</li>
 *   <li>dates are ISO 8601 calendar dates ({@code "2024-05-01"}); a {@link PartialDate} is
 *       written to its precision ({@code "2019"}, {@code "2019-10"}, {@code "2019-10-04"});</li>
 *   <li>a record with a <em>text form</em> ({@link Paragraph} always, {@link Item} when it has
 *       only its text) is written as the text of its first component alone;</li>
 *   <li>a value of a sealed interface (a {@code Block}) is written as its record; on reading, a
 *       text is the interface's text-form variant and an object is the variant whose first
 *       component it has as a field;</li>
 *   <li>an article's {@code formatVersion} is always written as {@link Condition#FORMAT_VERSION},
 *       the format the model holds, whatever the record says;</li>
 *   <li>the canonical document is UTF-8, indented by two spaces, and ends with a newline.</li>
 * </ul>
 */
public final class WireFormat {

    private WireFormat() {}

    /** The records that may be written as the text of their first component. */
    private static final Set<Class<?>> TEXT_FORMS = Set.of(Paragraph.class, Item.class);

    /**
     * Whether a record type may stand as the text of its first component: a paragraph is its
     * text, and an item with nothing but its text is that text.
     *
     * @param type a type
     * @return whether values of the type may be written as text
     */
    public static boolean hasTextForm(Class<?> type) {
        return TEXT_FORMS.contains(type);
    }

    /**
     * The records a sealed interface of the model permits, in their declared order.
     *
     * @param type a sealed interface
     * @return its permitted records
     * @throws IllegalArgumentException if the type is not a sealed interface of records
     */
    public static List<Class<?>> variants(Class<?> type) {
        List<Class<?>> variants = VARIANTS.get(type);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException(type.getName() + " is not a sealed interface of records");
        }
        return variants;
    }

    /**
     * Each sealed interface's records, or none for another type. Looked up once per type: the
     * binder asks for every block it reads, and {@code getPermittedSubclasses} resolves classes.
     */
    private static final ClassValue<List<Class<?>>> VARIANTS = new ClassValue<>() {
        @Override
        protected List<Class<?>> computeValue(Class<?> type) {
            Class<?>[] permitted = type.isInterface() ? type.getPermittedSubclasses() : null;
            return permitted == null || !Arrays.stream(permitted).allMatch(Class::isRecord) ? List.of() : List.of(permitted);
        }
    };

    /**
     * The variant of a sealed interface that a text stands for.
     *
     * @param type a sealed interface
     * @return the permitted record with a text form, or {@code null} if none has one
     */
    public static @Nullable Class<?> textVariant(Class<?> type) {
        for (Class<?> variant : variants(type)) {
            if (hasTextForm(variant)) {
                return variant;
            }
        }
        return null;
    }

    /**
     * The variant of a sealed interface that an object stands for: the first permitted record
     * whose first component the object has as a field.
     *
     * @param type a sealed interface
     * @param hasField whether the object has a field of a name
     * @return the variant, or {@code null} if the object has none of the variants' first fields
     */
    public static @Nullable Class<?> objectVariant(Class<?> type, Predicate<String> hasField) {
        for (Class<?> variant : variants(type)) {
            if (hasField.test(discriminator(variant))) {
                return variant;
            }
        }
        return null;
    }

    /**
     * The field that tells a variant of a sealed interface in an object: its first component.
     *
     * @param variant a permitted record
     * @return the first component's name
     */
    public static String discriminator(Class<?> variant) {
        return RecordShape.of(variant).properties().get(0).name();
    }

    /**
     * The wire name of an enum constant.
     *
     * @param value the constant
     * @return its name in lower case with hyphens for underscores
     */
    public static String enumName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The enum constant with a wire name.
     *
     * @param type the enum class
     * @param wireName a wire name, such as {@code "drug-class"}
     * @param <E> the enum type
     * @return the constant, or {@code null} if none has that wire name
     */
    public static <E extends Enum<E>> @Nullable E enumValue(Class<E> type, String wireName) {
        return type.cast(ENUM_VALUES.get(type).get(wireName));
    }

    /**
     * Each enum's constants by wire name, made once per enum: the binder looks up every kind,
     * role and type it reads, and making each constant's wire name anew lower-cased a string per
     * constant per look-up.
     */
    private static final ClassValue<Map<String, Object>> ENUM_VALUES = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> values = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                values.put(enumName((Enum<?>) constant), constant);
            }
            return Map.copyOf(values);
        }
    };

    /**
     * Every wire name of an enum, in declaration order.
     *
     * @param type the enum class
     * @return the names
     */
    public static List<String> enumNames(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> enumName((Enum<?>) c)).toList();
    }

    /**
     * Reads a date in the wire format.
     *
     * @param text the text, such as {@code "2024-05-01"}
     * @return the date, or {@code null} if the text is not an ISO 8601 calendar date of the form
     *     {@code YYYY-MM-DD} with a year from 1000 to 9999
     */
    public static @Nullable LocalDate parseDate(String text) {
        // Exactly YYYY-MM-DD with a four-digit year from 1000: LocalDate also reads "+999999999-01-01",
        // which no article date is, and which a partial date could not hold after an upgrade.
        if (text.length() != 10 || text.charAt(0) == '0') {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Whether a value is left out of the wire format: {@code null}, an empty list, or {@code false}.
     *
     * @param value a component's value
     * @return {@code true} when it is not written
     */
    public static boolean isOmitted(@Nullable Object value) {
        return value == null || Boolean.FALSE.equals(value) || (value instanceof List<?> list && list.isEmpty());
    }

    /**
     * Writes a record as a canonical JSON document.
     *
     * @param value the record
     * @param out where the document goes
     * @throws UncheckedIOException if writing fails
     * @throws IllegalArgumentException if the record holds a value of a type the wire format lacks
     */
    public static void write(Record value, Appendable out) {
        try {
            writeValue(value, out, 0);
            out.append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeValue(Object value, Appendable out, int depth) throws IOException {
        if (value instanceof String s) {
            writeString(s, out);
        } else if (value instanceof Record record && !(value instanceof PartialDate)) {
            writeRecord(record, out, depth);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                lineBreak(out, depth + 1, i > 0);
                writeValue(list.get(i), out, depth + 1);
            }
            lineBreak(out, depth, false);
            out.append(']');
        } else if (value instanceof Enum<?> e) {
            out.append(ENUM_LITERALS.get(e.getDeclaringClass())[e.ordinal()]);
        } else if (value instanceof Integer || value instanceof Boolean) {
            out.append(value.toString());
        } else if (value instanceof LocalDate || value instanceof PartialDate) {
            writeString(value.toString(), out);
        } else {
            throw new IllegalArgumentException("No wire format for " + value.getClass().getName());
        }
    }

    private static void writeRecord(Record record, Appendable out, int depth) throws IOException {
        RecordPlan plan = PLANS.get(record.getClass());
        Property[] properties = plan.properties;
        if (plan.textForm && onlyFirstComponent(record, properties)) {
            String text = (String) properties[0].read(record);
            // A paragraph built in code with null text is invalid, but a renderer never fails on
            // content: the text is absent, and the record is written as the object it then is.
            if (text != null) {
                writeString(text, out);
                return;
            }
        }
        out.append('{');
        boolean first = true;
        for (int i = 0; i < properties.length; i++) {
            Object v = written(record, properties[i]);
            if (isOmitted(v)) {
                // An empty ItemList left as {} could not be read back as a list (decision 2's
                // omission met the variant's only field), so a variant keeps the field that
                // tells it apart. Only here, once a value is omitted: a present value pays nothing.
                if (i == 0 && plan.toldByFirst && v instanceof List) {
                    lineBreak(out, depth + 1, false);
                    first = false;
                    writeKey(plan, i, out);
                    out.append("[]");
                }
                continue;
            }
            lineBreak(out, depth + 1, !first);
            first = false;
            writeKey(plan, i, out);
            writeValue(v, out, depth + 1);
        }
        if (!first) {
            lineBreak(out, depth, false);
        }
        out.append('}');
    }

    /**
     * The value written for a component: its value, except an article's format version, which is
     * always {@link Condition#FORMAT_VERSION}. An article in memory is always in the current
     * format (the loader upgrades older ones), so a document labelled with another version would
     * not load back, or would load as another format.
     */
    private static Object written(Record record, Property property) {
        return record instanceof Condition && property.name().equals("formatVersion") ? Integer.valueOf(Condition.FORMAT_VERSION)
                : property.read(record);
    }

    /** Writes a field's key and its colon, from the bytes made once when the sink takes them. */
    private static void writeKey(RecordPlan plan, int i, Appendable out) throws IOException {
        if (out instanceof Utf8Sink sink) {
            sink.writeUtf8(plan.keyBytes[i]);
        } else {
            out.append(plan.keys[i]);
        }
    }

    /**
     * Whether a record is an object variant of a sealed interface (an {@code ItemList}, an
     * {@code Aside}, a {@code Media}): a reader tells it by its first component, which the
     * writers therefore keep even when it is an empty list.
     *
     * @param type a record class
     * @return {@code true} when the type is a permitted record of a sealed interface and has no text form
     */
    static boolean isToldByFirst(Class<?> type) {
        if (hasTextForm(type)) {
            return false;
        }
        for (Class<?> implemented : type.getInterfaces()) {
            if (implemented.isSealed() && VARIANTS.get(implemented).contains(type)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the writer needs of a record class, worked out once per class: its properties as an
     * array, each key as the JSON it is written as ({@code "title": }), and whether it has a text
     * form. Writing an article reads these for every record in it (see docs/performance.md).
     */
    private static final class RecordPlan {
        final Property[] properties;
        final String[] keys;
        /** The keys in UTF-8, which a sink copies as they are instead of encoding them again. */
        final byte[][] keyBytes;
        final boolean textForm;
        /** Whether the first component is written even when it is an empty list: see {@link #isToldByFirst}. */
        final boolean toldByFirst;

        RecordPlan(Class<?> type) {
            this.properties = RecordShape.of(type).properties().toArray(Property[]::new);
            this.keys = new String[properties.length];
            this.keyBytes = new byte[properties.length][];
            for (int i = 0; i < properties.length; i++) {
                StringBuilder key = new StringBuilder(properties[i].name().length() + 4);
                JsonStrings.write(properties[i].name(), key);
                keys[i] = key.append(": ").toString();
                keyBytes[i] = keys[i].getBytes(StandardCharsets.UTF_8);
            }
            this.textForm = hasTextForm(type);
            this.toldByFirst = isToldByFirst(type);
        }
    }

    private static final ClassValue<RecordPlan> PLANS = new ClassValue<>() {
        @Override
        protected RecordPlan computeValue(Class<?> type) {
            return new RecordPlan(type);
        }
    };

    /** Each enum's constants as JSON string literals, by ordinal: {@code "drug-class"} with its quotes. */
    private static final ClassValue<String[]> ENUM_LITERALS = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] literals = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                StringBuilder literal = new StringBuilder();
                JsonStrings.write(enumName((Enum<?>) constants[i]), literal);
                literals[i] = literal.toString();
            }
            return literals;
        }
    };

    /** Deep enough for any article; a deeper value's line breaks are made when needed. */
    private static final int KEPT_DEPTHS = 16;
    /** A line break and the indentation of each depth: the writer appends one string, not depth pieces. */
    private static final String[] LINE_BREAKS = new String[KEPT_DEPTHS];
    /** The same after a comma. */
    private static final String[] COMMA_LINE_BREAKS = new String[KEPT_DEPTHS];

    /** The same in UTF-8 (ASCII), which a sink copies as they are instead of encoding them again. */
    private static final byte[][] LINE_BREAK_BYTES = new byte[KEPT_DEPTHS][];
    /** The same after a comma. */
    private static final byte[][] COMMA_LINE_BREAK_BYTES = new byte[KEPT_DEPTHS][];

    static {
        for (int depth = 0; depth < KEPT_DEPTHS; depth++) {
            LINE_BREAKS[depth] = "\n" + "  ".repeat(depth);
            COMMA_LINE_BREAKS[depth] = "," + LINE_BREAKS[depth];
            LINE_BREAK_BYTES[depth] = LINE_BREAKS[depth].getBytes(StandardCharsets.US_ASCII);
            COMMA_LINE_BREAK_BYTES[depth] = COMMA_LINE_BREAKS[depth].getBytes(StandardCharsets.US_ASCII);
        }
    }

    /**
     * Appends a line break and the indentation of a depth, after a comma when {@code comma}. To a
     * sink, as bytes made once: its encoding loop over each constant's characters, after a call
     * through {@code Appendable} for the length, made the wire format cost more there than in a
     * {@code StringBuilder}.
     */
    private static void lineBreak(Appendable out, int depth, boolean comma) throws IOException {
        if (depth >= KEPT_DEPTHS) {
            out.append(comma ? "," : "").append("\n").append("  ".repeat(depth));
        } else if (out instanceof Utf8Sink sink) {
            sink.writeUtf8(comma ? COMMA_LINE_BREAK_BYTES[depth] : LINE_BREAK_BYTES[depth]);
        } else {
            out.append(comma ? COMMA_LINE_BREAKS[depth] : LINE_BREAKS[depth]);
        }
    }

    /**
     * Writes a record as a YAML document of the same wire format: block style, fields in
     * component order, absent values left out, texts plain where YAML reads them back as the same
     * text and double-quoted (with JSON's escapes, which YAML shares) where it would not.
     * Loading the output gives back an equal record.
     *
     * @param value the record
     * @param out where the document goes
     * @throws UncheckedIOException if writing fails
     * @throws IllegalArgumentException if the record holds a value of a type the wire format lacks
     */
    public static void writeYaml(Record value, Appendable out) {
        try {
            Object shown = textOf(value);
            if (shown != null) {
                throw new IllegalArgumentException("A YAML document must be an object, not the text of " + value.getClass().getSimpleName());
            }
            yamlFields(value, out, 0, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text a record stands as, or {@code null} when it is written as an object. */
    private static @Nullable String textOf(Object value) {
        if (value instanceof Record record && hasTextForm(record.getClass()) && onlyFirstComponent(record)) {
            return (String) RecordShape.of(record.getClass()).properties().get(0).read(record);
        }
        return null;
    }

    /**
     * Writes a record's fields as a block mapping at an indentation; the first field goes on
     * the current line when {@code inline} (after a list's dash).
     */
    private static void yamlFields(Record record, Appendable out, int indent, boolean inline) throws IOException {
        boolean first = true;
        boolean toldByFirst = PLANS.get(record.getClass()).toldByFirst;
        List<Property> properties = RecordShape.of(record.getClass()).properties();
        for (int i = 0; i < properties.size(); i++) {
            Property property = properties.get(i);
            Object v = written(record, property);
            // As in JSON, a variant keeps the field that tells it apart ("items: []"), else an
            // empty list would be written as {}, which no reader takes for that variant.
            boolean kept = i == 0 && toldByFirst && v instanceof List<?> list && list.isEmpty();
            if (isOmitted(v) && !kept) {
                continue;
            }
            if (!(first && inline)) {
                indent(out, indent);
            }
            first = false;
            out.append(property.name()).append(':');
            if (kept) {
                out.append(" []\n");
            } else {
                yamlValue(v, out, indent);
            }
        }
        if (first) {
            out.append("{}\n"); // at the top, or after a list's dash
        }
    }

    /** Writes a field's value after its key and colon, and ends the line. */
    private static void yamlValue(Object value, Appendable out, int indent) throws IOException {
        String text = textOf(value);
        if (text != null || value instanceof String) {
            out.append(' ');
            yamlScalar(text != null ? text : (String) value, out);
            out.append('\n');
        } else if (value instanceof List<?> list) {
            out.append('\n');
            for (Object item : list) {
                indent(out, indent + 1);
                out.append("- ");
                String itemText = textOf(item);
                if (itemText != null || item instanceof String) {
                    yamlScalar(itemText != null ? itemText : (String) item, out);
                    out.append('\n');
                } else if (item instanceof Record r && !(item instanceof PartialDate)) {
                    yamlFields(r, out, indent + 2, true);
                } else {
                    yamlAtom(item, out);
                    out.append('\n');
                }
            }
        } else if (value instanceof Record record && !(value instanceof PartialDate)) {
            if (RecordShape.of(record.getClass()).properties().stream().allMatch(p -> isOmitted(p.read(record)))) {
                out.append(" {}\n");
            } else {
                out.append('\n');
                yamlFields(record, out, indent + 1, false);
            }
        } else {
            out.append(' ');
            yamlAtom(value, out);
            out.append('\n');
        }
    }

    private static void yamlAtom(Object value, Appendable out) throws IOException {
        if (value instanceof Integer || value instanceof Boolean) {
            out.append(value.toString());
        } else if (value instanceof Enum<?> e) {
            out.append(enumName(e));
        } else if (value instanceof LocalDate || value instanceof PartialDate) {
            writeString(value.toString(), out); // quoted, so that YAML never takes it for a number or a timestamp
        } else {
            throw new IllegalArgumentException("No wire format for " + value.getClass().getName());
        }
    }

    /** A text: plain when YAML reads it back as the same text, else a double-quoted JSON string. */
    private static void yamlScalar(String s, Appendable out) throws IOException {
        if (isPlainSafe(s)) {
            out.append(s);
        } else {
            writeString(s, out);
        }
    }

    /**
     * Whether a text can be a plain YAML scalar: it starts with a letter or another character
     * with no meaning to YAML, holds no line break, control or separator character, no
     * {@code ": "} or {@code " #"}, does not end in a colon or a space, and is none of the words
     * YAML reads as true, false or null. Anything else is quoted; quoting too much is harmless.
     */
    static boolean isPlainSafe(String s) {
        if (s.isEmpty() || Character.isWhitespace(s.charAt(s.length() - 1)) || s.endsWith(":")) {
            return false;
        }
        char first = s.charAt(0);
        if (!Character.isLetter(first) && "(/$^\\_=<".indexOf(first) < 0) {
            return false;
        }
        if (s.contains(": ") || s.contains(" #") || s.contains("\t")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029' || c == '\ufeff') {
                return false;
            }
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false; // an unpaired half can only be written escaped
                }
                i++;
            }
        }
        String word = s.toLowerCase(Locale.ROOT);
        return !List.of("true", "false", "yes", "no", "on", "off", "y", "n", "null", "nan", "inf").contains(word);
    }

    private static boolean onlyFirstComponent(Record record) {
        return onlyFirstComponent(record, PLANS.get(record.getClass()).properties);
    }

    private static boolean onlyFirstComponent(Record record, Property[] properties) {
        for (int i = 1; i < properties.length; i++) {
            if (!isOmitted(properties[i].read(record))) {
                return false;
            }
        }
        return true;
    }

    private static void indent(Appendable out, int depth) throws IOException {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    /** Writes a JSON string literal as {@link JsonStrings#write(String, Appendable)} does. */
    static void writeString(String s, Appendable out) throws IOException {
        JsonStrings.write(s, out);
    }
}
