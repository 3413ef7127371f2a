package org.conditioncontent.render.html;

import java.util.Objects;
import org.conditioncontent.render.internal.HtmlWriter;

/**
 * Text escaped for HTML exactly as the HTML renderer escapes article text, for tools that put a
 * value beside a rendered page (the command's live preview lists findings above the article):
 * {@code & < > " '} become character references, and characters that make HTML ill-formed are
 * dropped. The result is safe as element content and as a double-quoted attribute value.
 *
 * <pre>{@code
 * String safe = HtmlText.escape("Unknown field \"<script>\"");   // Unknown field &quot;&lt;script&gt;&quot;
 * }</pre>
 */
public final class HtmlText {

    private HtmlText() {}

    /**
     * Escapes a text.
     *
     * @param text any text
     * @return the text as HTML
     * @throws NullPointerException if the text is {@code null}
     */
    public static String escape(String text) {
        Objects.requireNonNull(text, "text must not be null");
        StringBuilder out = new StringBuilder(text.length() + 16);
        new HtmlWriter(out).text(text);
        return out.toString();
    }
}
