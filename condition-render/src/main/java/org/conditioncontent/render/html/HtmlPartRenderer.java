package org.conditioncontent.render.html;

import org.conditioncontent.model.outline.Part;

/**
 * Writes one type of {@link Part} of an article as HTML, in place of the built-in markup for it.
 * Added to an {@link HtmlRenderer} with {@link HtmlRenderer.Builder#partRenderer(Class,
 * HtmlPartRenderer)}; the built-in renderers come last, so a user's renderer for a part type wins,
 * and it can still call {@link HtmlPartContext#renderBuiltIn()} to wrap the built-in markup rather
 * than rewrite it.
 *
 * <pre>{@code
 * HtmlRenderer html = HtmlRenderer.builder()
 *         .partRenderer(Part.AsidePart.class, (aside, context) -> {
 *             context.writer().start("div", "class", "callout");
 *             context.renderBuiltIn();                 // the <aside> and its heading, as usual
 *         })
 *         .build();
 * }</pre>
 *
 * <p>Parts that hold others (sections, lists, items, asides) have two calls: {@link #render}
 * when the part begins, before what it holds, and {@link #exit} when it ends. The default exit
 * writes the built-in end, which fits a renderer that either wrote the built-in start or wrote
 * nothing of its own that needs closing; a renderer that opens its own element must close it in
 * {@code exit}. Everything is written through {@link HtmlPartContext#writer()}, which escapes by
 * construction. Implementations must be thread-safe; all state of a rendering is in the context.
 *
 * @param <P> the part type
 */
@FunctionalInterface
public interface HtmlPartRenderer<P extends Part> {

    /**
     * Writes the part, or for a part that holds others, its beginning.
     *
     * @param part the part
     * @param context the rendering: writer, labels, heading levels, ids, the built-in markup
     */
    void render(P part, HtmlPartContext context);

    /**
     * Writes the end of a part that holds others; not called for other parts. By default writes
     * the built-in end.
     *
     * @param part the part
     * @param context the rendering
     */
    default void exit(P part, HtmlPartContext context) {
        context.renderBuiltIn();
    }
}
