package org.conditioncontent.render.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import org.conditioncontent.json.JsonStrings;
import org.jspecify.annotations.Nullable;

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
 *
 * <p>A writer made with {@link #JsonWriter()} keeps the JSON for {@link #toJson()}; one made with
 * {@link #JsonWriter(Appendable)} writes it as it goes, straight into a page, so that the JSON is
 * never held as a string and scanned again on its way there.
 */
public final class JsonWriter {

    /** What is open: {@code true} for an object, {@code false} for an array. */
    private final Deque<Boolean> open = new ArrayDeque<>();
    /** Where the JSON goes: {@link #text}, or the page it is written into. */
    private final Appendable out;
    /** The JSON for {@link #toJson()}, or {@code null} when it goes straight to a page. */
    private final @Nullable StringBuilder text;
    /** Whether the document's value was started. */
    private boolean started;
    /** Whether the innermost open container has no member yet. */
    private boolean empty = true;
    /** Whether a key was written and its value is due. */
    private boolean valueDue;

    /** Creates a writer with nothing written, that keeps the JSON for {@link #toJson()}. */
    public JsonWriter() {
        // Sized for an article's JSON-LD (about 3,000 characters), so that it rarely grows.
        text = new StringBuilder(4096);
        out = text;
    }

    /**
     * Creates a writer that appends the JSON to {@code out} as it is written; see {@link #end()}.
     *
     * @param out where the JSON goes; it is not flushed or closed
     */
    public JsonWriter(Appendable out) {
        this.out = Objects.requireNonNull(out, "out must not be null");
        text = null;
    }

    /**
     * Starts an object, as a value or as the document.
     *
     * @return {@code this}
     * @throws IllegalStateException if a key is due instead
     */
    public JsonWriter beginObject() {
        beforeValue();
        append(OPEN_OBJECT);
        return push(true);
    }

    /**
     * Ends the innermost object.
     *
     * @return {@code this}
     * @throws IllegalStateException if the innermost open container is not an object, or a value is due
     */
    public JsonWriter endObject() {
        return pop(true, CLOSE_OBJECT);
    }

    /**
     * Starts an array, as a value.
     *
     * @return {@code this}
     * @throws IllegalStateException if a key is due instead
     */
    public JsonWriter beginArray() {
        beforeValue();
        append(OPEN_ARRAY);
        return push(false);
    }

    /**
     * Ends the innermost array.
     *
     * @return {@code this}
     * @throws IllegalStateException if the innermost open container is not an array
     */
    public JsonWriter endArray() {
        return pop(false, CLOSE_ARRAY);
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
        append(COLON);
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
        append(Long.toString(value));
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
     * @throws IllegalStateException if nothing was written, an object or array is still open, or
     *     the writer was made with {@link #JsonWriter(Appendable)} and so keeps nothing
     */
    public String toJson() {
        end();
        if (text == null) {
            throw new IllegalStateException("the JSON was written to where it goes, and is not kept");
        }
        return text.toString();
    }

    /**
     * Checks that the document is complete, as when the last of it was written to where it goes.
     *
     * @throws IllegalStateException if nothing was written, an object or array is still open, or
     *     a value is due
     */
    public void end() {
        if (!started) {
            throw new IllegalStateException("the JSON is not complete: no value was written");
        }
        if (!open.isEmpty() || valueDue) {
            throw new IllegalStateException("the JSON is not complete: " + open.size() + " containers are open");
        }
    }

    private void beforeValue() {
        if (valueDue) {
            valueDue = false;
            return;
        }
        if (!open.isEmpty() && open.peek()) {
            throw new IllegalStateException("a value inside an object needs a key first");
        }
        if (open.isEmpty() && started) {
            throw new IllegalStateException("a JSON document has one value");
        }
        started = true;
        if (!open.isEmpty()) {
            separate();
        }
    }

    /** A comma after the previous member, then a line break and the indentation of this one. */
    private void separate() {
        if (!empty) {
            append(COMMA);
        }
        empty = false;
        newline(open.size());
    }

    private JsonWriter push(boolean object) {
        open.push(object);
        empty = true;
        return this;
    }

    private JsonWriter pop(boolean object, Utf8Constant close) {
        if (open.isEmpty() || open.peek() != object || valueDue) {
            throw new IllegalStateException("nothing to close with " + close);
        }
        open.pop();
        if (!empty) {
            newline(open.size());
        }
        append(close);
        empty = false;
        return this;
    }

    /**
     * A line break and the indentation of each depth that JSON-LD reaches, so that a new line is
     * one append rather than one per level.
     */
    private static final Utf8Constant[] NEWLINES = {
        Utf8Constant.of("\n"),
        Utf8Constant.of("\n  "),
        Utf8Constant.of("\n    "),
        Utf8Constant.of("\n      "),
        Utf8Constant.of("\n        "),
        Utf8Constant.of("\n          "),
    };
    private static final Utf8Constant INDENT = Utf8Constant.of("  ");
    private static final Utf8Constant OPEN_OBJECT = Utf8Constant.of("{");
    private static final Utf8Constant CLOSE_OBJECT = Utf8Constant.of("}");
    private static final Utf8Constant OPEN_ARRAY = Utf8Constant.of("[");
    private static final Utf8Constant CLOSE_ARRAY = Utf8Constant.of("]");
    private static final Utf8Constant COMMA = Utf8Constant.of(",");
    private static final Utf8Constant COLON = Utf8Constant.of(": ");

    private void newline(int depth) {
        if (depth < NEWLINES.length) {
            append(NEWLINES[depth]);
            return;
        }
        append(NEWLINES[NEWLINES.length - 1]);
        for (int i = NEWLINES.length - 1; i < depth; i++) {
            append(INDENT);
        }
    }

    /** Writes a string literal, safe inside a script element (see {@link JsonStrings#writeForScript}). */
    private void string(String s) {
        try {
            JsonStrings.writeForScript(s, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void append(String s) {
        try {
            out.append(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a constant of the syntax: its bytes made once to the library's sink, its text elsewhere. */
    private void append(Utf8Constant constant) {
        constant.writeTo(out);
    }
}
