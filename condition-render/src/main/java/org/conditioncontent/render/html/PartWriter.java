package org.conditioncontent.render.html;

import java.util.Objects;
import java.util.Set;
import org.conditioncontent.render.LinkPolicy;
import org.conditioncontent.render.internal.HtmlWriter;
import org.jspecify.annotations.Nullable;

/**
 * The writer a {@link HtmlPartRenderer} writes with: safe by construction, so a part renderer of
 * one's own cannot open a hole whatever an article holds.
 *
 * <ul>
 *   <li>there is no way to write raw markup: {@link #text(String)} and every attribute value are
 *       escaped, and attribute values are always double-quoted;
 *   <li>elements are from a list of content elements (no {@code script}, {@code style},
 *       {@code iframe}, {@code object}, forms or {@code a} outside {@link #link});
 *   <li>attributes are from a list that holds no URL attribute ({@code href}, {@code src}, ...)
 *       and no event handler: any name starting with {@code on} is refused, as is {@code style};
 *   <li>links go through the renderer's {@link LinkPolicy}: a URL it refuses is written as text.
 * </ul>
 *
 * <p>A refused name throws {@link IllegalArgumentException} before anything is written. Not
 * thread-safe; each rendering has its own.
 */
public final class PartWriter {

    private static final Set<String> ELEMENTS = Set.of("abbr", "article", "aside", "b", "blockquote", "br", "caption",
            "cite", "code", "data", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
            "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "ins", "kbd", "li", "mark", "nav", "ol",
            "p", "q", "s", "samp", "section", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td",
            "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr");

    private static final Set<String> ATTRIBUTES = Set.of("id", "class", "lang", "dir", "title", "role", "datetime",
            "value", "start", "reversed", "type", "colspan", "rowspan", "scope", "headers", "abbr", "open", "translate",
            "hidden", "tabindex");

    private final HtmlWriter html;

    PartWriter(HtmlWriter html) {
        this.html = html;
    }

    /**
     * Writes a start tag.
     *
     * @param tag a content element such as {@code section}, {@code ol} or {@code span}
     * @param attributes names and values, alternating; a {@code null} value leaves its attribute
     *     out. Names are {@code id}, {@code class}, {@code lang}, {@code dir}, {@code title},
     *     {@code role}, {@code datetime}, {@code value}, {@code start}, {@code reversed},
     *     {@code type}, table attributes, or any {@code aria-*} or {@code data-*} name
     * @return {@code this}
     * @throws IllegalArgumentException if the element or an attribute is not allowed, or the
     *     attributes do not come in pairs
     */
    public PartWriter start(String tag, @Nullable String... attributes) {
        checkElement(tag);
        checkAttributes(attributes);
        html.start(tag, attributes);
        return this;
    }

    /**
     * Writes an end tag.
     *
     * @param tag the element
     * @return {@code this}
     * @throws IllegalArgumentException if the element is not allowed
     */
    public PartWriter end(String tag) {
        checkElement(tag);
        html.end(tag);
        return this;
    }

    /**
     * Writes an element that holds only text.
     *
     * @param tag the element
     * @param text the text, escaped; {@code null} for none
     * @param attributes names and values, as for {@link #start(String, String...)}
     * @return {@code this}
     * @throws IllegalArgumentException as {@link #start(String, String...)} does
     */
    public PartWriter element(String tag, @Nullable String text, @Nullable String... attributes) {
        return start(tag, attributes).text(text).end(tag);
    }

    /**
     * Writes text, escaped.
     *
     * @param text the text; {@code null} writes nothing
     * @return {@code this}
     */
    public PartWriter text(@Nullable String text) {
        html.text(text);
        return this;
    }

    /**
     * Writes a link if the renderer's link policy allows the URL ({@code rel="noopener
     * noreferrer"} on web links), otherwise only the text.
     *
     * @param url the target, from an article or built by the part renderer
     * @param text the link's text; a blank one shows the address
     * @return {@code this}
     */
    public PartWriter link(@Nullable String url, String text) {
        html.link(url, text == null ? "" : text);
        return this;
    }

    /**
     * Writes a heading: {@code <h1>} to {@code <h6>}, and beyond level 6 an element with the
     * ARIA heading role and level. Take the level from {@link HtmlPartContext#headingLevel()}.
     *
     * @param level the level, 1 or more
     * @param text the heading's text
     * @param id the heading's id, or {@code null} for none
     * @return {@code this}
     * @throws IllegalArgumentException if the level is below 1
     */
    public PartWriter heading(int level, String text, @Nullable String id) {
        if (level < 1) {
            throw new IllegalArgumentException("heading level must be 1 or more, was " + level);
        }
        ArticleWriter.heading(html, level, text, id, null, null);
        return this;
    }

    /**
     * Writes a line break between elements, which keeps the output readable.
     *
     * @return {@code this}
     */
    public PartWriter newline() {
        html.newline();
        return this;
    }

    private static void checkElement(String tag) {
        if (!ELEMENTS.contains(Objects.requireNonNull(tag, "tag must not be null"))) {
            throw new IllegalArgumentException("a part renderer may not write the element <" + tag + ">; write links "
                    + "with link() and text with text(), and use content elements such as section, p, ol, li, span");
        }
    }

    private static void checkAttributes(@Nullable String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes must be name-value pairs, got " + attributes.length + " strings");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            checkAttribute(attributes[i]);
        }
    }

    /**
     * Whether an attribute name is one a part renderer or {@link PartAttributes} may write.
     *
     * @param name the name
     * @throws IllegalArgumentException if it is not allowed
     */
    static void checkAttribute(@Nullable String name) {
        Objects.requireNonNull(name, "attribute name must not be null");
        boolean named = ATTRIBUTES.contains(name)
                || ((name.startsWith("data-") || name.startsWith("aria-")) && name.length() > 5 && plain(name));
        if (!named) {
            throw new IllegalArgumentException("a part renderer may not write the attribute " + name + ": event handlers, "
                    + "style and URL attributes are refused; links go through link()");
        }
    }

    private static boolean plain(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
