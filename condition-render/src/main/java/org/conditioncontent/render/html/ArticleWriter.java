package org.conditioncontent.render.html;

import static org.conditioncontent.render.internal.EnglishPhrases.isPresent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
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
import org.conditioncontent.render.CitationPart;
import org.conditioncontent.render.CitationStyle;
import org.conditioncontent.render.Labels;
import org.conditioncontent.render.Labels.Label;
import org.conditioncontent.render.internal.BuiltInCitationStyle;
import org.conditioncontent.render.internal.BuiltInParts;
import org.conditioncontent.render.internal.EnglishPhrases;
import org.conditioncontent.render.internal.Headings;
import org.conditioncontent.render.internal.HtmlWriter;
import org.conditioncontent.render.internal.LabelledText;
import org.conditioncontent.render.internal.PartDispatch;
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
final class ArticleWriter implements OutlineVisitor, BuiltInParts {


    /** The title of an article whose title and id are both blank, which only an unvalidated one has. */
    static final String UNTITLED = "Untitled condition";

    private final HtmlWriter html;
    private final int titleLevel;
    /** The titles of the articles a related id links to, by id; empty to write the ids as text. */
    private final Map<String, String> relatedTitles;
    private final Condition condition;
    private final Labels labels;
    /**
     * The language of the labels where the page is in another, to mark their words with (WCAG
     * 3.1.2, Language of Parts); {@code null} on a page in their language, which marks nothing.
     */
    private final @Nullable String labelLang;
    /** The direction the labels' words need on the page, when it is not the page's. */
    private final @Nullable String labelDir;
    /** Where items with examples and citations are written piece by piece, label words apart. */
    private final PageText pieces = new PageText();
    private final CitationStyle citationStyle;
    private final Map<Class<?>, HtmlPartRenderer<?>> renderers;
    private final @Nullable PartAttributes partAttributes;
    /** The parts a user's renderer writes, so that its context can delegate to the built-in markup; only with such renderers. */
    private @Nullable PartDispatch parts;
    private @Nullable HtmlPartContext context;
    private final Set<String> ids = new HashSet<>();
    /** For each base id used more than once, the number its next repetition starts counting from. */
    private final Map<String, Integer> suffixes = new HashMap<>();
    /** The heading level of each open section and aside, innermost first. */
    private final Deque<Integer> levels = new ArrayDeque<>();
    /** What each open section was written as, innermost first, so its exit closes the same. */
    private final Deque<Container> containers = new ArrayDeque<>();
    private final Deque<Part.ListPart> lists = new ArrayDeque<>();

    /** How a section was opened. */
    private enum Container {
        SECTION,
        DIV,
        SKIPPED,
        /** Opened by a user's part renderer: the built-in end writes nothing. */
        USER
    }

    /**
     * Creates the writer of one rendering.
     *
     * @param pageLanguage the page's language, a well-formed tag: the labels' words are marked
     *     with their own language where it is not this one
     */
    ArticleWriter(HtmlWriter html, int titleLevel, Condition condition, Labels labels, String pageLanguage,
            CitationStyle citationStyle, Map<Class<?>, HtmlPartRenderer<?>> renderers,
            @Nullable PartAttributes partAttributes, Map<String, String> relatedTitles) {
        this.html = html;
        this.titleLevel = titleLevel;
        this.condition = condition;
        this.labels = labels;
        this.labelLang = foreignLabels(labels, pageLanguage);
        this.labelDir = labelLang == null ? null : TextDirection.within(labelLang, pageLanguage);
        this.citationStyle = citationStyle;
        this.renderers = renderers;
        this.partAttributes = partAttributes;
        this.relatedTitles = relatedTitles;
    }

    Condition condition() {
        return condition;
    }

    Labels labels() {
        return labels;
    }

    CitationStyle citationStyle() {
        return citationStyle;
    }

    /**
     * The title to show for an article: its title, or its id when the title is blank, so that the
     * page's {@code <title>}, its top heading and the structured data are never empty.
     *
     * @param c the article
     * @return the title, never blank
     */
    static String title(Condition c) {
        return title(c, Labels.english());
    }

    /**
     * The title to show for an article, falling back to its id and then to the labels' words for
     * an untitled article.
     *
     * @param c the article
     * @param labels the words of its language
     * @return the title, never blank
     */
    static String title(Condition c, Labels labels) {
        if (isPresent(c.title())) {
            return c.title();
        }
        return isPresent(c.id()) ? c.id() : labels.get(Label.UNTITLED);
    }

    /** Whether the title shown is the labels' word for an untitled article, not the article's own. */
    private static boolean untitled(Condition c) {
        return !isPresent(c.title()) && !isPresent(c.id());
    }

    /**
     * The language of a label set when a page in another language must mark its words: when its
     * primary language subtag is not the page's, compared without regard to case ({@code es}
     * labels on an {@code es-MX} page need no mark, nor English ones on an {@code EN-gb} page).
     *
     * @param labels the label set
     * @param pageLanguage the page's language tag
     * @return the label set's language, or {@code null} when the page is in it
     */
    static @Nullable String foreignLabels(Labels labels, String pageLanguage) {
        String own = labels.language();
        int n = own.length();
        boolean same = pageLanguage.regionMatches(true, 0, own, 0, n)
                && (pageLanguage.length() == n || pageLanguage.charAt(n) == '-');
        return same ? null : own;
    }

    /** Writes the page's {@code <title>}: the article's title, marked when it is the labels' word for none. */
    void documentTitle() {
        boolean marked = untitled(condition);
        html.element("title", title(condition, labels), "lang", marked ? labelLang : null, "dir", marked ? labelDir : null)
                .newline();
    }

    /**
     * Writes the article.
     *
     * @param c the article
     * @param jsonLd whether to end the article with its schema.org JSON-LD, as a fragment does
     *     when asked for it (a full page carries it in the head instead)
     */
    void write(Condition c, boolean jsonLd) {
        if (!renderers.isEmpty()) {
            context = new HtmlPartContext(this, new PartWriter(html));
            parts = new PartDispatch(this);
        }
        html.raw(Markup.ARTICLE);
        Outline.of(c).walk(this);
        if (!Outline.hasCredits(c) && !c.related().isEmpty()) {
            footer(null, c);
        }
        if (jsonLd) {
            html.jsonScript(json -> JsonLd.write(c, PageFacts.of(c), json)).newline();
        }
        html.raw(Markup.END_ARTICLE);
    }

    @Override
    public void header(Part.Header part) {
        if (renderers.isEmpty()) {
            builtInHeader(part);
        } else {
            dispatch(part, false);
        }
    }

    @Override
    public void builtInHeader(Part.Header part) {
        Condition c = part.condition();
        open(part, "header").newline();
        heading(titleLevel, title(c, labels), null, untitled(c));
        if (isPresent(c.subtitle())) {
            html.element("p", c.subtitle(), "class", "subtitle").newline();
        }
        if (isPresent(c.series())) {
            html.start("p", "class", "series");
            labelled(Label.SERIES).text(c.series()).end("p").newline();
        }
        if (!c.alsoCalled().isEmpty()) {
            html.start("p", "class", "also-called");
            labelled(Label.ALSO_CALLED).text(String.join("; ", c.alsoCalled())).end("p").newline();
        }
        if (!c.codes().isEmpty()) {
            html.start("p", "class", "codes");
            labelled(Label.CODES);
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
        html.raw(Markup.END_HEADER);
    }

    @Override
    public void enterSection(Part.SectionPart part) {
        if (renderers.isEmpty()) {
            builtInEnterSection(part);
        } else {
            dispatch(part, false);
        }
    }

    @Override
    public void builtInEnterSection(Part.SectionPart part) {
        Section s = part.section();
        if (s.blocks().isEmpty() && s.sections().isEmpty()) {
            // Nothing to show: left out with its heading, and its exit writes nothing either.
            containers.push(Container.SKIPPED);
            return;
        }
        String id = uniqueId(Headings.id(s.kind()));
        if (s.hasHeading()) {
            int level = level() + 1;
            open(part, "section", "id", id, "aria-labelledby", id + "-heading").newline();
            heading(level, labels.heading(s), id + "-heading", !isPresent(s.heading()));
            levels.push(level);
            containers.push(Container.SECTION);
        } else {
            // A lead summary without a heading is no region of its own: a <section> needs a name.
            open(part, "div", "id", id, "class", "section").newline();
            levels.push(level());
            containers.push(Container.DIV);
        }
    }

    @Override
    public void exitSection(Part.SectionPart part) {
        if (renderers.isEmpty()) {
            builtInExitSection(part);
        } else {
            dispatch(part, true);
        }
    }

    @Override
    public void builtInExitSection(Part.SectionPart part) {
        Container container = containers.pop();
        if (container == Container.SKIPPED) {
            return;
        }
        levels.pop();
        if (container != Container.USER) {
            html.raw(container == Container.SECTION ? Markup.END_SECTION : Markup.END_DIV);
        }
    }

    @Override
    public void paragraph(Part.ParagraphPart part) {
        if (renderers.isEmpty()) {
            builtInParagraph(part);
        } else {
            dispatch(part, false);
        }
    }

    @Override
    public void builtInParagraph(Part.ParagraphPart part) {
        open(part, "p").text(part.paragraph().text()).end("p").newline();
    }

    @Override
    public void enterList(Part.ListPart part) {
        lists.push(part);
        if (renderers.isEmpty()) {
            builtInEnterList(part);
        } else {
            dispatch(part, false);
        }
    }

    @Override
    public void builtInEnterList(Part.ListPart part) {
        open(part, part.ordered() ? "ol" : "ul").newline();
    }

    @Override
    public void exitList(Part.ListPart part) {
        if (renderers.isEmpty()) {
            builtInExitList(part);
        } else {
            dispatch(part, true);
        }
        lists.pop();
    }

    @Override
    public void builtInExitList(Part.ListPart part) {
        html.raw(part.ordered() ? Markup.END_OL : Markup.END_UL);
    }

    @Override
    public void enterItem(Part.ItemPart part) {
        if (renderers.isEmpty()) {
            builtInEnterItem(part);
        } else {
            dispatch(part, false);
        }
    }

    @Override
    public void builtInEnterItem(Part.ItemPart part) {
        Part.ListPart list = lists.peek();
        int depth = list == null ? 0 : list.depth() - 1;
        Item item = part.item();
        open(part, "li");
        if (isPresent(item.term())) {
            html.element("strong", item.term()).text(": ");
        }
        if (EnglishPhrases.isTextAlone(item, part.kind())) {
            html.text(item.text());
        } else {
            // Written piece by piece: no string of the whole, and "such as" can be marked.
            EnglishPhrases.item(labels, item, depth, part.kind(), pieces);
        }
        if (!item.paragraphs().isEmpty() || !item.items().isEmpty()) {
            html.newline();
        }
        for (String paragraph : item.paragraphs()) {
            html.element("p", paragraph).newline();
        }
    }

    @Override
    public void exitItem(Part.ItemPart part) {
        if (renderers.isEmpty()) {
            builtInExitItem(part);
        } else {
            dispatch(part, true);
        }
    }

    @Override
    public void builtInExitItem(Part.ItemPart part) {
        html.raw(Markup.END_LI);
    }

    @Override
    public void enterAside(Part.AsidePart part) {
        if (renderers.isEmpty()) {
            builtInEnterAside(part);
        } else {
            dispatch(part, false);
        }
    }

    @Override
    public void builtInEnterAside(Part.AsidePart part) {
        String title = part.aside().title();
        if (!isPresent(title)) {
            // Only an unvalidated aside has no title; an empty heading would name nothing.
            open(part, "aside").newline();
            levels.push(level());
            return;
        }
        String id = uniqueId("aside");
        int level = level() + 1;
        open(part, "aside", "id", id, "aria-labelledby", id + "-heading").newline();
        heading(level, title, id + "-heading");
        levels.push(level);
    }

    @Override
    public void exitAside(Part.AsidePart part) {
        if (renderers.isEmpty()) {
            builtInExitAside(part);
        } else {
            dispatch(part, true);
        }
    }

    @Override
    public void builtInExitAside(Part.AsidePart part) {
        levels.pop();
        html.raw(Markup.END_ASIDE);
    }

    @Override
    public void figure(Part.FigurePart part) {
        if (renderers.isEmpty()) {
            builtInFigure(part);
        } else {
            dispatch(part, false);
        }
    }

    @Override
    public void builtInFigure(Part.FigurePart part) {
        Media media = part.media();
        String src = UrlPolicy.imageSource(media.url());
        if (src == null) {
            if (!isPresent(media.description()) && !isPresent(media.url())) {
                open(part, "p", "class", "credit").text(media.credit()).end("p").newline();
                return;
            }
            // No image the page may load (none given, or not an http or https address): what
            // describes it, and the address given, are written as text, so that nothing is lost.
            open(part, "figure").newline();
            html.start("p");
            labelled(Label.IMAGE);
            html.text(EnglishPhrases.imageText(media)).end("p").newline();
            html.element("figcaption", media.credit(), "class", "credit").newline();
            html.raw(Markup.END_FIGURE);
            return;
        }
        // An empty alt marks the image as decorative, which is right when nothing describes it.
        String alt = isPresent(media.description()) ? media.description().strip() : "";
        open(part, "figure").newline();
        html.start("img", "src", src, "alt", alt).newline();
        html.element("figcaption", media.credit(), "class", "credit").newline();
        html.raw(Markup.END_FIGURE);
    }

    @Override
    public void resources(Part.ResourcesPart part) {
        if (renderers.isEmpty()) {
            builtInResources(part);
        } else {
            dispatch(part, false);
        }
    }

    @Override
    public void builtInResources(Part.ResourcesPart part) {
        resources(part, part.groups());
    }

    @Override
    public void references(Part.ReferencesPart part) {
        if (renderers.isEmpty()) {
            builtInReferences(part);
        } else {
            dispatch(part, false);
        }
    }

    @Override
    public void builtInReferences(Part.ReferencesPart part) {
        references(part, part.references());
    }

    @Override
    public void credits(Part.CreditsPart part) {
        if (renderers.isEmpty()) {
            builtInCredits(part);
        } else {
            dispatch(part, false);
        }
    }

    @Override
    public void builtInCredits(Part.CreditsPart part) {
        footer(part, part.condition());
    }

    /**
     * Writes a part with the user's renderer for its type when there is one, else with the
     * built-in markup. When the user's renderer does not delegate, the state the built-in markup
     * keeps (open sections and their heading levels) is kept all the same, so the parts inside
     * get their levels and the built-in end matches.
     */
    @SuppressWarnings("unchecked")
    private void dispatch(Part part, boolean exit) {
        HtmlPartRenderer<Part> user = renderers.isEmpty() ? null : (HtmlPartRenderer<Part>) renderers.get(part.getClass());
        PartDispatch parts = this.parts;
        if (user == null || context == null || parts == null) {
            PartDispatch.builtIn(this, part, exit);
            return;
        }
        parts.begin(part, exit);
        if (exit) {
            user.exit(part, context);
        } else {
            user.render(part, context);
        }
        if (!parts.end()) {
            keepState(part, exit);
        }
    }

    /** Writes the built-in markup of the part a user's renderer is writing, once. */
    void renderBuiltIn() {
        if (parts != null) {
            parts.renderBuiltIn();
        }
    }

    /** What the built-in markup of a section or aside would have kept, for a user's renderer that wrote its own. */
    private void keepState(Part part, boolean exit) {
        if (part instanceof Part.SectionPart) {
            if (exit) {
                if (containers.pop() != Container.SKIPPED) {
                    levels.pop();
                }
            } else {
                containers.push(Container.USER);
                levels.push(level() + 1);
            }
        } else if (part instanceof Part.AsidePart) {
            if (exit) {
                levels.pop();
            } else {
                levels.push(level() + 1);
            }
        }
    }

    /** The heading level of the current part, for {@link HtmlPartContext#headingLevel()}. */
    int headingLevel() {
        @Nullable Part part = parts == null ? null : parts.current();
        if (part instanceof Part.Header) {
            return titleLevel;
        }
        if (part instanceof Part.ResourcesPart || part instanceof Part.ReferencesPart || part instanceof Part.CreditsPart) {
            return titleLevel + 1;
        }
        return level() + 1;
    }

    /**
     * A start tag for a part's element, with the attributes of {@link PartAttributes} when the
     * renderer has them; exactly {@code html.start(tag, attributes)} when it has none.
     */
    private HtmlWriter open(@Nullable Part part, String tag, @Nullable String... attributes) {
        if (partAttributes == null || part == null) {
            return html.start(tag, attributes);
        }
        Map<String, String> extra = partAttributes.attributes(part, tag);
        if (extra == null || extra.isEmpty()) {
            return html.start(tag, attributes);
        }
        List<@Nullable String> all = new ArrayList<>(Arrays.asList(attributes));
        for (Map.Entry<String, String> e : extra.entrySet()) {
            String name = e.getKey();
            if (!"class".equals(name) && !name.startsWith("data-")) {
                throw new IllegalArgumentException("PartAttributes may add only class and data-* attributes, got " + name);
            }
            PartWriter.checkAttribute(name);
            int at = all.indexOf(name);
            if (at >= 0 && at % 2 == 0 && "class".equals(name) && all.get(at + 1) != null) {
                all.set(at + 1, all.get(at + 1) + " " + e.getValue());
            } else {
                all.add(name);
                all.add(e.getValue());
            }
        }
        return html.start(tag, all.toArray(new String[0]));
    }

    /** The heading level of the innermost open section or aside; the title's outside them all. */
    private int level() {
        Integer level = levels.peek();
        return level == null ? titleLevel : level;
    }

    /** The base id, or the base id with "-2", "-3", ... when it was used before, so that ids stay unique. */
    String uniqueId(String baseId) {
        if (ids.add(baseId)) {
            return baseId;
        }
        // Counting on from the last number a base id got: counting from 2 every time made a page
        // of thousands of sections of one kind take time growing with the square of their number.
        int n = suffixes.getOrDefault(baseId, 2);
        String id = baseId + "-" + n;
        while (!ids.add(id)) {
            id = baseId + "-" + ++n;
        }
        suffixes.put(baseId, n + 1);
        return id;
    }

    private void resources(Part part, List<ResourceGroup> groups) {
        if (groups.stream().allMatch(g -> g.items().isEmpty())) {
            return;
        }
        section(part, "resources", labels.get(Label.RESOURCES), () -> {
            boolean afterHeading = false;
            for (ResourceGroup group : groups) {
                if (group.items().isEmpty()) {
                    continue;
                }
                String heading = EnglishPhrases.resourceHeading(labels, group, afterHeading);
                if (heading != null) {
                    // A country's name is in the labels' language, the group's own heading in the page's.
                    heading(titleLevel + 2, heading, null, !isPresent(group.heading()));
                    afterHeading = true;
                }
                html.raw(Markup.UL);
                for (Resource resource : group.items()) {
                    html.raw(Markup.LI);
                    resource(resource);
                    html.raw(Markup.END_LI);
                }
                html.raw(Markup.END_UL);
            }
        });
    }

    private void resource(Resource resource) {
        String name = isPresent(resource.site())
                ? EnglishPhrases.withNote(resource.site(), resource.organization())
                : resource.organization();
        if (!isPresent(resource.url())) {
            html.text(name);
        } else if (html.links().allows(resource.url())) {
            html.link(resource.url(), name);
        } else {
            // Not a URL that may be a link: still shown, so nothing is lost, but only as text.
            html.text(name + " <" + resource.url().strip() + ">");
        }
    }

    private void references(Part part, List<Reference> references) {
        if (references.isEmpty()) {
            return;
        }
        section(part, "references", labels.get(Label.REFERENCES), () -> {
            html.raw(Markup.OL);
            for (Reference reference : references) {
                html.raw(Markup.LI);
                citation(reference);
                html.raw(Markup.END_LI);
            }
            html.raw(Markup.END_OL);
        });
    }

    /**
     * A reference in the renderer's citation style, with the title in {@code <cite>} and links
     * where allowed. A built-in style writes straight into the page, its label words apart; a
     * style of one's own is written by its parts.
     */
    void citation(Reference reference) {
        if (citationStyle instanceof BuiltInCitationStyle builtIn) {
            builtIn.write(reference, labels, pieces);
            return;
        }
        for (CitationPart part : citationStyle.parts(reference, labels)) {
            referencePart(part.kind(), part.text());
        }
    }

    private void referencePart(CitationPart.Kind kind, String text) {
        switch (kind) {
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

    private void footer(@Nullable Part part, Condition c) {
        open(part, "footer").newline();
        contributors(c.contributors());
        publisher(c.publisher());
        if (c.published() != null || c.updated() != null) {
            html.start("p", "class", "dates");
            dates(Label.PUBLISHED, c.published(), Label.LAST_UPDATED, c.updated());
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
        html.raw(Markup.END_FOOTER);
    }

    /** The related articles: a link to each one whose title is known, the id alone for the rest. */
    private void related(List<String> related) {
        html.start("p", "class", "related");
        labelled(Label.RELATED);
        if (relatedTitles.isEmpty()) {
            html.text(String.join(", ", related)).end("p").newline();
            return;
        }
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
        section(null, "contributors", labels.get(Label.CONTRIBUTORS), () -> {
            html.raw(Markup.UL);
            for (Contributor contributor : contributors) {
                html.raw(Markup.LI).text(EnglishPhrases.contributor(contributor));
                String role = EnglishPhrases.role(labels, contributor.role());
                if (role != null) {
                    html.text(" (");
                    labelWords(role);
                    html.text(")");
                }
                html.raw(Markup.END_LI);
            }
            html.raw(Markup.END_UL);
        });
    }

    private void publisher(@Nullable Publisher publisher) {
        if (publisher == null) {
            return;
        }
        html.start("p", "class", "publisher");
        labelled(Label.PUBLISHER);
        if (isPresent(publisher.url()) && html.links().allows(publisher.url())) {
            html.link(publisher.url(), publisher.name());
        } else {
            html.text(publisher.name());
        }
        html.end("p").newline();
    }

    private void copyright(@Nullable Copyright copyright) {
        if (copyright == null || !isPresent(copyright.holder())) {
            return; // a holder is required; one built in code without it would print "null"
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
            dates(Label.LAST_REVIEWED, review.lastReviewed(), Label.NEXT_REVIEW, review.nextReview());
            html.end("p").newline();
        }
        if (!review.reviewers().isEmpty()) {
            html.start("p", "class", "reviewers");
            labelled(Label.REVIEWED_BY).text(EnglishPhrases.reviewers(review.reviewers())).text(".").end("p").newline();
        }
        if (isPresent(review.statement())) {
            html.element("p", review.statement(), "class", "review-statement").newline();
        }
    }

    /** Two labelled dates, "Last reviewed: June 1, 2023. Next review: June 2024.", each one left out when absent. */
    private void dates(Label firstLabel, @Nullable PartialDate first, Label secondLabel, @Nullable PartialDate second) {
        if (first != null) {
            date(firstLabel, first);
        }
        if (second != null) {
            if (first != null) {
                html.text(" ");
            }
            date(secondLabel, second);
        }
    }

    /**
     * A labelled date, "Published: October 2019.", in a {@code <time>}; a date with a month is in
     * the labels' words, and marked as theirs where the page is in another language.
     */
    private void date(Label label, PartialDate date) {
        boolean words = date.month() != null;
        labelled(label).start("time", "datetime", date.toString(), "lang", words ? labelLang : null,
                "dir", words ? labelDir : null).text(labels.date(date)).end("time");
        html.text(".");
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
    private void section(@Nullable Part part, String baseId, String heading, Runnable content) {
        String id = uniqueId(baseId);
        open(part, "section", "id", id, "aria-labelledby", id + "-heading").newline();
        heading(titleLevel + 1, heading, id + "-heading", true);
        content.run();
        html.raw(Markup.END_SECTION);
    }

    private void heading(int level, String text, @Nullable String id) {
        heading(level, text, id, false);
    }

    /** A heading; one whose text is the labels' words is marked with their language where the page is in another. */
    private void heading(int level, String text, @Nullable String id, boolean label) {
        heading(html, level, text, id, label ? labelLang : null, label ? labelDir : null);
    }

    /**
     * A heading of any level: beyond {@code <h6>}, an element with the ARIA heading role.
     *
     * @param lang the language of its text where it is not the page's, else {@code null}
     * @param dir the direction of its text where it is not the page's, else {@code null}
     */
    static void heading(HtmlWriter html, int level, String text, @Nullable String id, @Nullable String lang,
            @Nullable String dir) {
        if (level <= 6) {
            String tag = "h" + level;
            html.element(tag, text, "id", id, "lang", lang, "dir", dir).newline();
        } else {
            // HTML has no <h7>: the ARIA heading role carries the level for assistive technology.
            html.element("p", text, "role", "heading", "aria-level", Integer.toString(level), "id", id, "lang", lang,
                    "dir", dir).newline();
        }
    }

    /** A label and its colon, "Published: ", before what it labels. */
    private HtmlWriter labelled(Label label) {
        labelWords(labels.get(label));
        return html.raw(Markup.COLON_SPACE);
    }

    /**
     * Words of the labels: as text on a page in their language, else in a {@code <span>} marked
     * with it (and with their direction where it is not the page's), the spaces at either end
     * left outside.
     */
    private void labelWords(String words) {
        if (labelLang == null) {
            html.text(words);
            return;
        }
        int from = 0;
        int to = words.length();
        while (from < to && words.charAt(from) == ' ') {
            from++;
        }
        while (to > from && words.charAt(to - 1) == ' ') {
            to--;
        }
        if (from == to) {
            html.text(words);
            return;
        }
        html.text(words.substring(0, from));
        html.element("span", words.substring(from, to), "lang", labelLang, "dir", labelDir);
        html.text(words.substring(to));
    }

    /** The page as a {@link LabelledText}: label words through {@link #labelWords}, citation parts as links and {@code <cite>}. */
    private final class PageText extends LabelledText {
        @Override
        protected void write(CitationPart.Kind kind, String text, boolean label) {
            if (label) {
                labelWords(text);
            } else {
                referencePart(kind, text);
            }
        }
    }
}
