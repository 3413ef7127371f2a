package org.conditioncontent.render.text;

import org.conditioncontent.model.outline.Part;

/**
 * Writes one type of {@link Part} of an article as text, in place of the built-in lines for it.
 * Added with {@link TextRenderer.Builder#partRenderer(Class, TextPartRenderer)}; the built-in
 * renderers come last, so a user's renderer wins, and {@link TextPartContext#renderBuiltIn()}
 * writes the built-in lines, so it can wrap them.
 *
 * <pre>{@code
 * TextRenderer text = TextRenderer.builder()
 *         .partRenderer(Part.ReferencesPart.class, (references, context) -> {
 *             context.line("Sources");
 *             for (Reference r : references.references()) {
 *                 context.line("* " + context.citationStyle().plain(r, context.labels()));
 *             }
 *         })
 *         .build();
 * }</pre>
 *
 * <p>A part that holds others (section, list, item, aside) gets {@link #render} at its start and
 * {@link #exit} at its end, by default the built-in end. Implementations must be thread-safe.
 *
 * @param <P> the part type
 */
@FunctionalInterface
public interface TextPartRenderer<P extends Part> {

    /**
     * Writes the part, or for a part that holds others, its beginning.
     *
     * @param part the part
     * @param context the rendering
     */
    void render(P part, TextPartContext context);

    /**
     * Writes the end of a part that holds others; not called for other parts. By default writes
     * the built-in end.
     *
     * @param part the part
     * @param context the rendering
     */
    default void exit(P part, TextPartContext context) {
        context.renderBuiltIn();
    }
}
