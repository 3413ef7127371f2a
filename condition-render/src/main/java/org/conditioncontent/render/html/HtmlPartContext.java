package org.conditioncontent.render.html;

import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Reference;
import org.conditioncontent.render.CitationStyle;
import org.conditioncontent.render.Labels;

/**
 * What a {@link HtmlPartRenderer} gets besides its part: the safe writer, the article's labels,
 * the heading level and unique ids of the page, and the built-in markup to delegate to. One
 * context serves one rendering; do not keep it.
 */
public final class HtmlPartContext {

    private final ArticleWriter article;
    private final PartWriter writer;

    HtmlPartContext(ArticleWriter article, PartWriter writer) {
        this.article = article;
        this.writer = writer;
    }

    /**
     * The writer to write the part with.
     *
     * @return the writer, escaping by construction
     */
    public PartWriter writer() {
        return writer;
    }

    /**
     * The article being rendered.
     *
     * @return the article
     */
    public Condition condition() {
        return article.condition();
    }

    /**
     * The words of the article's language.
     *
     * @return the labels
     */
    public Labels labels() {
        return article.labels();
    }

    /**
     * The renderer's citation style.
     *
     * @return the style
     */
    public CitationStyle citationStyle() {
        return article.citationStyle();
    }

    /**
     * The level a heading of the current part takes: the title's level for the header, one below
     * the title for the resources, references and credits, and one below the innermost open
     * section or aside for the rest, so the page's outline stays in order.
     *
     * @return the level, 1 or more
     */
    public int headingLevel() {
        return article.headingLevel();
    }

    /**
     * An id not used before on this page: the base, or the base with {@code -2}, {@code -3}, ...
     *
     * @param base the wanted id, such as {@code references}
     * @return the id
     */
    public String id(String base) {
        return article.uniqueId(base);
    }

    /**
     * Writes a reference as the renderer's citation style cites it, with the built-in markup: the
     * title in {@code <cite>}, addresses, DOIs and PubMed ids as links where allowed.
     *
     * @param reference the reference
     */
    public void writeCitation(Reference reference) {
        article.citation(reference);
    }

    /**
     * Writes the built-in markup of the current part (or of its beginning or end, for a part that
     * holds others), so a renderer can wrap it. Calling it more than once per call writes it once.
     */
    public void renderBuiltIn() {
        article.renderBuiltIn();
    }
}
