package org.conditioncontent.render;

import java.util.Objects;

/**
 * One piece of a formatted citation. A {@link CitationStyle} cuts a citation into typed pieces,
 * so the text renderer can write them one after another and the HTML renderer can set a title
 * in {@code <cite>} and turn addresses and ids into links.
 *
 * @param kind what the piece is
 * @param text the piece's text; the built-in styles never make an empty one, and a renderer
 *     writes an empty one as nothing
 */
public record CitationPart(Kind kind, String text) {

    /** What a piece of a citation is, so a renderer can mark it up. */
    public enum Kind {
        /** Punctuation and plain words. */
        TEXT,
        /** The title the style sets off (in italics): the work's own, or in AMA the journal's. */
        TITLE,
        /** The URL where the work is; it may be any string, so check it before linking. */
        URL,
        /** The DOI, without a resolver prefix. */
        DOI,
        /** The PubMed id. */
        PMID
    }

    /**
     * Checks the components.
     *
     * @param kind what the piece is
     * @param text the piece's text
     * @throws NullPointerException if a component is {@code null}
     */
    public CitationPart {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(text, "text must not be null");
    }
}
