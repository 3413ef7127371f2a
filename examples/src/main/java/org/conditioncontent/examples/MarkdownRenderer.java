package org.conditioncontent.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conditioncontent.model.Author;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Contributor;
import org.conditioncontent.model.Conjunction;
import org.conditioncontent.model.Measure;
import org.conditioncontent.model.Medication;
import org.conditioncontent.model.Medications;
import org.conditioncontent.model.Prevention;
import org.conditioncontent.model.Reference;
import org.conditioncontent.model.Resource;
import org.conditioncontent.model.ResourceGroup;
import org.conditioncontent.model.RiskFactor;
import org.conditioncontent.model.RiskFactors;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.Treatment;
import org.conditioncontent.model.Treatments;
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
 * <p>The title is a {@code #} heading, each part a {@code ##} heading, list items start with
 * {@code "- "} (nested ones indented by two spaces a level), references are a numbered list, and
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
        Document document = new Document();
        document.article(condition);
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
    private static final class Document {
        private final StringBuilder out = new StringBuilder(4096);

        String text() {
            return out.toString().stripTrailing() + "\n";
        }

        void article(Condition c) {
            line("# " + escape(c.title()));
            line("");
            if (!c.alsoCalled().isEmpty()) {
                paragraph("Also called: " + escapeAll(c.alsoCalled(), ", "));
            }
            definition(c);
            paragraphs("Causes", c.causes());
            riskFactors(c.riskFactors());
            paragraphs("Symptoms", c.symptoms());
            paragraphs("Diagnosis", c.diagnosis());
            treatment(c.treatment());
            prevention(c.prevention());
            medications(c.medications());
            c.sections().forEach(this::section);
            resources(c.resources());
            references(c.references());
            credits(c);
        }

        private void definition(Condition c) {
            paragraphs("Definition", c.definition());
            if (c.definition().isEmpty() && !c.media().isEmpty()) {
                heading("Definition");
            }
            // Illustrations are not shown, but their credits must be.
            c.media().forEach(m -> paragraph("*" + escape(m.credit()) + "*"));
        }

        private void riskFactors(RiskFactors r) {
            if (r == null || (r.summary().isEmpty() && r.leadIn() == null && r.items().isEmpty())) {
                return;
            }
            heading("Risk Factors");
            r.summary().forEach(p -> paragraph(escape(p)));
            leadIn(r.leadIn());
            riskFactorItems(r.items(), 0);
        }

        private void riskFactorItems(List<RiskFactor> items, int depth) {
            for (RiskFactor item : items) {
                String text = escape(item.name());
                if (!item.examples().isEmpty()) {
                    text += DASH + "such as " + joined(item.examples(), item.effectiveConjunction());
                }
                item(text, depth);
                riskFactorItems(item.items(), depth + 1);
            }
            if (depth == 0 && !items.isEmpty()) {
                line("");
            }
        }

        private void treatment(Treatments t) {
            if (t != null && (!t.summary().isEmpty() || t.leadIn() != null || !t.options().isEmpty())) {
                heading("Treatment");
                t.summary().forEach(p -> paragraph(escape(p)));
                leadIn(t.leadIn());
                List<String> items = new ArrayList<>();
                for (Treatment option : t.options()) {
                    items.add(withNote(option.name(), option.note()));
                }
                items(items);
            }
        }

        private void prevention(Prevention p) {
            if (p != null && (!p.summary().isEmpty() || p.leadIn() != null || !p.measures().isEmpty())) {
                heading("Prevention");
                p.summary().forEach(s -> paragraph(escape(s)));
                leadIn(p.leadIn());
                List<String> items = new ArrayList<>();
                for (Measure measure : p.measures()) {
                    items.add(withNote(measure.name(), measure.note()));
                }
                items(items);
            }
        }

        private void medications(Medications m) {
            if (m != null && (!m.summary().isEmpty() || m.leadIn() != null || !m.items().isEmpty())) {
                heading("Medications");
                m.summary().forEach(s -> paragraph(escape(s)));
                leadIn(m.leadIn());
                List<String> items = new ArrayList<>();
                for (Medication medication : m.items()) {
                    items.add(withNote(medication.name(), medication.note()));
                }
                items(items);
            }
        }

        private void section(Section s) {
            if (s.paragraphs().isEmpty() && s.leadIn() == null && s.items().isEmpty()) {
                return;
            }
            heading(s.heading() != null ? s.heading() : defaultHeading(s));
            s.paragraphs().forEach(p -> paragraph(escape(p)));
            leadIn(s.leadIn());
            items(s.items().stream().map(MarkdownRenderer::escape).toList());
        }

        private void resources(List<ResourceGroup> groups) {
            if (groups.stream().allMatch(g -> g.items().isEmpty())) {
                return;
            }
            heading("Resources");
            for (ResourceGroup group : groups) {
                if (group.items().isEmpty()) {
                    continue;
                }
                if (group.heading() != null) {
                    line("### " + escape(group.heading()));
                    line("");
                }
                List<String> items = new ArrayList<>();
                for (Resource r : group.items()) {
                    String name = r.site() != null
                            ? escape(r.site()) + " (" + escape(r.organization()) + ")"
                            : escape(r.organization());
                    items.add(link(name, r.url()));
                }
                items(items);
            }
        }

        private void references(List<Reference> references) {
            if (references.isEmpty()) {
                return;
            }
            heading("References");
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
                        + (contributor.credentials() == null ? "" : ", " + escape(contributor.credentials())));
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

        private static String defaultHeading(Section s) {
            String words = s.kind() == null ? "More information" : s.kind().name().replace('_', ' ').toLowerCase(Locale.ROOT);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }

        private static String withNote(String name, String note) {
            return escape(name) + (note == null || note.isBlank() ? "" : DASH + escape(note));
        }

        private static String joined(List<String> words, Conjunction conjunction) {
            List<String> escaped = words.stream().map(MarkdownRenderer::escape).toList();
            String word = conjunction == Conjunction.OR ? " or " : " and ";
            if (escaped.size() <= 2) {
                return String.join(word, escaped);
            }
            return String.join(", ", escaped.subList(0, escaped.size() - 1)) + "," + word + escaped.get(escaped.size() - 1);
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

        private void paragraphs(String heading, List<String> paragraphs) {
            if (!paragraphs.isEmpty()) {
                heading(heading);
                paragraphs.forEach(p -> paragraph(escape(p)));
            }
        }

        private void leadIn(String leadIn) {
            if (leadIn != null && !leadIn.isBlank()) {
                paragraph(escape(leadIn));
            }
        }

        private void items(List<String> items) {
            if (!items.isEmpty()) {
                items.forEach(item -> item(item, 0));
                line("");
            }
        }

        private void item(String escapedText, int depth) {
            line("  ".repeat(depth) + "- " + escapedText);
        }

        private void paragraph(String escapedText) {
            line(escapedText);
            line("");
        }

        private void line(String text) {
            out.append(text).append('\n');
        }
    }
}
