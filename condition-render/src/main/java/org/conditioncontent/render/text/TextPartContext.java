package org.conditioncontent.render.text;

import org.conditioncontent.model.Condition;
import org.conditioncontent.render.CitationStyle;
import org.conditioncontent.render.Labels;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link TextPartRenderer} gets besides its part: a way to write lines, the article's
 * labels and citation style, and the built-in lines to delegate to. One context serves one
 * rendering; do not keep it.
 */
public final class TextPartContext {

    private final TextRenderer.Lines lines;

    TextPartContext(TextRenderer.Lines lines) {
        this.lines = lines;
    }

    /**
     * Writes one line, after the marks of the asides it stands in ({@code "| "}).
     *
     * @param text the line; a line break in it starts a further line in the same asides, and a
     *     control character other than a tab is written as U+FFFD; {@code null} writes an empty line
     */
    public void line(@Nullable String text) {
        lines.line(text);
    }

    /**
     * The article being rendered.
     *
     * @return the article
     */
    public Condition condition() {
        return lines.condition();
    }

    /**
     * The words of the article's language.
     *
     * @return the labels
     */
    public Labels labels() {
        return lines.labels();
    }

    /**
     * The renderer's citation style.
     *
     * @return the style
     */
    public CitationStyle citationStyle() {
        return lines.citationStyle();
    }

    /**
     * Writes the built-in lines of the current part (or of its beginning or end), once per call.
     */
    public void renderBuiltIn() {
        lines.renderBuiltIn();
    }
}
