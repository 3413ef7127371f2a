package org.conditioncontent.examples.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What one rendering of an article shows, read into {@link Part}s in document order: headings,
 * blocks of running text ({@link Part.Kind#PARAGRAPH}) and list items with their depth and kind.
 *
 * @param format the rendering's format, {@code text} or {@code html}, for messages
 * @param parts what it shows, in document order
 * @param headingLevels whether the rendering marks headings as headings (HTML does; plain text
 *     shows a heading as a line of its own, like a one-line paragraph, indented two spaces for
 *     each level below 2)
 * @param asides whether the rendering marks what stands in an aside (HTML with {@code aside}
 *     elements, plain text with {@code "| "} before each line of the box)
 */
record Rendering(String format, List<Part> parts, boolean headingLevels, boolean asides) {

    private static final Pattern TEXT_ITEM = Pattern.compile("( *)(?:(- )|(\\d+)\\. )(.*)");

    /** Elements that flow inside a line of text; any other element starts a block. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn",
            "em", "i", "img", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
            "wbr");

    /** Elements whose content a reader never sees as text. */
    private static final Set<String> HIDDEN = Set.of("head", "script", "style", "template", "noscript");

    Rendering {
        parts = List.copyOf(parts);
    }

    /** What starts each line of a boxed aside in the text rendering, once per aside it stands in. */
    private static final String ASIDE_LINE = "| ";

    /**
     * Reads a plain-text rendering: a line that starts with {@code "| "} stands in an aside (the
     * mark is taken off before the rest is read); a line after {@code "- "} or {@code "1. "} is a
     * list item whose depth is its indentation over two; every other non-blank line is a block of
     * text (a heading is such a line too) whose level is its indentation over two.
     *
     * @param text the rendering
     * @return what it shows
     */
    static Rendering ofText(String text) {
        List<Part> parts = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean inAside = false;
            while (line.startsWith(ASIDE_LINE)) {
                line = line.substring(ASIDE_LINE.length());
                inAside = true;
            }
            if (line.isBlank()) {
                continue;
            }
            Matcher item = TEXT_ITEM.matcher(line);
            if (item.matches() && item.group(1).length() % 2 == 0) {
                parts.add(new Part(Part.Kind.ITEM, Texts.normalise(item.group(4)), item.group(1).length() / 2,
                        item.group(2) == null, inAside, i + 1));
            } else {
                parts.add(new Part(Part.Kind.PARAGRAPH, Texts.normalise(line), indentation(line) / 2, false, inAside, i + 1));
            }
        }
        return new Rendering("text", parts, false, true);
    }

    /**
     * Reads an HTML rendering: {@code h1}-{@code h6} and {@code role="heading"} elements are
     * headings; an {@code li} is a list item whose depth is its number of {@code li} ancestors,
     * numbered when its list is an {@code ol}, and whose text is what stands before its first
     * block (or its first paragraph, when it starts with one); every other run of text between
     * blocks is a block of text.
     *
     * @param html the rendering, a page or a fragment
     * @return what it shows
     */
    static Rendering ofHtml(String html) {
        Document document = Jsoup.parse(html);
        HtmlWalk walk = new HtmlWalk();
        walk.children(document.body(), 0, false);
        return new Rendering("html", walk.parts, true, true);
    }

    private static int indentation(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    /** One walk over an HTML document; all its state. */
    private static final class HtmlWalk {
        final List<Part> parts = new ArrayList<>();

        void element(Element e, int depth, boolean inAside) {
            String tag = e.normalName();
            if (HIDDEN.contains(tag)) {
                return;
            }
            boolean aside = inAside || tag.equals("aside");
            int level = headingLevel(e);
            if (level > 0) {
                add(Part.Kind.HEADING, e.text(), level, false, aside);
            } else if (tag.equals("li")) {
                item(e, depth, aside);
            } else {
                children(e, depth, aside);
            }
        }

        /** The item's own text, then its blocks (paragraphs, nested lists) one level deeper. */
        void item(Element li, int depth, boolean inAside) {
            boolean ordered = li.parent() != null && li.parent().normalName().equals("ol");
            List<Node> nodes = li.childNodes();
            StringBuilder own = new StringBuilder();
            int i = 0;
            for (; i < nodes.size() && isInline(nodes.get(i)); i++) {
                own.append(text(nodes.get(i)));
            }
            if (own.toString().isBlank() && i < nodes.size() && nodes.get(i) instanceof Element first
                    && first.normalName().equals("p")) {
                own.setLength(0);
                own.append(first.text());
                i++;
            }
            add(Part.Kind.ITEM, own.toString(), depth, ordered, inAside);
            run(nodes.subList(i, nodes.size()), depth + 1, inAside);
        }

        void children(Element e, int depth, boolean inAside) {
            run(e.childNodes(), depth, inAside);
        }

        /** Gathers inline nodes into blocks of text, and walks block elements. */
        void run(List<Node> nodes, int depth, boolean inAside) {
            StringBuilder text = new StringBuilder();
            for (Node node : nodes) {
                if (isInline(node)) {
                    text.append(text(node));
                    continue;
                }
                flush(text, inAside);
                if (node instanceof Element e) {
                    element(e, depth, inAside);
                }
            }
            flush(text, inAside);
        }

        void flush(StringBuilder text, boolean inAside) {
            if (!text.toString().isBlank()) {
                add(Part.Kind.PARAGRAPH, text.toString(), 0, false, inAside);
            }
            text.setLength(0);
        }

        void add(Part.Kind kind, String text, int level, boolean ordered, boolean inAside) {
            parts.add(new Part(kind, Texts.normalise(text), level, ordered, inAside, parts.size() + 1));
        }

        static boolean isInline(Node node) {
            if (node instanceof TextNode) {
                return true;
            }
            return node instanceof Element e && INLINE.contains(e.normalName()) && headingLevel(e) == 0;
        }

        static String text(Node node) {
            if (node instanceof TextNode t) {
                return t.getWholeText();
            }
            if (node instanceof Element e) {
                return e.normalName().equals("br") ? " " : e.wholeText();
            }
            return "";
        }

        static int headingLevel(Element e) {
            String tag = e.normalName();
            if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
                return tag.charAt(1) - '0';
            }
            if ("heading".equals(e.attr("role").toLowerCase(Locale.ROOT))) {
                try {
                    return Integer.parseInt(e.attr("aria-level"));
                } catch (NumberFormatException noLevel) {
                    return 2; // ARIA's default level for the heading role
                }
            }
            return 0;
        }
    }
}
