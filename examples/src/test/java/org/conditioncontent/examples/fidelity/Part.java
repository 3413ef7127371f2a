package org.conditioncontent.examples.fidelity;

import java.util.Objects;

/**
 * One thing a page shows, as the fidelity check compares it: a heading, a paragraph, a list item,
 * an aside's title, or a detail line. A publisher layout is read into parts (what must be shown)
 * and so is each rendering (what is shown).
 *
 * @param kind what the part is
 * @param text its text, normalised with {@link Texts#normalise(String)}
 * @param level a heading's level (1 for the title), a list item's depth (0 at the top), else 0;
 *     {@link #UNKNOWN} when the rendering does not say (headings of the text rendering)
 * @param ordered whether a list item is numbered
 * @param inAside whether the part stands inside a boxed aside
 * @param line the layout's line number, or the rendering's block number, for messages
 */
record Part(Kind kind, String text, int level, boolean ordered, boolean inAside, int line) {

    /** The level of a heading whose rendering does not carry one. */
    static final int UNKNOWN = -1;

    /** What a part is. */
    enum Kind {
        /** A heading of the given level. */
        HEADING,
        /** A paragraph (in a layout) or any block of running text (in a rendering). */
        PARAGRAPH,
        /** A list item of the given depth, numbered or not. */
        ITEM,
        /** The title of a boxed aside (layouts only). */
        ASIDE_TITLE,
        /** A detail line the renderers compose from the article's details (layouts only). */
        DETAIL
    }

    Part {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /**
     * A short description for messages, such as {@code line 12: item (depth 1, numbered) "Roll your arch."}.
     *
     * @return the description
     */
    String describe() {
        String what = switch (kind) {
            case HEADING -> "heading (level " + level + ")";
            case PARAGRAPH -> "sentence";
            case ITEM -> "item (depth " + level + ", " + (ordered ? "numbered" : "bulleted") + ")";
            case ASIDE_TITLE -> "aside title";
            case DETAIL -> "detail";
        };
        return "line " + line + ": " + what + (inAside ? " in an aside" : "") + " \"" + text + "\"";
    }
}
