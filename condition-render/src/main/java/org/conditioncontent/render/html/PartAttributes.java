package org.conditioncontent.render.html;

import java.util.Map;
import org.conditioncontent.model.outline.Part;

/**
 * Adds attributes to the element the built-in HTML renderer writes for a part: classes and
 * {@code data-} attributes, for a publisher's style sheet or scripts. Set with
 * {@link HtmlRenderer.Builder#attributes(PartAttributes)}.
 *
 * <pre>{@code
 * HtmlRenderer html = HtmlRenderer.builder()
 *         .attributes((part, tag) -> part instanceof Part.SectionPart s
 *                 ? Map.of("class", "card", "data-kind", s.kind().name())
 *                 : Map.of())
 *         .build();
 * }</pre>
 *
 * <p>Only {@code class} and {@code data-*} names are accepted (lower-case letters, digits and
 * hyphens); a {@code class} is added after the renderer's own. Values are escaped. Must be
 * thread-safe.
 */
@FunctionalInterface
public interface PartAttributes {

    /**
     * The attributes to add to a part's element.
     *
     * @param part the part
     * @param tag the element the renderer writes for it: {@code header}, {@code section} or
     *     {@code div} (a section without a heading), {@code p}, {@code ul}, {@code ol}, {@code li},
     *     {@code aside}, {@code figure}, {@code footer}
     * @return names and values; empty for none
     */
    Map<String, String> attributes(Part part, String tag);
}
