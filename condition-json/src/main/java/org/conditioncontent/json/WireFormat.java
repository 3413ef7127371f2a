package org.conditioncontent.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The article wire format, defined once:
 * <ul>
 *   <li>a record is a JSON object whose field names are the record's component names, written in
 *       component order;</li>
 *   <li>absent values ({@code null}), empty lists and {@code false} are omitted, and read back as
 *       {@code null}, the empty list and {@code false};</li>
 *   <li>enum constants are lower-case with hyphens ({@code DRUG_CLASS} is {@code "drug-class"});</li>
 *   <li>dates are ISO 8601 calendar dates ({@code "2024-05-01"});</li>
 *   <li>the canonical document is UTF-8, indented by two spaces, and ends with a newline.</li>
 * </ul>
 */
public final class WireFormat {

    private WireFormat() {}

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
        for (E constant : type.getEnumConstants()) {
            if (enumName(constant).equals(wireName)) {
                return constant;
            }
        }
        return null;
    }

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
     * @return the date, or {@code null} if the text is not an ISO 8601 calendar date
     */
    public static @Nullable LocalDate parseDate(String text) {
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
        } else if (value instanceof Integer || value instanceof Boolean) {
            out.append(value.toString());
        } else if (value instanceof Enum<?> e) {
            writeString(enumName(e), out);
        } else if (value instanceof LocalDate d) {
            writeString(d.toString(), out);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "\n" : ",\n");
                indent(out, depth + 1);
                writeValue(list.get(i), out, depth + 1);
            }
            out.append('\n');
            indent(out, depth);
            out.append(']');
        } else if (value instanceof Record record) {
            writeRecord(record, out, depth);
        } else {
            throw new IllegalArgumentException("No wire format for " + value.getClass().getName());
        }
    }

    private static void writeRecord(Record record, Appendable out, int depth) throws IOException {
        out.append('{');
        boolean first = true;
        for (Property property : RecordShape.of(record.getClass()).properties()) {
            Object v = property.read(record);
            if (isOmitted(v)) {
                continue;
            }
            out.append(first ? "\n" : ",\n");
            first = false;
            indent(out, depth + 1);
            writeString(property.name(), out);
            out.append(": ");
            writeValue(v, out, depth + 1);
        }
        if (!first) {
            out.append('\n');
            indent(out, depth);
        }
        out.append('}');
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
