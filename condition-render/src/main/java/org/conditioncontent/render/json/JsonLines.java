package org.conditioncontent.render.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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
        Objects.requireNonNull(out, "out must not be null");
        List<Condition> sorted = new ArrayList<>(conditions);
        sorted.sort(Comparator.comparing(c -> Objects.requireNonNullElse(c.id(), "")));
        StringBuilder json = new StringBuilder(4096);
        try {
            for (Condition c : sorted) {
                json.setLength(0);
                WireFormat.write(Objects.requireNonNull(c, "conditions must not hold null"), json);
                out.append(line(json)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A canonical document on one line. Every line break in canonical JSON is the layout's: a
     * string's own line breaks are written as {@code \n} escapes. So dropping each line break and
     * the indentation after it leaves the same JSON value.
     */
    static String line(CharSequence canonical) {
        StringBuilder line = new StringBuilder(canonical.length());
        boolean indent = false;
        for (int i = 0; i < canonical.length(); i++) {
            char ch = canonical.charAt(i);
            if (ch == '\n') {
                indent = true;
            } else if (!(indent && ch == ' ')) {
                indent = false;
                line.append(ch);
            }
        }
        return line.toString();
    }
}
