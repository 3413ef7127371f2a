package org.conditioncontent.render.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.conditioncontent.json.Utf8Sink;

/**
 * A constant piece of a renderer's output (markup such as {@code </section>} and its line break,
 * a list's {@code "- "}, a line break) with its UTF-8 bytes made once. Written to the library's
 * {@link Utf8Sink} (an export's file), the bytes are copied as they are; written to any other
 * {@code Appendable} (a user's {@code StringBuilder} or {@code Writer}), the text is appended as
 * before. Either way the output is the same characters: a constant went through the sink's
 * encoding loop a character at a time, with an interface call to reach it, on every page.
 */
public final class Utf8Constant {

    private final String text;
    private final byte[] utf8;

    private Utf8Constant(String text) {
        this.text = text;
        this.utf8 = text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A constant of this text.
     *
     * @param text the text; not empty, and neither starting with a low surrogate nor ending with
     *     a high one, so that its bytes are what the sink would encode it to whatever came before
     * @return the constant
     * @throws IllegalArgumentException if the text is empty or starts or ends with half a pair
     */
    public static Utf8Constant of(String text) {
        Objects.requireNonNull(text, "text must not be null");
        if (text.isEmpty()
                || Character.isLowSurrogate(text.charAt(0))
                || Character.isHighSurrogate(text.charAt(text.length() - 1))) {
            throw new IllegalArgumentException("a constant must be whole characters, not empty: \"" + text + "\"");
        }
        return new Utf8Constant(text);
    }

    /**
     * The text.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * Writes the constant: its bytes to a {@link Utf8Sink}, its text to any other {@code Appendable}.
     *
     * @param out where it goes
     * @throws UncheckedIOException if writing fails
     */
    public void writeTo(Appendable out) {
        try {
            if (out instanceof Utf8Sink sink) {
                sink.writeUtf8(utf8);
            } else {
                out.append(text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
