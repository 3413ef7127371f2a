package org.conditioncontent.loader.report;

import java.util.List;
import java.util.Map;
import org.conditioncontent.json.JsonStrings;

/**
 * Writes a tree of maps, lists, strings, whole numbers and booleans as JSON indented by two
 * spaces, keys in the maps' order. For the SARIF report, which people open and diff: one value a
 * line reads better there than the single line of the JSON report. Strings are escaped as in
 * {@link JsonStrings#write(String, StringBuilder)}.
 */
final class IndentedJson {

    private static final String INDENT = "  ";

    private IndentedJson() {}

    /**
     * The JSON text of a value, without a trailing newline.
     *
     * @param value a {@link Map} with string keys, a {@link List}, a {@link String}, an
     *     {@link Integer} or {@link Long}, or a {@link Boolean}
     * @return the text
     * @throws IllegalArgumentException for a value of another type
     */
    static String write(Object value) {
        StringBuilder json = new StringBuilder(4096);
        write(value, json, 0);
        return json.toString();
    }

    private static void write(Object value, StringBuilder json, int depth) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                json.append("{}");
                return;
            }
            json.append('{');
            String separator = "\n";
            for (Map.Entry<?, ?> e : map.entrySet()) {
                json.append(separator).append(INDENT.repeat(depth + 1));
                JsonStrings.write((String) e.getKey(), json);
                json.append(": ");
                write(e.getValue(), json, depth + 1);
                separator = ",\n";
            }
            json.append('\n').append(INDENT.repeat(depth)).append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                json.append("[]");
                return;
            }
            json.append('[');
            String separator = "\n";
            for (Object item : list) {
                json.append(separator).append(INDENT.repeat(depth + 1));
                write(item, json, depth + 1);
                separator = ",\n";
            }
            json.append('\n').append(INDENT.repeat(depth)).append(']');
        } else if (value instanceof String s) {
            JsonStrings.write(s, json);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            json.append(value);
        } else {
            throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
        }
    }
}
