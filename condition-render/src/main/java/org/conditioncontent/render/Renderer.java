package org.conditioncontent.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.conditioncontent.model.Condition;

/**
 * Turns one {@link Condition} into one document, such as a text file or an HTML page.
 *
 * <p>Implementations are immutable and thread-safe: all state of a rendering lives in one call.
 * They are found with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/org.conditioncontent.render.Renderer} and, on the module path, in a
 * {@code provides} clause), or registered explicitly with {@link Renderers.Builder#add(Renderer)}.
 * A class found by the service loader needs a public no-argument constructor that gives its
 * default options.
 */
public interface Renderer {

    /**
     * The format's name, unique among renderers: words of lower-case letters and digits separated
     * by single hyphens, such as {@code html} or {@code plain-text} (not {@code -x}, {@code x-} or
     * {@code a--b}). The command's {@code --format} option takes this name.
     *
     * @return the format name
     */
    String format();

    /**
     * The media type of the documents, such as {@code text/html; charset=UTF-8}: a type and a
     * subtype, optionally with parameters; {@link Renderers} refuses a renderer without one.
     *
     * @return the media type
     */
    String mediaType();

    /**
     * The file name extension for the documents, without the dot, such as {@code html}: lower-case
     * letters and digits, in parts joined by dots ({@code tar.gz}). {@link Renderers} refuses a
     * renderer whose extension is another text, since exports put it into file names.
     *
     * @return the extension
     */
    String fileExtension();

    /**
     * Renders an article to an output.
     *
     * @param condition the article; it should have passed validation, but a renderer never fails
     *     on content and escapes everything it writes as its format requires
     * @param out where the document goes; it is not flushed or closed
     * @throws UncheckedIOException if writing to {@code out} fails
     */
    void render(Condition condition, Appendable out);

    /**
     * Renders an article to a string.
     *
     * @param condition the article
     * @return the whole document
     */
    default String render(Condition condition) {
        StringBuilder out = new StringBuilder(4096);
        render(condition, out);
        return out.toString();
    }

    /**
     * Appends text to an output, turning an {@link IOException} into an
     * {@link UncheckedIOException}. A helper for implementations.
     *
     * @param out the output
     * @param text the text to append
     * @throws UncheckedIOException if appending fails
     */
    static void append(Appendable out, CharSequence text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
