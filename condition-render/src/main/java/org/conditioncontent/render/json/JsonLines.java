package org.conditioncontent.render.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.conditioncontent.json.Utf8Buffer;
import org.conditioncontent.json.Utf8Sink;
import org.conditioncontent.json.Utf8Text;
import org.conditioncontent.json.WireFormat;
import org.conditioncontent.model.Condition;

/**
 * A bundle of articles as JSON Lines ({@code .jsonl}): one article a line, in the canonical JSON of
 * {@link JsonRenderer} without its line breaks and indentation, sorted by id, each line ended by
 * {@code \n}. A syndication partner reads it a line at a time; each line loads back to an article
 * equal to the one written.
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonLines {

    /** The media type of a JSON Lines file. */
    public static final String MEDIA_TYPE = "application/jsonl";

    /**
     * The size, in characters of three bytes, of the buffer an article's JSON is made in on the
     * UTF-8 path: more than most articles, so that most are made without the buffer's bytes moved.
     */
    private static final int ARTICLE_CAPACITY = 8 * 1024;

    private JsonLines() {}

    /**
     * Writes the bundle.
     *
     * @param conditions the articles, in any order
     * @param out where the lines go; not flushed or closed
     * @throws NullPointerException if the list, an article in it or the output is {@code null}
     * @throws UncheckedIOException if writing fails
     */
    public static void render(List<Condition> conditions, Appendable out) {
        render(conditions, out, (condition, canonical) -> { });
    }

    /**
     * Writes the bundle, and hands each article's canonical JSON, exactly what
     * {@link JsonRenderer#render(Condition, Appendable)} writes for it, to {@code each} before the
     * article's line is written: whoever writes the articles' JSON files as well as the bundle
     * (an export of both) then serialises each article once.
     *
     * @param conditions the articles, in any order
     * @param out where the lines go; not flushed or closed
     * @param each receives every article, in the bundle's order (by id), with its canonical JSON;
     *     the text is only valid during the call (its buffer is reused for the next article), and
     *     must not be changed (the article's line is made from the same buffer after the call).
     *     What it throws stops the bundle and is thrown.
     * @throws NullPointerException if the list, an article in it, the output or {@code each} is
     *     {@code null}
     * @throws UncheckedIOException if writing fails
     */
    public static void render(List<Condition> conditions, Appendable out, BiConsumer<Condition, CharSequence> each) {
        Objects.requireNonNull(out, "out must not be null");
        Objects.requireNonNull(each, "each must not be null");
        List<Condition> sorted = new ArrayList<>(conditions);
        sorted.sort(Comparator.comparing(c -> Objects.requireNonNullElse(c.id(), "")));
        if (out instanceof Utf8Sink sink) {
            try {
                renderUtf8(sorted, sink, each);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        StringBuilder json = new StringBuilder(4096);
        char[] text = new char[4096];
        try {
            for (Condition c : sorted) {
                json.setLength(0);
                WireFormat.write(Objects.requireNonNull(c, "conditions must not hold null"), json);
                int length = json.length();
                if (text.length <= length) {
                    text = new char[Math.max(length + 1, 2 * text.length)];
                }
                // A loop over an array, not charAt and append per character: this runs over every
                // character of every article, under C1 alone in a cold export.
                json.getChars(0, length, text, 0);
                // The copy, not the builder: a writer takes the array as it is, where a builder
                // would be copied out of once more (a loop per character for a Latin-1 builder).
                each.accept(c, CharBuffer.wrap(text, 0, length));
                int n = oneLine(text, length);
                text[n++] = '\n';
                if (out instanceof Writer writer) {
                    writer.write(text, 0, n);
                } else {
                    out.append(String.valueOf(text, 0, n));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bundle written to the library's UTF-8 sink (an export's file): each article's canonical
     * JSON made and encoded once, its strings escaped and encoded in one pass, into a
     * {@link Utf8Buffer}; {@code each} gets those bytes as a {@link Utf8Text}, which a sink copies
     * as they are (an article's JSON file), and the line is the same bytes without the layout's
     * line breaks and indentation. The bytes are those the characters of the other path encode to
     * (decision 111): canonical JSON holds no unpaired surrogate, and dropping ASCII bytes from
     * UTF-8 leaves every multi-byte character whole, as each of its bytes is at least 0x80.
     */
    private static void renderUtf8(List<Condition> sorted, Utf8Sink out, BiConsumer<Condition, CharSequence> each)
            throws IOException {
        Utf8Buffer json = new Utf8Buffer(ARTICLE_CAPACITY);
        byte[] line = new byte[3 * ARTICLE_CAPACITY + 1];
        for (Condition c : sorted) {
            json.reset();
            WireFormat.write(Objects.requireNonNull(c, "conditions must not hold null"), json);
            Utf8Text canonical = json.text();
            each.accept(c, canonical);
            int length = canonical.byteLength();
            if (line.length <= length) {
                line = new byte[Math.max(length + 1, 2 * line.length)];
            }
            int n = oneLine(canonical.array(), length, line);
            line[n++] = '\n';
            out.writeUtf8(line, 0, n);
        }
    }

    /**
     * Copies the first {@code length} bytes of a canonical document, UTF-8, to {@code line}
     * without its line breaks and the spaces that indent the line after each, as
     * {@link #oneLine(char[], int)} does with characters.
     *
     * @return how many bytes were copied to the start of {@code line}
     */
    private static int oneLine(byte[] text, int length, byte[] line) {
        int n = 0;
        boolean indent = false;
        for (int i = 0; i < length; i++) {
            byte b = text[i];
            if (b == '\n') {
                indent = true;
            } else if (!(indent && b == ' ')) {
                indent = false;
                line[n++] = b;
            }
        }
        return n;
    }

    /**
     * A canonical document on one line. Every line break in canonical JSON is the layout's: a
     * string's own line breaks are written as {@code \n} escapes. So dropping each line break and
     * the indentation after it leaves the same JSON value.
     */
    static String line(CharSequence canonical) {
        char[] text = canonical.toString().toCharArray();
        return String.valueOf(text, 0, oneLine(text, text.length));
    }

    /**
     * Drops, in place, every line break of the first {@code length} characters and the spaces
     * that indent the line after it, as {@link #line} describes.
     *
     * @return how many characters are left at the start of {@code text}
     */
    private static int oneLine(char[] text, int length) {
        int n = 0;
        boolean indent = false;
        for (int i = 0; i < length; i++) {
            char ch = text[i];
            if (ch == '\n') {
                indent = true;
            } else if (!(indent && ch == ' ')) {
                indent = false;
                text[n++] = ch;
            }
        }
        return n;
    }
}
