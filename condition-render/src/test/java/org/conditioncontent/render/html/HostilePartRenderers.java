package org.conditioncontent.render.html;

import org.conditioncontent.model.Item;
import org.conditioncontent.model.Reference;
import org.conditioncontent.model.outline.Part;

/**
 * An HTML renderer whose user part renderers write every string of the article once more through
 * the public {@link PartWriter}: as text, as attribute values ({@code class}, {@code title},
 * {@code data-*}, {@code aria-*}) and as link targets, and as heading text. Some wrap the built-in
 * markup, some replace it. The hostile-content and fuzz tests run it so that a part renderer of
 * one's own is held to the same safety properties as the built-in one.
 */
final class HostilePartRenderers {

    private HostilePartRenderers() {}

    static HtmlRenderer.Builder builder() {
        return HtmlRenderer.builder()
                .partRenderer(Part.Header.class, (part, context) -> {
                    String title = part.condition().title();
                    context.writer().start("header", "class", title, "data-id", part.condition().id()).newline()
                            .heading(context.headingLevel(), ArticleWriter.title(part.condition()), null)
                            .element("p", part.condition().subtitle(), "title", part.condition().subtitle())
                            .start("p").link(part.condition().url(), title).end("p")
                            .end("header").newline();
                })
                .partRenderer(Part.SectionPart.class, new HtmlPartRenderer<Part.SectionPart>() {
                    @Override
                    public void render(Part.SectionPart part, HtmlPartContext context) {
                        String heading = part.section().heading();
                        context.writer().start("div", "class", heading, "data-pointer", part.pointer(), "aria-label", heading);
                        context.renderBuiltIn();
                    }

                    @Override
                    public void exit(Part.SectionPart part, HtmlPartContext context) {
                        context.renderBuiltIn();
                        context.writer().end("div").newline();
                    }
                })
                .partRenderer(Part.ParagraphPart.class, (part, context) -> {
                    String text = part.paragraph().text();
                    context.writer().start("p", "class", text, "title", text, "data-text", text)
                            .text(text).text(" ").link(text, text).end("p").newline();
                })
                .partRenderer(Part.ItemPart.class, new HtmlPartRenderer<Part.ItemPart>() {
                    @Override
                    public void render(Part.ItemPart part, HtmlPartContext context) {
                        context.renderBuiltIn();
                        Item item = part.item();
                        context.writer().element("span", item.term(), "data-note", item.note(), "lang", item.text());
                    }
                })
                .partRenderer(Part.AsidePart.class, new HtmlPartRenderer<Part.AsidePart>() {
                    @Override
                    public void render(Part.AsidePart part, HtmlPartContext context) {
                        String title = part.aside().title();
                        context.writer().start("aside", "id", context.id(title == null ? "aside" : title), "class", title)
                                .newline().heading(context.headingLevel(), title == null ? "" : title, null);
                    }

                    @Override
                    public void exit(Part.AsidePart part, HtmlPartContext context) {
                        context.writer().end("aside").newline();
                    }
                })
                .partRenderer(Part.FigurePart.class, (part, context) -> context.writer()
                        .start("figure", "title", part.media().description())
                        .start("figcaption").link(part.media().url(), part.media().credit()).end("figcaption")
                        .end("figure").newline())
                .partRenderer(Part.ReferencesPart.class, (part, context) -> {
                    String id = context.id("references");
                    context.writer().start("section", "id", id, "aria-labelledby", id + "-h").newline()
                            .heading(context.headingLevel(), context.labels().get(org.conditioncontent.render.Labels.Label.REFERENCES), id + "-h")
                            .start("ol").newline();
                    for (Reference r : part.references()) {
                        context.writer().start("li", "data-pmid", r.pmid(), "data-doi", r.doi());
                        context.writeCitation(r);
                        context.writer().text(" ").link(r.url(), r.title()).link(r.doi(), r.title()).end("li").newline();
                    }
                    context.writer().end("ol").newline().end("section").newline();
                })
                .attributes((part, tag) -> part instanceof Part.ListPart list && !list.items().isEmpty()
                        ? java.util.Map.of("class", String.valueOf(list.items().get(0).text()),
                                "data-first", String.valueOf(list.items().get(0).note()))
                        : java.util.Map.of());
    }
}
