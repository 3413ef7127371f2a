package org.conditioncontent.render.html;

import java.util.regex.Pattern;
import org.conditioncontent.model.Condition;

/**
 * The text of a page's {@code <meta name="description">}: the first paragraph of the first
 * definition section, else the article's first paragraph, white space collapsed, cut at a word
 * boundary to at most {@value #MAX_LENGTH} characters, the
 * length search engines show.
 */
final class MetaDescription {

    /** The longest description, in UTF-16 units, counting the ellipsis of a shortened one. */
    static final int MAX_LENGTH = 160;

    private MetaDescription() {}

    /**
     * The description of an article.
     *
     * @param condition the article
     * @return the description; empty when the article has no paragraph
     */
    static String of(Condition condition) {
        return PageFacts.of(condition).description();
    }

    /** Runs of white space, compiled once rather than on every call. */
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /**
     * Collapses white space and shortens a text to at most {@code max} UTF-16 units, cutting at
     * the last space that leaves room for an ellipsis ("…"); a text with no space early enough
     * is cut inside its first word, never inside a surrogate pair.
     *
     * @param text the text
     * @param max the longest result, at least 2
     * @return the text, shortened if needed
     */
    static String truncate(String text, int max) {
        String stripped = text.strip();
        String collapsed = isCollapsed(stripped) ? stripped : WHITE_SPACE.matcher(stripped).replaceAll(" ");
        if (collapsed.length() <= max) {
            return collapsed;
        }
        int room = max - 1; // one unit for the ellipsis
        int cut = collapsed.lastIndexOf(' ', room);
        if (cut <= 0) {
            cut = room;
            if (Character.isLowSurrogate(collapsed.charAt(cut)) && Character.isHighSurrogate(collapsed.charAt(cut - 1))) {
                cut--;
            }
        }
        String head = collapsed.substring(0, cut).stripTrailing();
        // A sentence cut after its comma or colon reads better without the dangling mark.
        while (!head.isEmpty() && ",;:".indexOf(head.charAt(head.length() - 1)) >= 0) {
            head = head.substring(0, head.length() - 1);
        }
        return head + "\u2026";
    }

    /**
     * Whether a text has no white space for {@link #WHITE_SPACE} to collapse: none but single
     * spaces. Most first paragraphs are so, and the matcher, asked for every page, was a
     * twentieth of rendering one in a cold export.
     */
    static boolean isCollapsed(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c <= ' ' && (c == ' ' ? i + 1 < n && text.charAt(i + 1) == ' ' : c == '\t' || (c >= '\n' && c <= '\r'))) {
                return false;
            }
        }
        return true;
    }
}
