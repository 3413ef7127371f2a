package org.conditioncontent.render.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import org.conditioncontent.json.JsonStrings;

/**
 * Writes JSON that is safe to put inside an HTML {@code <script>} element as it is, such as a
 * schema.org JSON-LD block. Small on purpose: objects, arrays, strings and integers are all that
 * structured data needs, and writing them by hand keeps Jackson out of the HTML renderer.
 *
 * <p>Strings are escaped as JSON requires ({@code "}, {@code \}, control characters) and further,
 * so that no text can end the script element or confuse the HTML parser around it:
 * {@code <}, {@code >} and {@code &} become <code>&#92;u003c</code>, <code>&#92;u003e</code> and
 * <code>&#92;u0026</code>; U+2028 and U+2029 (line breaks to older JavaScript parsers), C1 controls
 * and noncharacters become escapes (a backslash, u and four hex digits) too. A JSON parser reads back exactly
 * the string that was written, except that an unpaired surrogate, which has no UTF-8 form and
 * which strict JSON readers refuse, becomes U+FFFD. The output never contains a {@code <}.
 *
 * <p>Keys come out in the order they are written, so the same calls give the same bytes. The
 * output is indented by two spaces, one key or element a line, so that golden files diff well.
 * Misuse (a value where a key is due, an unbalanced end) throws {@link IllegalStateException}
 * rather than write invalid JSON. Not thread-safe; make one per document.
 */
public final class JsonWriter {

    /** What is open: {@code true} for an object, {@code false} for an array. */
    private final Deque<Boolean> open = new ArrayDeque<>();
    /** Sized for an article's JSON-LD (about 3,000 characters), so that it rarely grows. */
    private final StringBuilder out = new StringBuilder(4096);
    /** Whether the innermost open container has no member yet. */
    private boolean empty = true;
    /** Whether a key was written and its value is due. */
    private boolean valueDue;

    /** Creates a writer with nothing written. */
    public JsonWriter() {}

    /**
     * Starts an object, as a value or as the document.
     *
     * @return {@code this}
     * @throws IllegalStateException if a key is due instead
     */
    public JsonWriter beginObject() {
        beforeValue();
        out.append('{');
        return push(true);
    }

    /**
     * Ends the innermost object.
     *
     * @return {@code this}
     * @throws IllegalStateException if the innermost open container is not an object, or a value is due
     */
    public JsonWriter endObject() {
        return pop(true, '}');
    }

    /**
     * Starts an array, as a value.
     *
     * @return {@code this}
     * @throws IllegalStateException if a key is due instead
     */
    public JsonWriter beginArray() {
        beforeValue();
        out.append('[');
        return push(false);
    }

    /**
     * Ends the innermost array.
     *
     * @return {@code this}
     * @throws IllegalStateException if the innermost open container is not an array
     */
    public JsonWriter endArray() {
        return pop(false, ']');
    }

    /**
     * Writes a key of the innermost object; its value comes next.
     *
     * @param name the key
     * @return {@code this}
     * @throws IllegalStateException if no object is open or a value is due
     */
    public JsonWriter name(String name) {
        if (open.isEmpty() || !open.peek() || valueDue) {
            throw new IllegalStateException("a key must be written inside an object, before its value");
        }
        separate();
        string(name);
        out.append(": ");
        valueDue = true;
        return this;
    }

    /**
     * Writes a string value, escaped.
     *
     * @param value the string
     * @return {@code this}
     * @throws IllegalStateException if a key is due instead
     */
    public JsonWriter value(String value) {
        beforeValue();
        string(value);
        return this;
    }

    /**
     * Writes an integer value.
     *
     * @param value the number
     * @return {@code this}
     * @throws IllegalStateException if a key is due instead
     */
    public JsonWriter value(long value) {
        beforeValue();
        out.append(value);
        return this;
    }

    /**
     * Writes a key and a string value: {@code "name": "value"}.
     *
     * @param name the key
     * @param value the string
     * @return {@code this}
     * @throws IllegalStateException if no object is open or a value is due
     */
    public JsonWriter property(String name, String value) {
        return name(name).value(value);
    }

    /**
     * The JSON written so far.
     *
     * @return the text
     * @throws IllegalStateException if an object or array is still open
     */
    public String toJson() {
        if (!open.isEmpty() || valueDue) {
            throw new IllegalStateException("the JSON is not complete: " + open.size() + " containers are open");
        }
        return out.toString();
    }

    private void beforeValue() {
        if (valueDue) {
            valueDue = false;
            return;
        }
        if (!open.isEmpty() && open.peek()) {
            throw new IllegalStateException("a value inside an object needs a key first");
        }
        if (open.isEmpty() && out.length() > 0) {
            throw new IllegalStateException("a JSON document has one value");
        }
        if (!open.isEmpty()) {
            separate();
        }
    }

    /** A comma after the previous member, then a line break and the indentation of this one. */
    private void separate() {
        if (!empty) {
            out.append(',');
        }
        empty = false;
        newline(open.size());
    }

    private JsonWriter push(boolean object) {
        open.push(object);
        empty = true;
        return this;
    }

    private JsonWriter pop(boolean object, char close) {
        if (open.isEmpty() || open.peek() != object || valueDue) {
            throw new IllegalStateException("nothing to close with " + close);
        }
        open.pop();
        if (!empty) {
            newline(open.size());
        }
        out.append(close);
        empty = false;
        return this;
    }

    /**
     * A line break and the indentation of each depth that JSON-LD reaches, so that a new line is
     * one append rather than one per level.
     */
    private static final String[] NEWLINES = {"\n", "\n  ", "\n    ", "\n      ", "\n        ", "\n          "};

    private void newline(int depth) {
        if (depth < NEWLINES.length) {
            out.append(NEWLINES[depth]);
            return;
        }
        out.append(NEWLINES[NEWLINES.length - 1]);
        for (int i = NEWLINES.length - 1; i < depth; i++) {
            out.append("  ");
        }
    }

    /** Writes a string literal, safe inside a script element (see {@link JsonStrings#writeForScript}). */
    private void string(String s) {
        JsonStrings.writeForScript(s, out);
    }
}
