package org.conditioncontent.render.html;

import static org.conditioncontent.render.internal.EnglishPhrases.isPresent;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Contributor;
import org.conditioncontent.model.Copyright;
import org.conditioncontent.model.Feedback;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.Media;
import org.conditioncontent.model.MedicalCode;
import org.conditioncontent.model.PartialDate;
import org.conditioncontent.model.Publisher;
import org.conditioncontent.model.Reference;
import org.conditioncontent.model.Resource;
import org.conditioncontent.model.ResourceGroup;
import org.conditioncontent.model.Review;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.outline.Outline;
import org.conditioncontent.model.outline.OutlineVisitor;
import org.conditioncontent.model.outline.Part;
import org.conditioncontent.render.internal.EnglishPhrases;
import org.conditioncontent.render.internal.Headings;
import org.conditioncontent.render.internal.HtmlWriter;
import org.conditioncontent.render.internal.ReferenceFormat;
import org.conditioncontent.render.internal.UrlPolicy;
import org.jspecify.annotations.Nullable;

/**
 * Writes one article as an {@code <article>} element, walking its {@link Outline}: sections in
 * reading order, each a {@code <section>} labelled by its heading one level below the heading it
 * stands under (a {@code <div class="section">} when it has no heading), lists as {@code <ul>}
 * or {@code <ol>}, asides as labelled {@code <aside>}s. Holds the state of one rendering (the
 * writer, the ids used so far, the open sections), so it is made anew for every call.
 *
 * <p>Content from an article that skipped validation must still make a valid page: a blank title
 * falls back to the id, and a link without text shows its address.
 */
final class ArticleWriter implements OutlineVisitor {


    /** The title of an article whose title and id are both blank, which only an unvalidated one has. */
    static final String UNTITLED = "Untitled condition";

    private final HtmlWriter html;
    private final int titleLevel;
    /** The titles of the articles a related id links to, by id; empty to write the ids as text. */
    private final Map<String, String> relatedTitles;
    private final Set<String> ids = new HashSet<>();
    /** The heading level of each open section and aside, innermost first. */
    private final Deque<Integer> levels = new ArrayDeque<>();
    /** What each open section was written as, innermost first, so its exit closes the same. */
    private final Deque<Container> containers = new ArrayDeque<>();
    private final Deque<Part.ListPart> lists = new ArrayDeque<>();

    /** How a section was opened. */
    private enum Container {
        SECTION,
        DIV,
        SKIPPED
    }

    ArticleWriter(HtmlWriter html, int titleLevel, Map<String, String> relatedTitles) {
        this.html = html;
        this.titleLevel = titleLevel;
        this.relatedTitles = relatedTitles;
    }

    /**
     * The title to show for an article: its title, or its id when the title is blank, so that the
     * page's {@code <title>}, its top heading and the structured data are never empty.
     *
     * @param c the article
     * @return the title, never blank
     */
    static String title(Condition c) {
        if (isPresent(c.title())) {
            return c.title();
        }
        return isPresent(c.id()) ? c.id() : UNTITLED;
    }

    /**
     * Writes the article.
     *
     * @param c the article
     * @param jsonLd whether to end the article with its schema.org JSON-LD, as a fragment does
     *     when asked for it (a full page carries it in the head instead)
     */
    void write(Condition c, boolean jsonLd) {
        html.raw("<article>\n");
        Outline.of(c).walk(this);
        if (!Outline.hasCredits(c) && !c.related().isEmpty()) {
            footer(c);
        }
        if (jsonLd) {
            html.jsonScript(JsonLd.of(c)).newline();
        }
        html.raw("</article>\n");
    }

    @Override
    public void header(Part.Header part) {
        Condition c = part.condition();
        html.raw("<header>\n");
        heading(titleLevel, title(c), null);
        if (isPresent(c.subtitle())) {
            html.element("p", c.subtitle(), "class", "subtitle").newline();
        }
        if (isPresent(c.series())) {
            html.element("p", "Series: " + c.series(), "class", "series").newline();
        }
        if (!c.alsoCalled().isEmpty()) {
            html.start("p", "class", "also-called").text("Also called: " + String.join("; ", c.alsoCalled())).end("p").newline();
        }
        if (!c.codes().isEmpty()) {
            html.start("p", "class", "codes").text("Codes: ");
            boolean first = true;
            for (MedicalCode code : c.codes()) {
                if (!first) {
                    html.text("; ");
                }
                first = false;
                if (code.system() != null) {
                    html.text(code.system().displayName() + " ");
                }
                html.element("code", code.code());
                if (isPresent(code.display())) {
                    html.text(" (" + code.display() + ")");
                }
            }
            html.end("p").newline();
        }
        html.raw("</header>\n");
    }

    @Override
    public void enterSection(Part.SectionPart part) {
        Section s = part.section();
        if (s.blocks().isEmpty() && s.sections().isEmpty()) {
            // Nothing to show: left out with its heading, and its exit writes nothing either.
            containers.push(Container.SKIPPED);
            return;
        }
        String id = uniqueId(Headings.id(s.kind()));
        if (s.hasHeading()) {
            int level = level() + 1;
            html.start("section", "id", id, "aria-labelledby", id + "-heading").newline();
            heading(level, Headings.of(s), id + "-heading");
            levels.push(level);
            containers.push(Container.SECTION);
        } else {
            // A lead summary without a heading is no region of its own: a <section> needs a name.
            html.start("div", "id", id, "class", "section").newline();
            levels.push(level());
            containers.push(Container.DIV);
        }
    }

    @Override
    public void exitSection(Part.SectionPart part) {
        Container container = containers.pop();
        if (container == Container.SKIPPED) {
            return;
        }
        levels.pop();
        html.raw(container == Container.SECTION ? "</section>\n" : "</div>\n");
    }

    @Override
    public void paragraph(Part.ParagraphPart part) {
        html.element("p", part.paragraph().text()).newline();
    }

    @Override
    public void enterList(Part.ListPart part) {
        lists.push(part);
        html.raw(part.ordered() ? "<ol>\n" : "<ul>\n");
    }

    @Override
    public void exitList(Part.ListPart part) {
        lists.pop();
        html.raw(part.ordered() ? "</ol>\n" : "</ul>\n");
    }

    @Override
    public void enterItem(Part.ItemPart part) {
        Part.ListPart list = lists.peek();
        int depth = list == null ? 0 : list.depth() - 1;
        Item item = part.item();
        html.raw("<li>");
        if (isPresent(item.term())) {
            html.element("strong", item.term()).text(": ");
        }
        html.text(EnglishPhrases.item(item, depth, part.kind()));
        if (!item.paragraphs().isEmpty() || !item.items().isEmpty()) {
            html.newline();
        }
        for (String paragraph : item.paragraphs()) {
            html.element("p", paragraph).newline();
        }
    }

    @Override
    public void exitItem(Part.ItemPart part) {
        html.raw("</li>\n");
    }

    @Override
    public void enterAside(Part.AsidePart part) {
        String title = part.aside().title();
        if (!isPresent(title)) {
            // Only an unvalidated aside has no title; an empty heading would name nothing.
            html.raw("<aside>\n");
            levels.push(level());
            return;
        }
        String id = uniqueId("aside");
        int level = level() + 1;
        html.start("aside", "id", id, "aria-labelledby", id + "-heading").newline();
        heading(level, title, id + "-heading");
        levels.push(level);
    }

    @Override
    public void exitAside(Part.AsidePart part) {
        levels.pop();
        html.raw("</aside>\n");
    }

    @Override
    public void figure(Part.FigurePart part) {
        Media media = part.media();
        String src = UrlPolicy.imageSource(media.url());
        if (src == null) {
            html.element("p", media.credit(), "class", "credit").newline();
            return;
        }
        // An empty alt marks the image as decorative, which is right when nothing describes it.
        String alt = isPresent(media.description()) ? media.description().strip() : "";
        html.raw("<figure>\n");
        html.start("img", "src", src, "alt", alt).newline();
        html.element("figcaption", media.credit(), "class", "credit").newline();
        html.raw("</figure>\n");
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
        footer(part.condition());
    }

    /** The heading level of the innermost open section or aside; the title's outside them all. */
    private int level() {
        Integer level = levels.peek();
        return level == null ? titleLevel : level;
    }

    /** The base id, or the base id with "-2", "-3", ... when it was used before, so that ids stay unique. */
    private String uniqueId(String baseId) {
        String id = baseId;
        for (int n = 2; !ids.add(id); n++) {
            id = baseId + "-" + n;
        }
        return id;
    }

    private void resources(List<ResourceGroup> groups) {
        if (groups.stream().allMatch(g -> g.items().isEmpty())) {
            return;
        }
        section("resources", Headings.RESOURCES, () -> {
            for (ResourceGroup group : groups) {
                if (group.items().isEmpty()) {
                    continue;
                }
                if (isPresent(group.heading())) {
                    heading(titleLevel + 2, group.heading(), null);
                }
                html.raw("<ul>\n");
                for (Resource resource : group.items()) {
                    html.raw("<li>");
                    resource(resource);
                    html.raw("</li>\n");
                }
                html.raw("</ul>\n");
            }
        });
    }

    private void resource(Resource resource) {
        String name = isPresent(resource.site())
                ? EnglishPhrases.withNote(resource.site(), resource.organization())
                : resource.organization();
        if (!isPresent(resource.url())) {
            html.text(name);
        } else if (UrlPolicy.linkTarget(resource.url()) != null) {
            html.link(resource.url(), name);
        } else {
            // Not a URL that may be a link: still shown, so nothing is lost, but only as text.
            html.text(name + " <" + resource.url().strip() + ">");
        }
    }

    private void references(List<Reference> references) {
        if (references.isEmpty()) {
            return;
        }
        section("references", Headings.REFERENCES, () -> {
            html.raw("<ol>\n");
            for (Reference reference : references) {
                html.raw("<li>");
                for (ReferenceFormat.Part part : ReferenceFormat.parts(reference)) {
                    referencePart(part);
                }
                html.raw("</li>\n");
            }
            html.raw("</ol>\n");
        });
    }

    private void referencePart(ReferenceFormat.Part part) {
        String text = part.text();
        switch (part.kind()) {
            case TEXT -> html.text(text);
            case TITLE -> html.element("cite", text);
            case URL -> html.link(text, text);
            case DOI -> {
                // Only what looks like a DOI gets a resolver link; anything else is the editor's slip, shown as text.
                if (JsonLd.isDoi(text)) {
                    html.linkTo("https://doi.org/" + UrlPolicy.encodePath(text), text);
                } else {
                    html.text(text);
                }
            }
            case PMID -> {
                if (JsonLd.isPmid(text)) {
                    html.linkTo("https://pubmed.ncbi.nlm.nih.gov/" + text + "/", text);
                } else {
                    html.text(text);
                }
            }
        }
    }

    private void footer(Condition c) {
        html.raw("<footer>\n");
        contributors(c.contributors());
        publisher(c.publisher());
        if (c.published() != null || c.updated() != null) {
            html.start("p", "class", "dates");
            dates("Published", c.published(), "Last updated", c.updated());
            html.end("p").newline();
        }
        copyright(c.copyright());
        review(c.review());
        if (isPresent(c.disclaimer())) {
            html.element("p", c.disclaimer(), "class", "disclaimer").newline();
        }
        feedback(c.feedback());
        if (!c.related().isEmpty()) {
            related(c.related());
        }
        html.raw("</footer>\n");
    }

    /** The related articles: a link to each one whose title is known, the id alone for the rest. */
    private void related(List<String> related) {
        if (relatedTitles.isEmpty()) {
            html.element("p", "Related: " + String.join(", ", related), "class", "related").newline();
            return;
        }
        html.start("p", "class", "related").text("Related: ");
        for (int i = 0; i < related.size(); i++) {
            String id = related.get(i);
            if (i > 0) {
                html.text(", ");
            }
            String title = relatedTitles.get(id);
            if (title == null) {
                html.text(id);
            } else {
                html.start("a", "href", IndexPage.encode(id) + ".html").text(title).end("a");
            }
        }
        html.end("p").newline();
    }

    private void contributors(List<Contributor> contributors) {
        if (contributors.isEmpty()) {
            return;
        }
        section("contributors", Headings.CONTRIBUTORS, () -> {
            html.raw("<ul>\n");
            for (Contributor contributor : contributors) {
                html.element("li", EnglishPhrases.contributor(contributor)).newline();
            }
            html.raw("</ul>\n");
        });
    }

    private void publisher(@Nullable Publisher publisher) {
        if (publisher == null) {
            return;
        }
        html.start("p", "class", "publisher").text("Publisher: ");
        if (isPresent(publisher.url()) && UrlPolicy.linkTarget(publisher.url()) != null) {
            html.link(publisher.url(), publisher.name());
        } else {
            html.text(publisher.name());
        }
        html.end("p").newline();
    }

    private void copyright(@Nullable Copyright copyright) {
        if (copyright == null) {
            return;
        }
        String year = copyright.year() == null ? "" : copyright.year() + " ";
        html.element("p", "\u00a9 " + year + copyright.holder(), "class", "copyright").newline();
    }

    private void review(@Nullable Review review) {
        if (review == null) {
            return;
        }
        if (review.lastReviewed() != null || review.nextReview() != null) {
            html.start("p", "class", "review-dates");
            dates("Last reviewed", review.lastReviewed(), "Next review", review.nextReview());
            html.end("p").newline();
        }
        if (!review.reviewers().isEmpty()) {
            html.element("p", "Reviewed by: " + String.join(", ", review.reviewers()) + ".", "class", "reviewers").newline();
        }
        if (isPresent(review.statement())) {
            html.element("p", review.statement(), "class", "review-statement").newline();
        }
    }

    /** Two labelled dates, "Last reviewed: June 1, 2023. Next review: June 2024.", each one left out when absent. */
    private void dates(String firstLabel, @Nullable PartialDate first, String secondLabel, @Nullable PartialDate second) {
        if (first != null) {
            html.text(firstLabel + ": ");
            html.element("time", EnglishPhrases.date(first), "datetime", first.toString());
            html.text(".");
        }
        if (second != null) {
            if (first != null) {
                html.text(" ");
            }
            html.text(secondLabel + ": ");
            html.element("time", EnglishPhrases.date(second), "datetime", second.toString());
            html.text(".");
        }
    }

    private void feedback(@Nullable Feedback feedback) {
        if (feedback == null) {
            return;
        }
        html.start("p", "class", "feedback").text(feedback.invitation() + " ");
        String mailto = UrlPolicy.mailto(feedback.email());
        if (mailto == null) {
            html.text(feedback.email());
        } else {
            html.linkTo(mailto, feedback.email().strip());
        }
        html.text(".").end("p").newline();
    }

    /**
     * A section labelled by its own heading. The id is the base id, or the base id with "-2",
     * "-3", ... when it was used before, so that a repeated section kind keeps ids unique.
     */
    private void section(String baseId, String heading, Runnable content) {
        String id = uniqueId(baseId);
        html.start("section", "id", id, "aria-labelledby", id + "-heading").newline();
        heading(titleLevel + 1, heading, id + "-heading");
        content.run();
        html.raw("</section>\n");
    }

    private void heading(int level, String text, @Nullable String id) {
        if (level <= 6) {
            String tag = "h" + level;
            html.element(tag, text, "id", id).newline();
        } else {
            // HTML has no <h7>: the ARIA heading role carries the level for assistive technology.
            html.element("p", text, "role", "heading", "aria-level", Integer.toString(level), "id", id).newline();
        }
    }
}
