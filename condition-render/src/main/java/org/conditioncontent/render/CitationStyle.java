package org.conditioncontent.render;

import java.util.List;
import org.conditioncontent.model.Reference;
import org.conditioncontent.render.internal.AmaCitations;
import org.conditioncontent.render.internal.ReferenceFormat;

/**
 * How a reference is cited: the text and HTML renderers write every reference in the style their
 * builder was given ({@link #house()} unless told otherwise). A style is a function of the
 * reference and the article's {@link Labels} (for words such as "Accessed" and the names of
 * months); implement this interface for a style of one's own.
 *
 * <pre>{@code
 * HtmlRenderer html = HtmlRenderer.builder().citationStyle(CitationStyle.ama()).build();
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface CitationStyle {

    /**
     * The citation of a reference as typed parts, in reading order.
     *
     * @param reference the reference
     * @param labels the words of the article's language
     * @return the parts; empty only if the reference has no content at all
     */
    List<CitationPart> parts(Reference reference, Labels labels);

    /**
     * The citation as plain text, its parts one after another.
     *
     * @param reference the reference
     * @param labels the words of the article's language
     * @return the citation
     */
    default String plain(Reference reference, Labels labels) {
        StringBuilder s = new StringBuilder();
        for (CitationPart part : parts(reference, labels)) {
            s.append(part.text());
        }
        return s.toString();
    }

    /**
     * The renderers' own style, as the seed article cites: {@code Delacour, C., Chambe, J., et al.
     * Title. Scientific Reports, 2020; 10 (1): 2638.}; a web page as {@code Title. EBSCO DynaMed
     * website. Available at: https://...}; then {@code doi:...}, {@code PMID: ...} and
     * {@code Accessed yyyy-mm-dd.} when present. The title is the part set off.
     *
     * @return the style
     */
    static CitationStyle house() {
        return ReferenceFormat.HOUSE;
    }

    /**
     * The AMA style (AMA Manual of Style, 11th edition), medicine's usual one: {@code Butler JV,
     * Mulkerrin EC, O'Keeffe ST. Nocturnal leg cramps in older people. Postgraduate Medical
     * Journal. 2002;78(924):596-598.}; a web page as {@code Title. Site. Published date. Accessed
     * date. URL}. Authors as family name and initials without full stops, all of them up to six,
     * else the first three and "et al"; the journal (the part set off) as the article names it,
     * since the model does not hold its NLM abbreviation; page ranges in full; {@code doi:...}
     * last, with no full stop.
     *
     * @return the style
     */
    static CitationStyle ama() {
        return AmaCitations.STYLE;
    }
}
