package org.conditioncontent.render.text;

import static org.conditioncontent.render.internal.EnglishPhrases.isPresent;

import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
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
import org.conditioncontent.render.CitationStyle;
import org.conditioncontent.render.Labels;
import org.conditioncontent.render.Labels.Label;
import org.conditioncontent.render.Renderer;
import org.conditioncontent.render.internal.BuiltInParts;
import org.conditioncontent.render.internal.EnglishPhrases;
import org.conditioncontent.render.internal.LabelChoice;
import org.conditioncontent.render.internal.PartDispatch;
import org.conditioncontent.render.internal.Utf8Constant;
import org.jspecify.annotations.Nullable;

/**
 * Renders an article as plain text in the layout of the publisher's own export: the title, the
 * word "Condition", other names in parentheses, then the body's sections in reading order, one
 * paragraph or list item per line, and the resources, references, credits and notices at the end.
 *
 * <ul>
 *   <li>A top-level section's heading is a line of its own; a nested section's heading is
 *       indented by two spaces for each level below the top ("  Immediate relief"), so its level
 *       can be read back. A section marked {@code noHeading} has none; one with no own heading
 *       gets its kind's label ("Risk Factors").
 *   <li>Bulleted items start with {@code "- "}, numbered ones with {@code "1. "}, {@code "2. "};
 *       nested items are indented by two spaces a level, and an item's own paragraphs by two
 *       spaces more than its marker. A term comes first: "Dehydration: losing more fluid ...".
 *   <li>Every line of an aside starts with {@code "| "}, its title first.
 *   <li>Dates are written as the article gives them: "2019", "October 2019", "October 4, 2019".
 * </ul>
 *
 * <pre>{@code
 * String text = new TextRenderer().render(condition);
 * }</pre>
 *
 * <p>Lines end with {@code "\n"} and the document ends with one. A section with no content is left
 * out with its heading. Nothing is escaped: the text is written as the article holds it. The
 * format name is {@code text}, the media type {@code text/plain; charset=UTF-8} and the file
 * extension {@code txt}. The words the renderer adds (headings of sections without their own,
 * "Series", "such as", month names) come from the {@link Labels} of the article's language, and
 * references are cited in the builder's {@link CitationStyle}. A {@link TextPartRenderer} of one's
 * own can replace or wrap the lines of one part type. Immutable and thread-safe.
 */
public final class TextRenderer implements Renderer {

    // The text's constant pieces, as UTF-8 made once for the library's sink (see Utf8Constant).
    private static final Utf8Constant NEWLINE = Utf8Constant.of("\n");
    private static final Utf8Constant DOT_SPACE = Utf8Constant.of(". ");
    private static final Utf8Constant DASH_SPACE = Utf8Constant.of("- ");
    private static final Utf8Constant COLON_SPACE = Utf8Constant.of(": ");
    private static final Utf8Constant INDENT = Utf8Constant.of("  ");
    /**
     * Where a text breaks its line: the breaks {@code hasLineBreak} looks for and no others, so
     * that a text is split exactly when it is found to need it (a vertical tab or form feed is a
     * control character, written as U+FFFD).
     */
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");

    /** The label sets as given, kept for {@link #toBuilder()}. */
    private final Map<String, Labels> labelSets;
    private final LabelChoice labels;
    private final CitationStyle citationStyle;
    private final Map<Class<?>, TextPartRenderer<?>> partRenderers;

    /**
     * Creates a renderer with the default options: the built-in labels, chosen by the article's
     * language, and the {@linkplain CitationStyle#house() house} citation style.
     */
    public TextRenderer() {
        this(new Builder());
    }

    private TextRenderer(Builder builder) {
        this.labelSets = Map.copyOf(builder.labels);
        this.labels = LabelChoice.of(builder.labels);
        this.citationStyle = builder.citationStyle;
        this.partRenderers = Map.copyOf(builder.partRenderers);
    }

    /**
     * Starts a builder with the default options.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder with this renderer's options, every one of them, to build a renderer that
     * differs in some: {@code renderer.toBuilder().citationStyle(CitationStyle.ama()).build()}
     * keeps the label sets and part renderers, as {@link
     * org.conditioncontent.render.html.HtmlRenderer#toBuilder()} does for HTML.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.labels.putAll(labelSets);
        builder.citationStyle = citationStyle;
        builder.partRenderers.putAll(partRenderers);
        return builder;
    }

    /**
     * The citation style of the references.
     *
     * @return the style
     */
    public CitationStyle citationStyle() {
        return citationStyle;
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code text}
     */
    @Override
    public String format() {
        return "text";
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code text/plain; charset=UTF-8}
     */
    @Override
    public String mediaType() {
        return "text/plain; charset=UTF-8";
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code txt}
     */
    @Override
    public String fileExtension() {
        return "txt";
    }

    /**
     * Renders an article as text.
     *
     * @param condition the article
     * @param out where the text goes; it is not flushed or closed
     * @throws UncheckedIOException if writing to {@code out} fails
     */
    @Override
    public void render(Condition condition, Appendable out) {
        Lines lines = new Lines(out, condition, labels.forArticle(condition), citationStyle, partRenderers);
        Outline.of(condition).walk(lines);
        lines.related(condition);
    }

    /**
     * Options for a {@link TextRenderer}. Every option has a default, so {@code builder().build()}
     * renders as {@code new TextRenderer()} does. Not thread-safe; the renderers it builds are.
     */
    public static final class Builder {
        private final Map<String, Labels> labels = new HashMap<>();
        private CitationStyle citationStyle = CitationStyle.house();
        private final Map<Class<?>, TextPartRenderer<?>> partRenderers = new HashMap<>();

        private Builder() {}

        /**
         * A renderer of one's own for one part type, in place of the built-in lines for it. The
         * built-in renderers come last, so this one wins; it can call
         * {@link TextPartContext#renderBuiltIn()} to wrap them. A second one for the same type
         * replaces the first. Defaults to none.
         *
         * @param type the part type, such as {@code Part.ReferencesPart.class}
         * @param renderer the renderer
         * @param <P> the part type
         * @return {@code this}
         */
        public <P extends Part> Builder partRenderer(Class<P> type, TextPartRenderer<? super P> renderer) {
            Objects.requireNonNull(type, "type must not be null");
            partRenderers.put(type, Objects.requireNonNull(renderer, "renderer must not be null"));
            return this;
        }

        /**
         * A label set to use for articles in its language, in place of the built-in one for that
         * language or beside them. Defaults to the built-in English and Spanish sets.
         *
         * @param value the label set
         * @return {@code this}
         */
        public Builder labels(Labels value) {
            Objects.requireNonNull(value, "labels must not be null");
            labels.put(value.language(), value);
            return this;
        }

        /**
         * How references are cited. Defaults to {@link CitationStyle#house()}.
         *
         * @param value the style
         * @return {@code this}
         */
        public Builder citationStyle(CitationStyle value) {
            this.citationStyle = Objects.requireNonNull(value, "citationStyle must not be null");
            return this;
        }

        /**
         * Builds the renderer.
         *
         * @return a new renderer
         */
        public TextRenderer build() {
            return new TextRenderer(this);
        }
    }

    /** The writing of one article: all state of one call. */
    static final class Lines implements OutlineVisitor, BuiltInParts {
        private final Appendable out;
        private final Condition condition;
        private final Labels labels;
        private final CitationStyle citations;
        private final Map<Class<?>, TextPartRenderer<?>> renderers;
        private final @Nullable TextPartContext context;
        /** The parts a user's renderer writes, so that its context can delegate to the built-in lines; only with such renderers. */
        private final @Nullable PartDispatch parts;
        /** What starts every line: {@code "| "} for each aside the line stands in. */
        private String prefix = "";
        private final Deque<String> prefixes = new ArrayDeque<>();
        private final Deque<Part.ListPart> lists = new ArrayDeque<>();
        /**
         * For each open section, innermost first, how many sections with a heading it stands in,
         * itself included: a section without one ({@code noHeading}) adds no level, so the
         * headings under it are indented as its own would have been, as the HTML page heads them.
         */
        private final Deque<Integer> headed = new ArrayDeque<>();

        Lines(Appendable out, Condition condition, Labels labels, CitationStyle citations,
                Map<Class<?>, TextPartRenderer<?>> renderers) {
            this.out = out;
            this.condition = condition;
            this.labels = labels;
            this.citations = citations;
            this.renderers = renderers;
            this.context = renderers.isEmpty() ? null : new TextPartContext(this);
            this.parts = renderers.isEmpty() ? null : new PartDispatch(this);
        }

        Condition condition() {
            return condition;
        }

        Labels labels() {
            return labels;
        }

        CitationStyle citationStyle() {
            return citations;
        }

        /**
         * Whether a part is written by a user's renderer, so must go through {@link #dispatch}; without
         * any, every part goes straight to its built-in lines (the common case, and the fast one).
         */
        private boolean userRenderers() {
            return context != null;
        }

        /** Writes a part with the user's renderer for its type when there is one, else with the built-in lines. */
        @SuppressWarnings("unchecked")
        private void dispatch(Part part, boolean exit) {
            TextPartRenderer<Part> user = context == null ? null : (TextPartRenderer<Part>) renderers.get(part.getClass());
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
            if (!parts.end() && part instanceof Part.AsidePart) {
                // The built-in aside marks its lines; a replaced one keeps the marks it stands in.
                if (exit) {
                    prefix = prefixes.pop();
                } else {
                    prefixes.push(prefix);
                }
            }
        }

        void renderBuiltIn() {
            if (parts != null) {
                parts.renderBuiltIn();
            }
        }

        @Override
        public void header(Part.Header part) {
            if (userRenderers()) {
                dispatch(part, false);
            } else {
                builtInHeader(part);
            }
        }

        @Override
        public void builtInHeader(Part.Header part) {
            Condition c = part.condition();
            line(c.title());
            if (isPresent(c.subtitle())) {
                line(c.subtitle());
            }
            line(labels.get(Label.CONDITION));
            if (!c.alsoCalled().isEmpty()) {
                line("(" + String.join("; ", c.alsoCalled()) + ")");
            }
            if (!c.codes().isEmpty()) {
                List<String> codes = new ArrayList<>(c.codes().size());
                for (MedicalCode code : c.codes()) {
                    // A code built in code without its code (invalid, not loaded) is left out,
                    // not printed as "null": a renderer never fails on content.
                    if (!isPresent(code.code())) {
                        continue;
                    }
                    String system = code.system() == null ? "" : code.system().displayName() + " ";
                    codes.add(system + code.code() + (isPresent(code.display()) ? " (" + code.display() + ")" : ""));
                }
                if (!codes.isEmpty()) {
                    line(labels.get(Label.CODES) + ": " + String.join("; ", codes));
                }
            }
            if (isPresent(c.series())) {
                line(labels.get(Label.SERIES) + ": " + c.series());
            }
        }

        @Override
        public void enterSection(Part.SectionPart part) {
            Integer outer = headed.peek();
            headed.push((outer == null ? 0 : outer) + (part.section().hasHeading() ? 1 : 0));
            if (userRenderers()) {
                dispatch(part, false);
            } else {
                builtInEnterSection(part);
            }
        }

        @Override
        public void builtInEnterSection(Part.SectionPart part) {
            Section s = part.section();
            if (s.hasHeading() && (!s.blocks().isEmpty() || !s.sections().isEmpty())) {
                Integer level = headed.peek();
                int indent = (level == null ? part.depth() : level) - 1;
                Renderer.append(out, prefix);
                indent(indent);
                text(labels.heading(s), 2 * indent);
            }
        }

        @Override
        public void exitSection(Part.SectionPart part) {
            // A section ends where the next heading starts: only a user's renderer writes anything.
            if (userRenderers()) {
                dispatch(part, true);
            }
            headed.pop();
        }

        @Override
        public void builtInExitSection(Part.SectionPart part) {
            // A section ends where the next heading starts.
        }

        @Override
        public void paragraph(Part.ParagraphPart part) {
            if (userRenderers()) {
                dispatch(part, false);
            } else {
                builtInParagraph(part);
            }
        }

        @Override
        public void builtInParagraph(Part.ParagraphPart part) {
            line(part.paragraph().text());
        }

        @Override
        public void enterList(Part.ListPart part) {
            lists.push(part);
            if (userRenderers()) {
                dispatch(part, false); // a list writes no lines of its own
            }
        }

        @Override
        public void builtInEnterList(Part.ListPart part) {
            // A list writes no lines of its own: its items do.
        }

        @Override
        public void exitList(Part.ListPart part) {
            if (userRenderers()) {
                dispatch(part, true);
            }
            lists.pop();
        }

        @Override
        public void builtInExitList(Part.ListPart part) {
            // A list writes no lines of its own: its items do.
        }

        @Override
        public void enterItem(Part.ItemPart part) {
            if (userRenderers()) {
                dispatch(part, false);
            } else {
                builtInEnterItem(part);
            }
        }

        @Override
        public void builtInEnterItem(Part.ItemPart part) {
            Part.ListPart list = lists.peek();
            int depth = list == null ? 0 : list.depth() - 1;
            Item item = part.item();
            // Written in pieces: an item's line is the most frequent one, and joining it first
            // would copy every item's text once more.
            Renderer.append(out, prefix);
            indent(depth);
            int marker;
            if (list != null && list.ordered()) {
                String number = Integer.toString(part.index() + 1);
                Renderer.append(out, number);
                DOT_SPACE.writeTo(out);
                marker = number.length() + 2;
            } else {
                DASH_SPACE.writeTo(out);
                marker = 2;
            }
            if (isPresent(item.term())) {
                // A term is a label on the item's line: a line break in it reads as a space.
                content(hasLineBreak(item.term()) ? String.join(" ", LINE_BREAK.split(item.term(), -1)) : item.term());
                COLON_SPACE.writeTo(out);
            }
            // A line break in the item goes on under its text, after the marker.
            text(labels.item(item, depth, part.kind()), 2 * depth + marker);
            for (String paragraph : item.paragraphs()) {
                Renderer.append(out, prefix);
                indent(depth + 1);
                text(paragraph, 2 * (depth + 1));
            }
        }

        @Override
        public void exitItem(Part.ItemPart part) {
            // The nested items, if any, were written between enter and exit.
            if (userRenderers()) {
                dispatch(part, true);
            }
        }

        @Override
        public void builtInExitItem(Part.ItemPart part) {
            // An item is one line and its paragraphs, all written at its start.
        }

        @Override
        public void enterAside(Part.AsidePart part) {
            if (userRenderers()) {
                dispatch(part, false);
            } else {
                builtInEnterAside(part);
            }
        }

        @Override
        public void builtInEnterAside(Part.AsidePart part) {
            prefixes.push(prefix);
            prefix = prefix + "| ";
            line(part.aside().title());
        }

        @Override
        public void exitAside(Part.AsidePart part) {
            if (userRenderers()) {
                dispatch(part, true);
            } else {
                builtInExitAside(part);
            }
        }

        @Override
        public void builtInExitAside(Part.AsidePart part) {
            prefix = prefixes.pop();
        }

        @Override
        public void figure(Part.FigurePart part) {
            if (userRenderers()) {
                dispatch(part, false);
            } else {
                builtInFigure(part);
            }
        }

        @Override
        public void builtInFigure(Part.FigurePart part) {
            Media media = part.media();
            // Plain text shows no picture: what describes it, and where it is, stand in its place.
            if (isPresent(media.description()) || isPresent(media.url())) {
                line(labels.get(Label.IMAGE) + ": " + EnglishPhrases.imageText(media));
            }
            line(media.credit());
            // The seed sets the illustration's credit off from the text that follows with a blank line.
            line("");
        }

        @Override
        public void resources(Part.ResourcesPart part) {
            if (userRenderers()) {
                dispatch(part, false);
            } else {
                builtInResources(part);
            }
        }

        @Override
        public void builtInResources(Part.ResourcesPart part) {
            List<ResourceGroup> groups = part.groups();
            if (groups.stream().allMatch(g -> g.items().isEmpty())) {
                return;
            }
            line(labels.get(Label.RESOURCES));
            boolean afterHeading = false;
            for (ResourceGroup group : groups) {
                if (group.items().isEmpty()) {
                    continue;
                }
                String heading = EnglishPhrases.resourceHeading(labels, group, afterHeading);
                if (heading != null) {
                    // A heading under "Resources", one level down: written as given, indented as
                    // nested section headings are (decision 22).
                    line("  " + heading);
                    afterHeading = true;
                }
                for (Resource resource : group.items()) {
                    String name = EnglishPhrases.withNote(
                            isPresent(resource.site()) ? resource.site() : resource.organization(),
                            isPresent(resource.site()) ? resource.organization() : null);
                    line(isPresent(resource.url()) ? name + " <" + resource.url().strip() + ">" : name);
                }
            }
        }

        @Override
        public void references(Part.ReferencesPart part) {
            if (userRenderers()) {
                dispatch(part, false);
            } else {
                builtInReferences(part);
            }
        }

        @Override
        public void builtInReferences(Part.ReferencesPart part) {
            line(labels.get(Label.REFERENCES));
            for (Reference reference : part.references()) {
                Renderer.append(out, prefix);
                DASH_SPACE.writeTo(out);
                text(citations.plain(reference, labels), 2);
            }
        }

        @Override
        public void credits(Part.CreditsPart part) {
            if (userRenderers()) {
                dispatch(part, false);
            } else {
                builtInCredits(part);
            }
        }

        @Override
        public void builtInCredits(Part.CreditsPart part) {
            Condition c = part.condition();
            if (!c.contributors().isEmpty()) {
                line(labels.get(Label.CONTRIBUTORS));
                for (Contributor contributor : c.contributors()) {
                    String role = EnglishPhrases.role(labels, contributor.role());
                    line("- " + EnglishPhrases.contributor(contributor) + (role == null ? "" : " (" + role + ")"));
                }
            }
            // Below, a part without its required text (an invalid article built in code) is
            // left out rather than printed as "null", as in HTML.
            Publisher publisher = c.publisher();
            if (publisher != null && isPresent(publisher.name())) {
                line(labels.get(Label.PUBLISHER) + ": " + publisher.name() + (isPresent(publisher.url()) ? " <" + publisher.url().strip() + ">" : ""));
            }
            dates(labels.get(Label.PUBLISHED), c.published(), labels.get(Label.LAST_UPDATED), c.updated());
            Copyright copyright = c.copyright();
            if (copyright != null && isPresent(copyright.holder())) {
                // "(C)", as the seed writes it: plain text may end up in places without "©".
                line("(C) " + labels.get(Label.COPYRIGHT) + " " + (copyright.year() == null ? "" : copyright.year() + " ") + copyright.holder());
            }
            review(c.review());
            if (isPresent(c.disclaimer())) {
                line(c.disclaimer());
            }
            Feedback feedback = c.feedback();
            if (feedback != null && isPresent(feedback.email())) {
                line((isPresent(feedback.invitation()) ? feedback.invitation() + " " : "") + feedback.email() + ".");
            }
        }

        void related(Condition c) {
            if (!c.related().isEmpty()) {
                line(labels.get(Label.RELATED) + ": " + String.join(", ", c.related()));
            }
        }

        private void review(@Nullable Review review) {
            if (review == null) {
                return;
            }
            dates(labels.get(Label.LAST_REVIEWED), review.lastReviewed(), labels.get(Label.NEXT_REVIEW), review.nextReview());
            if (!review.reviewers().isEmpty()) {
                line(labels.get(Label.REVIEWED_BY) + ": " + EnglishPhrases.reviewers(review.reviewers()) + ".");
            }
            if (isPresent(review.statement())) {
                line(review.statement());
            }
        }

        /** One line for two labelled dates, "Last reviewed: June 1, 2023. Next review: June 2024."; none when both are absent. */
        private void dates(String firstLabel, @Nullable PartialDate first, String secondLabel, @Nullable PartialDate second) {
            List<String> dates = new ArrayList<>(2);
            if (first != null) {
                dates.add(firstLabel + ": " + labels.date(first) + ".");
            }
            if (second != null) {
                dates.add(secondLabel + ": " + labels.date(second) + ".");
            }
            if (!dates.isEmpty()) {
                line(String.join(" ", dates));
            }
        }

        /**
         * Writes an article's words. A control character (ESC, BEL, a C1 control; only an
         * article that suppressed the {@code control-character} rule still holds one) becomes
         * U+FFFD: plain text is printed on terminals, where ESC would move the cursor, clear the
         * screen or set the window's title. The callers split texts at their line breaks first;
         * a tab is kept. Direction marks and overrides are not control characters and are kept:
         * a right-to-left text needs them.
         */
        private void content(String text) {
            int special = firstSpecial(text);
            if (special < 0) {
                Renderer.append(out, text);
            } else {
                content(text, special);
            }
        }

        /**
         * As {@link #content(String)}, for a text whose first line break or control character is
         * at {@code special}: everything before it is known to be plain.
         */
        private void content(String text, int special) {
            StringBuilder kept = null;
            for (int i = special, n = text.length(); i < n; i++) {
                if (isControl(text.charAt(i))) {
                    if (kept == null) {
                        kept = new StringBuilder(text);
                    }
                    kept.setCharAt(i, '\uFFFD');
                }
            }
            Renderer.append(out, kept != null ? kept : text);
        }

        /**
         * Where a text first holds a line break or a control character, or -1 if it holds neither:
         * one pass over the text, which almost every text passes whole, instead of one for the
         * line breaks and another for the control characters.
         */
        private static int firstSpecial(String text) {
            for (int i = 0, n = text.length(); i < n; i++) {
                char c = text.charAt(i);
                if (c < 0x20 ? c != '\t' : c >= 0x7F && c <= 0x9F) {
                    return i;
                }
            }
            return -1;
        }

        /** Whether a text breaks its line: at a line feed, a carriage return, or both. */
        private static boolean hasLineBreak(String text) {
            return hasLineBreak(text, 0);
        }

        /** Whether a text breaks its line at or after {@code from}. */
        private static boolean hasLineBreak(String text, int from) {
            return text.indexOf('\n', from) >= 0 || text.indexOf('\r', from) >= 0;
        }

        private static boolean isControl(char c) {
            return c < 0x20 ? c != '\t' && c != '\n' : c >= 0x7F && c <= 0x9F;
        }

        /** Two spaces for each level of nesting. */
        private void indent(int levels) {
            for (int i = 0; i < levels; i++) {
                INDENT.writeTo(out);
            }
        }

        /**
         * Writes a line; {@code null}, which only an unvalidated record holds, as an empty one. A
         * text with line breaks is written as several lines, each in the boxes this one stands in.
         */
        void line(@Nullable String text) {
            if (text == null || text.isEmpty()) {
                emptyLine();
                return;
            }
            if (!prefix.isEmpty()) { // outside a box there is none: no call to append nothing
                Renderer.append(out, prefix);
            }
            text(text, 0);
        }

        /** An empty line: in a box, its mark without the space after it, so no line ends in a space. */
        private void emptyLine() {
            if (!prefix.isEmpty()) {
                Renderer.append(out, prefix.stripTrailing());
            }
            NEWLINE.writeTo(out);
        }

        /**
         * Writes the rest of a line, whose start (box marks, indent, marker) is written already,
         * then ends it. A text is one line almost always; one that holds line breaks (a YAML
         * block keeps them) goes on, line by line, in the boxes the first stands in and after
         * {@code hanging} spaces, so that the rest reads as part of the same item, box or
         * paragraph. Its blank lines are written empty, and line breaks at its end are dropped.
         */
        private void text(String text, int hanging) {
            int special = firstSpecial(text);
            if (special < 0) { // nearly every text: one line, nothing to replace
                Renderer.append(out, text);
                NEWLINE.writeTo(out);
                return;
            }
            if (!hasLineBreak(text, special)) {
                content(text, special);
                NEWLINE.writeTo(out);
                return;
            }
            String[] lines = LINE_BREAK.split(text, -1);
            int last = lines.length - 1;
            while (last > 0 && lines[last].isBlank()) {
                last--;
            }
            content(lines[0]);
            NEWLINE.writeTo(out);
            for (int i = 1; i <= last; i++) {
                if (lines[i].isBlank()) {
                    emptyLine();
                    continue;
                }
                Renderer.append(out, prefix);
                Renderer.append(out, " ".repeat(hanging));
                content(lines[i]);
                NEWLINE.writeTo(out);
            }
        }
    }
}
