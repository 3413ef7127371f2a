package org.conditioncontent.examples;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.conditioncontent.model.Author;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Contributor;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.Reference;
import org.conditioncontent.model.Resource;
import org.conditioncontent.model.ResourceGroup;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.outline.Outline;
import org.conditioncontent.model.outline.OutlineVisitor;
import org.conditioncontent.model.outline.Part;
import org.conditioncontent.render.Labels;
import org.conditioncontent.render.Renderer;

/**
 * An example of a renderer of one's own: an article as CommonMark Markdown. It shows the three
 * steps that plug a renderer into Condition Content without touching the library:
 *
 * <ol>
 *   <li>implement {@link Renderer} in an immutable class with a public no-argument constructor;
 *   <li>list the class in {@code META-INF/services/org.conditioncontent.render.Renderer};
 *   <li>put the jar on the class path: {@code Renderers.discover()} finds it, and
 *       {@code conditions formats} lists it, {@code conditions render --format markdown} uses it.
 * </ol>
 *
 * <p>It walks the article's {@link Outline}, so it renders every part type of the format: the title
 * is a {@code #} heading, each top-level section a {@code ##} heading (nested sections one level
 * deeper, {@code ######} at most; none for a section marked {@code noHeading}), list items start
 * with {@code "- "} or {@code "1. "} (nested ones indented to their parent's text), a term is
 * bold before its text, an aside is a block quote under its bold title, references are a
 * numbered list, and
 * the credits and notices close the document after a rule. Every value is escaped (see
 * {@link #escape(String)}), so no article text can become markup, a link or raw HTML; only
 * {@code http} and {@code https} URLs become links.
 *
 * <p>The format name is {@code markdown}, the media type {@code text/markdown; charset=UTF-8}
 * (RFC 7763) and the file extension {@code md}. Immutable and thread-safe.
 */
public final class MarkdownRenderer implements Renderer {

    /** Joins a name to its note, as the built-in renderers do: "Stretching leg muscles—when cramps occur". */
    private static final String DASH = "\u2014";

    /** Creates the renderer; it has no options. ServiceLoader calls this constructor. */
    public MarkdownRenderer() {}

    /**
     * {@inheritDoc}
     *
     * @return {@code markdown}
     */
    @Override
    public String format() {
        return "markdown";
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code text/markdown; charset=UTF-8}
     */
    @Override
    public String mediaType() {
        return "text/markdown; charset=UTF-8";
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code md}
     */
    @Override
    public String fileExtension() {
        return "md";
    }

    /**
     * Renders an article as Markdown. Parts without content are left out with their headings.
     *
     * @param condition the article
     * @param out where the Markdown goes; it is not flushed or closed
     * @throws java.io.UncheckedIOException if writing to {@code out} fails
     */
    @Override
    public void render(Condition condition, Appendable out) {
        Document document = new Document(Labels.builtIn(condition.language()));
        Outline.of(condition).walk(document);
        Renderer.append(out, document.text());
    }

    /**
     * Escapes text so that Markdown shows it as it is. Line breaks become spaces (a value is one
     * paragraph or one item, and a line break could start a heading or a list); every character
     * that is markup inside a line gets a backslash ({@code \ ` * _ [ ] < > # | ~ &}); and the
     * first character gets one if it would start a block: a list ({@code - +} or {@code 1.}
     * {@code 1)}), a setext underline ({@code =}). Leading and trailing white space is removed,
     * since four spaces start a code block and two at the end break the line.
     *
     * @param text the text
     * @return the escaped text
     */
    static String escape(String text) {
        String line = text.replaceAll("\\R", " ").strip();
        StringBuilder s = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("\\`*_[]<>#|~&".indexOf(c) >= 0) {
                s.append('\\');
            }
            s.append(c);
        }
        if (!s.isEmpty() && "-+=".indexOf(s.charAt(0)) >= 0) {
            s.insert(0, '\\');
        }
        // "1. text" or "1) text" would start an ordered list: escape the dot or parenthesis.
        int digits = 0;
        while (digits < s.length() && digits < 9 && Character.isDigit(s.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < s.length() && (s.charAt(digits) == '.' || s.charAt(digits) == ')')) {
            s.insert(digits, '\\');
        }
        return s.toString();
    }

    /**
     * The writing of one article: all state of one call. Every block ends with a blank line, the
     * simplest way to keep blocks apart; {@link #text()} drops the last one.
     */
    private static final class Document implements OutlineVisitor {
        private final StringBuilder out = new StringBuilder(4096);
        /** The words of the article's language, the same the built-in renderers write. */
        private final Labels labels;
        private final Deque<Part.ListPart> lists = new ArrayDeque<>();
        /** Where a nested item's marker starts: the start of its parent item's text. */
        private String indent = "";
        private final Deque<String> indents = new ArrayDeque<>();
        /** What starts every line of an aside: {@code "> "} for each aside it stands in. */
        private String quote = "";
        private final Deque<String> quotes = new ArrayDeque<>();

        Document(Labels labels) {
            this.labels = labels;
        }

        String text() {
            return out.toString().stripTrailing() + "\n";
        }

        @Override
        public void header(Part.Header part) {
            Condition c = part.condition();
            line("# " + escape(c.title()));
            line("");
            if (c.subtitle() != null) {
                paragraph("*" + escape(c.subtitle()) + "*");
            }
            if (!c.alsoCalled().isEmpty()) {
                paragraph(labels.get(Labels.Label.ALSO_CALLED) + ": " + escapeAll(c.alsoCalled(), ", "));
            }
        }

        @Override
        public void enterSection(Part.SectionPart part) {
            Section s = part.section();
            if (s.hasHeading() && (!s.blocks().isEmpty() || !s.sections().isEmpty())) {
                line("#".repeat(Math.min(6, part.depth() + 1)) + " " + escape(labels.heading(s)));
                line("");
            }
        }

        @Override
        public void exitSection(Part.SectionPart part) {
            // The next heading ends the section.
        }

        @Override
        public void paragraph(Part.ParagraphPart part) {
            paragraph(escape(part.paragraph().text()));
        }

        @Override
        public void enterList(Part.ListPart part) {
            lists.push(part);
        }

        @Override
        public void exitList(Part.ListPart part) {
            lists.pop();
            if (lists.isEmpty()) {
                line("");
            }
        }

        @Override
        public void enterItem(Part.ItemPart part) {
            Item item = part.item();
            String marker = lists.peek().ordered() ? (part.index() + 1) + ". " : "- ";
            String text = (item.term() == null ? "" : "**" + escape(item.term()) + "**: ") + escape(item.text());
            if (!item.examples().isEmpty()) {
                text += DASH + labels.get(Labels.Label.SUCH_AS) + " "
                        + labels.join(item.examples().stream().map(MarkdownRenderer::escape).toList(), item.effectiveConjunction());
            }
            if (item.note() != null && !item.note().isBlank()) {
                text += DASH + escape(item.note());
            }
            line(indent + marker + text);
            // CommonMark nests what is indented to the start of the item's text.
            indents.push(indent);
            indent = indent + " ".repeat(marker.length());
            for (String paragraph : item.paragraphs()) {
                line("");
                line(indent + escape(paragraph));
            }
        }

        @Override
        public void exitItem(Part.ItemPart part) {
            indent = indents.pop();
        }

        @Override
        public void enterAside(Part.AsidePart part) {
            quotes.push(quote);
            quote = quote + "> ";
            paragraph("**" + escape(part.aside().title()) + "**");
        }

        @Override
        public void exitAside(Part.AsidePart part) {
            quote = quotes.pop();
            line("");
        }

        @Override
        public void figure(Part.FigurePart part) {
            // Illustrations are not shown, but their credits must be.
            paragraph("*" + escape(part.media().credit()) + "*");
        }

        @Override
        public void resources(Part.ResourcesPart part) {
            resources(part.groups());
        }

        @Override
        public void references(Part.ReferencesPart part) {
            references(part.references());
        }

        @Override
        public void credits(Part.CreditsPart part) {
            credits(part.condition());
        }

        private void resources(List<ResourceGroup> groups) {
            if (groups.stream().allMatch(g -> g.items().isEmpty())) {
                return;
            }
            heading(labels.get(Labels.Label.RESOURCES));
            for (ResourceGroup group : groups) {
                if (group.items().isEmpty()) {
                    continue;
                }
                if (group.heading() != null) {
                    line("### " + escape(group.heading()));
                    line("");
                }
                for (Resource r : group.items()) {
                    String name = r.site() != null
                            ? escape(r.site()) + " (" + escape(r.organization()) + ")"
                            : escape(r.organization());
                    line("- " + link(name, r.url()));
                }
                line("");
            }
        }

        private void references(List<Reference> references) {
            if (references.isEmpty()) {
                return;
            }
            heading(labels.get(Labels.Label.REFERENCES));
            for (int i = 0; i < references.size(); i++) {
                line((i + 1) + ". " + citation(references.get(i)));
            }
            line("");
        }

        /** Authors. *Title.* Source, year;volume(issue):pages. DOI or link. */
        private static String citation(Reference r) {
            List<String> parts = new ArrayList<>();
            List<String> authors = new ArrayList<>();
            for (Author a : r.authors()) {
                authors.add(escape(a.literal() != null ? a.literal()
                        : (a.family() == null ? "" : a.family()) + (a.given() == null ? "" : " " + a.given())));
            }
            if (r.etAl()) {
                authors.add("et al");
            }
            if (!authors.isEmpty()) {
                parts.add(String.join(", ", authors) + ".");
            }
            parts.add("*" + escape(r.title()) + "*.");
            String source = r.journal() != null ? r.journal() : r.site() != null ? r.site() : r.publisher();
            StringBuilder where = new StringBuilder(source == null ? "" : escape(source));
            if (r.year() != null) {
                where.append(where.isEmpty() ? "" : ", ").append(r.year());
            }
            if (r.volume() != null) {
                where.append(';').append(escape(r.volume()));
            }
            if (r.issue() != null) {
                where.append('(').append(escape(r.issue())).append(')');
            }
            if (r.pages() != null) {
                where.append(':').append(escape(r.pages()));
            }
            if (!where.isEmpty()) {
                parts.add(where + ".");
            }
            if (r.doi() != null) {
                parts.add(link("doi:" + escape(r.doi()), "https://doi.org/" + r.doi()));
            }
            if (r.pmid() != null) {
                parts.add("PMID: " + escape(r.pmid()));
            }
            if (r.url() != null) {
                parts.add(link(escape(r.url()), r.url()));
            }
            return String.join(" ", parts);
        }

        private void credits(Condition c) {
            List<String> credits = new ArrayList<>();
            for (Contributor contributor : c.contributors()) {
                credits.add("By " + escape(contributor.name())
                        + (contributor.organization() || contributor.credentials() == null ? "" : ", " + escape(contributor.credentials())));
            }
            if (c.publisher() != null) {
                credits.add("Published by " + link(escape(c.publisher().name()), c.publisher().url()));
            }
            List<String> dates = new ArrayList<>();
            if (c.published() != null) {
                dates.add(labels.get(Labels.Label.PUBLISHED) + " " + c.published() + ".");
            }
            if (c.updated() != null) {
                dates.add(labels.get(Labels.Label.LAST_UPDATED) + " " + c.updated() + ".");
            }
            if (c.review() != null && c.review().lastReviewed() != null) {
                dates.add(labels.get(Labels.Label.LAST_REVIEWED) + " " + c.review().lastReviewed() + ".");
            }
            if (!dates.isEmpty()) {
                credits.add(String.join(" ", dates));
            }
            if (c.copyright() != null) {
                credits.add("© " + (c.copyright().year() == null ? "" : c.copyright().year() + " ")
                        + escape(c.copyright().holder()));
            }
            if (c.review() != null && c.review().statement() != null) {
                credits.add(escape(c.review().statement()));
            }
            if (c.disclaimer() != null) {
                credits.add(escape(c.disclaimer()));
            }
            if (c.feedback() != null) {
                credits.add(escape(c.feedback().invitation()) + " " + escape(c.feedback().email()) + ".");
            }
            if (!credits.isEmpty()) {
                line("---");
                line("");
                credits.forEach(this::paragraph);
            }
        }

        private static String escapeAll(List<String> values, String separator) {
            return String.join(separator, values.stream().map(MarkdownRenderer::escape).toList());
        }

        /**
         * A link when the URL is an http or https URL that fits in {@code <...>}; the text alone
         * otherwise, so that a {@code javascript:} URL from an article never becomes a link.
         */
        private static String link(String text, String url) {
            if (url == null) {
                return text;
            }
            String u = url.strip();
            String lower = u.toLowerCase(Locale.ROOT);
            boolean web = lower.startsWith("https://") || lower.startsWith("http://");
            boolean fits = u.chars().noneMatch(ch -> ch <= ' ' || ch == '<' || ch == '>' || ch == '\\' || ch == 0x7f);
            return web && fits ? "[" + text + "](<" + u + ">)" : text;
        }

        private void heading(String text) {
            line("## " + escape(text));
            line("");
        }

        private void paragraph(String escapedText) {
            line(escapedText);
            line("");
        }

        private void line(String text) {
            out.append(text.isEmpty() ? quote.stripTrailing() : quote + text).append('\n');
        }
    }
}
