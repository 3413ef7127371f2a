package org.conditioncontent.render.internal;

import org.conditioncontent.render.CitationPart.Kind;
import org.conditioncontent.render.Labels;

/**
 * Text that a renderer writes piece by piece, the words of a {@link Labels label set} told apart
 * from the article's own words and the punctuation: a list item with its examples ("Certain
 * medicines, such as ..."), a citation ("Available at: ...", "Accessed ..."). The text renderer
 * joins the pieces; the HTML page writes them straight out, and when the page is in another
 * language than the label set marks the label set's words with their own {@code lang}.
 *
 * <p>One object can write many phrases one after another: {@link #begin()} starts each, and the
 * punctuation rules ({@link #separate()}, {@link #endSentence()}, {@link #endsWithAny(String)})
 * read only what was written since. Not thread-safe.
 */
public abstract class LabelledText {

    /** Whether nothing was written since {@link #begin()}. */
    private boolean empty = true;
    /** The last character written, when something was. */
    private char last;

    /** For subclasses. */
    protected LabelledText() {}

    /**
     * Writes a piece that is not empty.
     *
     * @param kind what the piece is; {@link Kind#TEXT} for words and punctuation
     * @param text the piece
     * @param label whether the piece is words of the label set (always of kind {@link Kind#TEXT})
     */
    protected abstract void write(Kind kind, String text, boolean label);

    /**
     * Starts a phrase: what was written before no longer counts for its punctuation.
     *
     * @return {@code this}
     */
    public final LabelledText begin() {
        empty = true;
        return this;
    }

    /**
     * Writes words or punctuation that are not the label set's: the article's, or the renderer's
     * punctuation. An empty text writes nothing.
     *
     * @param text the text
     * @return {@code this}
     */
    public final LabelledText text(String text) {
        return add(Kind.TEXT, text, false);
    }

    /**
     * Writes a piece of a citation: a title, an address, a DOI or a PubMed id, or text.
     *
     * @param kind what the piece is
     * @param text the piece; an empty one writes nothing
     * @return {@code this}
     */
    public final LabelledText part(Kind kind, String text) {
        return add(kind, text, false);
    }

    /**
     * Writes words of the label set, such as "such as" or "Available at".
     *
     * @param words the words; empty writes nothing
     * @return {@code this}
     */
    public final LabelledText label(String words) {
        return add(Kind.TEXT, words, true);
    }

    /**
     * Writes a template label with its placeholder filled in, as {@link Labels#fill} makes it: the
     * label set's words before and after the placeholder as label words, the value as text.
     *
     * @param template the label's words, such as "{site} website"
     * @param placeholder the placeholder, such as {@code {site}}
     * @param value what to put in its place
     * @return {@code this}
     */
    public final LabelledText fill(String template, String placeholder, String value) {
        int at = template.indexOf(placeholder);
        if (at < 0) {
            return label(template);
        }
        return label(template.substring(0, at)).text(value).label(template.substring(at + placeholder.length()));
    }

    /**
     * Whether the phrase ends with one of some characters.
     *
     * @param characters the characters, such as {@code ".?!"}
     * @return {@code true} if something was written and its last character is one of them
     */
    public final boolean endsWithAny(String characters) {
        return !empty && characters.indexOf(last) >= 0;
    }

    /** A space between sentences, but none before the first. */
    public final void separate() {
        if (!empty) {
            text(" ");
        }
    }

    /**
     * A sentence of a citation: a space before it unless it is the first, the text, and a full
     * stop unless the text ends one.
     *
     * @param kind what the text is
     * @param text the text, not empty
     */
    public final void sentence(Kind kind, String text) {
        separate();
        part(kind, text);
        endSentence();
    }

    /** A full stop, unless what was written last ends a sentence already. */
    public final void endSentence() {
        if (!endsWithAny(".?!")) {
            text(".");
        }
    }

    private LabelledText add(Kind kind, String text, boolean label) {
        if (!text.isEmpty()) {
            empty = false;
            last = text.charAt(text.length() - 1);
            write(kind, text, label);
        }
        return this;
    }

    /** The pieces joined into one string, label words and all, as plain text shows them. */
    public static final class Plain extends LabelledText {
        private final StringBuilder text;

        /**
         * Creates an empty text.
         *
         * @param capacity the characters it is likely to hold
         */
        public Plain(int capacity) {
            this.text = new StringBuilder(capacity);
        }

        @Override
        protected void write(Kind kind, String piece, boolean label) {
            text.append(piece);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
