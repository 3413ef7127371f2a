package org.conditioncontent.render.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Consumer;
import org.conditioncontent.json.Utf8Sink;
import org.conditioncontent.render.LinkPolicy;
import org.jspecify.annotations.Nullable;

/**
 * Writes HTML to an {@link Appendable}, escaping every value. The one place where markup is made,
 * so that a reviewer can check the escaping once:
 *
 * <ul>
 *   <li>{@link #text(String)} and every attribute value escape {@code & < > " '} and drop the
 *       characters that make HTML ill-formed (C0 and C1 controls other than tab, line feed and
 *       carriage return; DEL; unpaired surrogates; noncharacters);
 *   <li>attribute values are always double-quoted;
 *   <li>tag and attribute names must be lower-case constants, and attribute names starting with
 *       {@code on} (event handlers) are refused, so a slip in the renderer cannot open a hole;
 *   <li>{@link #raw(String)} is for constant markup that the renderer itself writes, never for a
 *       value from an article;
 *   <li>{@link #link(String, String)} links only the URLs that {@link UrlPolicy} allows;
 *   <li>{@link #jsonScript(String)} writes JSON-LD only when it holds no {@code <} and no character
 *       that makes HTML ill-formed, which {@link JsonWriter} guarantees, so no value can end the
 *       script element early.
 *       {@link #jsonScript(Consumer)} writes the JSON-LD straight into the page through a
 *       {@link JsonWriter}, whose escaping is that guarantee, so it needs no second look.
 * </ul>
 *
 * <p>Escaping allocates nothing when a value has nothing to escape: runs of plain characters are
 * appended as slices of the value. When the output is a {@link Utf8Sink} (the command's export
 * writes through one), the sink escapes each value and encodes it to UTF-8 in the same pass, to the
 * bytes those slices encode to, and takes the constant markup ({@link Utf8Constant}) as bytes made
 * once and the checked names as their own bytes. Not thread-safe; make one per rendering.
 */
public final class HtmlWriter {

    // The markup around names and values, as UTF-8 made once for a sink (see Utf8Constant).
    private static final Utf8Constant LT = Utf8Constant.of("<");
    private static final Utf8Constant LT_SLASH = Utf8Constant.of("</");
    private static final Utf8Constant GT = Utf8Constant.of(">");
    private static final Utf8Constant SPACE = Utf8Constant.of(" ");
    private static final Utf8Constant EQUALS_QUOTE = Utf8Constant.of("=\"");
    private static final Utf8Constant QUOTE = Utf8Constant.of("\"");
    private static final Utf8Constant NEWLINE = Utf8Constant.of("\n");
    private static final Utf8Constant SCRIPT_START = Utf8Constant.of("<script type=\"application/ld+json\">\n");
    private static final Utf8Constant SCRIPT_END = Utf8Constant.of("\n</script>");

    private final Appendable out;
    /** {@link #out} when it can escape and encode in one pass, otherwise {@code null}. */
    private final @Nullable Utf8Sink sink;
    private final LinkPolicy links;

    /**
     * Creates a writer that links what {@link LinkPolicy#standard()} allows.
     *
     * @param out where the HTML goes; it is not flushed or closed
     */
    public HtmlWriter(Appendable out) {
        this(out, LinkPolicy.standard());
    }

    /**
     * Creates a writer.
     *
     * @param out where the HTML goes; it is not flushed or closed
     * @param links which URLs from an article {@link #link(String, String)} turns into links
     */
    public HtmlWriter(Appendable out, LinkPolicy links) {
        this.out = Objects.requireNonNull(out, "out must not be null");
        this.sink = out instanceof Utf8Sink s ? s : null;
        this.links = Objects.requireNonNull(links, "links must not be null");
    }

    /**
     * The link policy of {@link #link(String, String)}.
     *
     * @return the policy
     */
    public LinkPolicy links() {
        return links;
    }

    /**
     * Writes markup as it is. Only for constant markup of the renderer, such as the doctype or the
     * built-in style sheet: never pass a value from an article.
     *
     * @param markup the markup
     * @return {@code this}
     * @throws UncheckedIOException if writing fails
     */
    public HtmlWriter raw(String markup) {
        return append(markup);
    }

    /**
     * Writes constant markup as it is, as {@link #raw(String)} does: its bytes made once when the
     * output is the library's sink, its text otherwise.
     *
     * @param markup the markup
     * @return {@code this}
     * @throws UncheckedIOException if writing fails
     */
    public HtmlWriter raw(Utf8Constant markup) {
        return constant(markup);
    }

    /**
     * Writes a line break, which keeps the output readable and diffable.
     *
     * @return {@code this}
     * @throws UncheckedIOException if writing fails
     */
    public HtmlWriter newline() {
        return constant(NEWLINE);
    }

    /**
     * Writes text, escaped.
     *
     * @param text the text; {@code null} writes nothing, so that a record built without
     *     validation cannot make a rendering fail
     * @return {@code this}
     * @throws UncheckedIOException if writing fails
     */
    public HtmlWriter text(@Nullable String text) {
        if (text != null) {
            escape(text);
        }
        return this;
    }

    /**
     * Writes a start tag with attributes. An attribute whose value is {@code null} is left out.
     *
     * @param tag the element name: a lower-case constant such as {@code section}
     * @param attributes names and values, alternating: {@code "id", "causes", "class", "credit"}
     * @return {@code this}
     * @throws IllegalArgumentException if a name is not a lower-case name, an attribute name starts
     *     with {@code on}, or the attributes do not come in pairs
     * @throws UncheckedIOException if writing fails
     */
    public HtmlWriter start(String tag, @Nullable String... attributes) {
        checkName(tag, "tag");
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes must be name-value pairs, got " + attributes.length + " strings");
        }
        // Check every name before writing anything, so a refused tag leaves no half-written markup.
        for (int i = 0; i < attributes.length; i += 2) {
            String name = Objects.requireNonNull(attributes[i], "attribute name must not be null");
            checkName(name, "attribute");
            if (name.startsWith("on")) {
                throw new IllegalArgumentException("event handler attributes are not written: " + name);
            }
        }
        constant(LT).name(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            String name = attributes[i];
            String value = attributes[i + 1];
            if (value != null) {
                constant(SPACE).name(name).constant(EQUALS_QUOTE);
                escape(value);
                constant(QUOTE);
            }
        }
        return constant(GT);
    }

    /**
     * Writes an end tag.
     *
     * @param tag the element name
     * @return {@code this}
     * @throws IllegalArgumentException if the name is not a lower-case name
     * @throws UncheckedIOException if writing fails
     */
    public HtmlWriter end(String tag) {
        checkName(tag, "tag");
        return constant(LT_SLASH).name(tag).constant(GT);
    }

    /**
     * Writes an element that holds only text: start tag, escaped text, end tag.
     *
     * @param tag the element name
     * @param text the text; {@code null} for none
     * @param attributes names and values, alternating, as for {@link #start(String, String...)}
     * @return {@code this}
     * @throws IllegalArgumentException as {@link #start(String, String...)} does
     * @throws UncheckedIOException if writing fails
     */
    public HtmlWriter element(String tag, @Nullable String text, @Nullable String... attributes) {
        return start(tag, attributes).text(text).end(tag);
    }

    /**
     * Writes a link if the writer's {@link LinkPolicy} allows the URL, with
     * {@code rel="noopener noreferrer"} for web links; otherwise writes only the text.
     *
     * @param url the link's target, from the article
     * @param text the link's text; a blank one shows the address instead
     * @return {@code this}
     * @throws UncheckedIOException if writing fails
     */
    public HtmlWriter link(@Nullable String url, String text) {
        String href = links.href(url);
        if (href == null) {
            return text(text);
        }
        return anchor(href, text);
    }

    /**
     * Writes a link to a URL that the renderer built itself from a safe prefix, such as
     * {@code https://doi.org/} followed by an encoded DOI. The URL is still escaped and still
     * checked, so a mistake degrades to text rather than to a bad link.
     *
     * @param href the URL
     * @param text the link's text; a blank one shows the address instead
     * @return {@code this}
     * @throws UncheckedIOException if writing fails
     */
    public HtmlWriter linkTo(String href, String text) {
        String checked = UrlPolicy.linkTarget(href);
        if (checked == null) {
            return text(text);
        }
        return anchor(checked, text);
    }

    private HtmlWriter anchor(String checked, String text) {
        if (UrlPolicy.isWeb(checked)) {
            start("a", "href", checked, "rel", "noopener noreferrer");
        } else {
            start("a", "href", checked);
        }
        // A link needs a name that a screen reader can say; the address is better than silence.
        return text(EnglishPhrases.isPresent(text) ? text : checked).end("a");
    }

    /**
     * Writes a {@code <script type="application/ld+json">} element holding JSON made by a
     * {@link JsonWriter}.
     *
     * @param json the JSON
     * @return {@code this}
     * @throws IllegalArgumentException if the JSON holds a {@code <} (with which it could end the
     *     element or open a comment) or a character that HTML does not allow, so was not made by a
     *     {@link JsonWriter}
     * @throws UncheckedIOException if writing fails
     */
    public HtmlWriter jsonScript(String json) {
        int n = json.length();
        for (int i = 0; i < n; i++) {
            char c = json.charAt(i);
            // Printable ASCII other than '<' is nearly all of any JSON-LD: one comparison each.
            if (c >= 0x20 && c < 0x7f && c != '<') {
                continue;
            }
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(json.charAt(i + 1))) {
                cp = Character.toCodePoint(c, json.charAt(++i));
            }
            boolean allowed = cp > 0xffff ? (cp & 0xfffe) != 0xfffe : isAllowed((char) cp);
            if (cp == '<' || !allowed) {
                throw new IllegalArgumentException("JSON for a script element must escape '<' and the characters "
                        + "HTML does not allow, found U+" + String.format("%04X", cp) + " at index "
                        + (i - Character.charCount(cp) + 1));
            }
        }
        return constant(SCRIPT_START).append(json).constant(SCRIPT_END);
    }

    /**
     * Writes a {@code <script type="application/ld+json">} element whose JSON is written straight
     * into the page by a {@link JsonWriter}: the same bytes as {@link #jsonScript(String)} of that
     * writer's {@link JsonWriter#toJson()}, without the string and the second pass over it. The
     * writer escapes every string it writes so that it holds no {@code <} and no character that
     * HTML does not allow (see {@link JsonWriter}), and keys and values reach the page only through
     * it.
     *
     * @param content writes one JSON document with the writer it is given
     * @return {@code this}
     * @throws IllegalStateException if the content leaves the document incomplete (the page is
     *     then half written, as after any failure while writing it)
     * @throws UncheckedIOException if writing fails
     */
    public HtmlWriter jsonScript(Consumer<JsonWriter> content) {
        constant(SCRIPT_START);
        JsonWriter json = new JsonWriter(out);
        content.accept(json);
        json.end();
        return constant(SCRIPT_END);
    }

    private void escape(String s) {
        try {
            if (sink != null && sink.htmlText(s)) {
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int from = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            // Letters, digits, spaces and most punctuation need nothing: skip them with few tests.
            if ((c >= 0x28 && c < 0x7f && c != '<' && c != '>') || c == ' ') {
                continue;
            }
            String replacement;
            int skip = 0;
            switch (c) {
                case '&' -> replacement = "&amp;";
                case '<' -> replacement = "&lt;";
                case '>' -> replacement = "&gt;";
                case '"' -> replacement = "&quot;";
                case '\'' -> replacement = "&#39;";
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        int cp = Character.toCodePoint(c, s.charAt(i + 1));
                        // Plane-end noncharacters (U+1FFFE, U+1FFFF, ...) are parse errors too.
                        replacement = (cp & 0xfffe) == 0xfffe ? "" : null;
                        skip = 1;
                    } else {
                        replacement = isAllowed(c) ? null : "";
                    }
                }
            }
            if (replacement != null) {
                appendSlice(s, from, i);
                append(replacement);
                from = i + 1 + skip;
            }
            i += skip;
        }
        appendSlice(s, from, n);
    }

    /** Whether a single UTF-16 unit (not part of a surrogate pair) may appear in HTML text. */
    private static boolean isAllowed(char c) {
        return Utf8Sink.allowedInHtml(c); // one definition for both ways of escaping
    }

    private static void checkName(String name, String what) {
        boolean ok = !name.isEmpty() && name.charAt(0) >= 'a' && name.charAt(0) <= 'z';
        for (int i = 1; ok && i < name.length(); i++) {
            char c = name.charAt(i);
            ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        }
        if (!ok) {
            throw new IllegalArgumentException(what + " name must be lower-case letters, digits and hyphens: " + name);
        }
    }

    private void appendSlice(String s, int from, int to) {
        if (from >= to) {
            return;
        }
        try {
            if (from == 0 && to == s.length()) {
                out.append(s); // the common case: the whole value, no copy
            } else {
                out.append(s, from, to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a constant: its bytes to the sink, its text to any other output. */
    private HtmlWriter constant(Utf8Constant markup) {
        markup.writeTo(out);
        return this;
    }

    /**
     * Writes a tag or attribute name that {@link #checkName} accepted, so ASCII: to the sink as
     * the string's own bytes, with no encoding per character.
     */
    private HtmlWriter name(String name) {
        try {
            if (sink != null) {
                sink.writeAscii(name);
            } else {
                out.append(name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private HtmlWriter append(String s) {
        try {
            if (sink != null) {
                sink.append(s); // a call the compiler binds, where the Appendable's is an interface call
            } else {
                out.append(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
