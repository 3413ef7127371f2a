package org.conditioncontent.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Paragraph;
import org.conditioncontent.model.Resource;
import org.conditioncontent.model.ResourceGroup;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.SectionKind;
import org.conditioncontent.model.outline.Part;
import org.conditioncontent.render.LinkPolicy;
import org.conditioncontent.render.SampleConditions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlPartRendererTest {

    private static final Condition SHAPES = SampleConditions.shapes();
    private static final String DEFAULT = new HtmlRenderer().render(SHAPES);

    @Test
    void aUserRendererWinsOverTheBuiltInOne() {
        HtmlRenderer html = HtmlRenderer.builder()
                .partRenderer(Part.ParagraphPart.class, (p, context) ->
                        context.writer().element("p", p.paragraph().text(), "class", "lead").newline())
                .build();
        String page = html.render(SHAPES);
        assertThat(page).contains("<p class=\"lead\">A calf strain is a small tear")
                .doesNotContain("<p>A calf strain");
        assertThat(page.replace(" class=\"lead\"", "")).isEqualTo(DEFAULT);
    }

    @Test
    void aUserRendererCanWrapTheBuiltInMarkup() {
        HtmlRenderer html = HtmlRenderer.builder()
                .partRenderer(Part.AsidePart.class, new HtmlPartRenderer<Part.AsidePart>() {
                    @Override
                    public void render(Part.AsidePart part, HtmlPartContext context) {
                        context.writer().start("div", "class", "callout");
                        context.renderBuiltIn();
                        context.renderBuiltIn(); // a second call writes nothing more
                    }

                    @Override
                    public void exit(Part.AsidePart part, HtmlPartContext context) {
                        context.renderBuiltIn();
                        context.writer().end("div").newline();
                    }
                })
                .build();
        String page = html.render(SHAPES);
        Document doc = Jsoup.parse(page);
        assertThat(doc.select("div.callout > aside > h3").text()).isEqualTo("Runner's stretch");
        assertThat(page.replace("<div class=\"callout\">", "").replace("</aside>\n</div>\n", "</aside>\n"))
                .isEqualTo(DEFAULT);
    }

    @Test
    void headingLevelsAndIdsComeFromTheContext() {
        HtmlRenderer html = HtmlRenderer.builder()
                .partRenderer(Part.SectionPart.class, new HtmlPartRenderer<Part.SectionPart>() {
                    @Override
                    public void render(Part.SectionPart part, HtmlPartContext context) {
                        String id = context.id("part");
                        context.writer().start("div", "id", id).heading(context.headingLevel(), "Part " + part.depth(), null);
                    }

                    @Override
                    public void exit(Part.SectionPart part, HtmlPartContext context) {
                        context.writer().end("div");
                    }
                })
                .build();
        Document doc = Jsoup.parse(html.render(SHAPES));
        // The title is h1; top-level sections h2, the nested ones h3 and h4, as the built-in markup numbers them.
        assertThat(doc.select("#part > h2").text()).isEqualTo("Part 1");
        assertThat(doc.select("#part-3 > h3").text()).isEqualTo("Part 2");
        assertThat(doc.select("#part-4 > h4").text()).isEqualTo("Part 3");
        // The aside inside a replaced section still gets the next level.
        assertThat(doc.select("aside h3").text()).isEqualTo("Runner's stretch");
    }

    @Test
    void theWriterRefusesActiveContent() {
        HtmlRenderer.Builder builder = HtmlRenderer.builder();
        assertRefused(builder, (p, c) -> c.writer().start("script"), "<script>");
        assertRefused(builder, (p, c) -> c.writer().start("a", "href", "https://example.org/"), "<a>");
        assertRefused(builder, (p, c) -> c.writer().start("iframe"), "<iframe>");
        assertRefused(builder, (p, c) -> c.writer().start("p", "onclick", "x"), "onclick");
        assertRefused(builder, (p, c) -> c.writer().start("p", "ONCLICK", "x"), "ONCLICK");
        assertRefused(builder, (p, c) -> c.writer().start("p", "style", "x"), "style");
        assertRefused(builder, (p, c) -> c.writer().start("p", "href", "x"), "href");
        assertRefused(builder, (p, c) -> c.writer().start("p", "data-", "x"), "data-");
        assertRefused(builder, (p, c) -> c.writer().start("p", "class"), "pairs");
    }

    private static void assertRefused(HtmlRenderer.Builder builder, HtmlPartRenderer<Part.ParagraphPart> renderer, String message) {
        HtmlRenderer html = builder.partRenderer(Part.ParagraphPart.class, renderer).build();
        assertThatThrownBy(() -> html.render(SHAPES)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void linksFromAPartRendererGoThroughTheLinkPolicy() {
        HtmlPartRenderer<Part.ParagraphPart> links = (p, c) -> c.writer().start("p")
                .link("javascript:alert(1)", "a").link("/local", "b").link("https://example.org/", "c").end("p");
        String standard = HtmlRenderer.builder().partRenderer(Part.ParagraphPart.class, links).build().render(SHAPES);
        assertThat(Jsoup.parse(standard).select("a[href]").eachAttr("href"))
                .contains("https://example.org/").doesNotContain("/local", "javascript:alert(1)");
        String intranet = HtmlRenderer.builder().partRenderer(Part.ParagraphPart.class, links)
                .linkPolicy(LinkPolicy.standard().withRelativeLinks(true)).build().render(SHAPES);
        assertThat(Jsoup.parse(intranet).select("a[href]").eachAttr("href")).contains("/local")
                .doesNotContain("javascript:alert(1)");
    }

    @Test
    void theAttributeHookAddsClassesAndDataAttributes() {
        HtmlRenderer html = HtmlRenderer.builder()
                .attributes((part, tag) -> part instanceof Part.SectionPart s
                        ? Map.of("class", "card", "data-kind", s.kind().name())
                        : Map.of())
                .build();
        Document doc = Jsoup.parse(html.render(SHAPES));
        assertThat(doc.select("section#causes").attr("class")).isEqualTo("card");
        assertThat(doc.select("section#causes").attr("data-kind")).isEqualTo("CAUSES");
        // A section without a heading keeps its own class and gets the hook's after it.
        assertThat(doc.select("div#definition").attr("class")).isEqualTo("section card");
        HtmlRenderer bad = HtmlRenderer.builder().attributes((part, tag) -> Map.of("id", "x")).build();
        assertThatThrownBy(() -> bad.render(SHAPES)).hasMessageContaining("only class and data-*");
        HtmlRenderer handler = HtmlRenderer.builder().attributes((part, tag) -> Map.of("data-x", "\"><script>")).build();
        assertThat(handler.render(SHAPES)).contains("data-x=\"&quot;&gt;&lt;script&gt;\"").doesNotContain("\"><script>");
    }

    @Test
    void aRelativeResourceLinkNeedsAPolicyThatAllowsIt() {
        Condition c = Condition.builder("local", "Local")
                .body(new Section(SectionKind.DEFINITION, null, false, List.of(Paragraph.of("Text.")), List.of()))
                .resources(new ResourceGroup("US", null, List.of(new Resource("Clinic", null, "/clinic"))))
                .build();
        assertThat(new HtmlRenderer().render(c)).doesNotContain("href=\"/clinic\"").contains("Clinic &lt;/clinic&gt;");
        HtmlRenderer intranet = HtmlRenderer.builder().linkPolicy(LinkPolicy.standard().withRelativeLinks(true)).build();
        assertThat(intranet.render(c)).contains("<a href=\"/clinic\">Clinic</a>");
    }

    @Test
    void anItemRendererCanWrapTheItemsText() {
        HtmlRenderer html = HtmlRenderer.builder()
                .partRenderer(Part.ItemPart.class, (part, context) -> {
                    context.renderBuiltIn();
                    context.writer().element("span", "!", "class", "mark");
                })
                .build();
        Document doc = Jsoup.parse(html.render(SHAPES));
        assertThat(doc.select("li > span.mark")).hasSize(doc.select("li").size() - countReferenceItems(doc));
    }

    private static int countReferenceItems(Document doc) {
        return doc.select("#references li, #resources li, #contributors li").size();
    }
}
