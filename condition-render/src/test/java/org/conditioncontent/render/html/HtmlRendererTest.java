package org.conditioncontent.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Contributor;
import org.conditioncontent.model.ContributorRole;
import org.conditioncontent.model.PartialDate;
import org.conditioncontent.model.Paragraph;
import org.conditioncontent.model.Feedback;
import org.conditioncontent.model.Media;
import org.conditioncontent.model.Reference;
import org.conditioncontent.model.ReferenceType;
import org.conditioncontent.model.Resource;
import org.conditioncontent.model.ResourceGroup;
import org.conditioncontent.model.Review;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.SectionKind;
import org.conditioncontent.render.GoldenFiles;
import org.conditioncontent.render.Labels;
import org.conditioncontent.render.SampleConditions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlRendererTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String SPECIALS = "\"'&<>";
    private static final String JAVASCRIPT_URL = "javascript:alert(1)";

    private final HtmlRenderer page = new HtmlRenderer();
    private final HtmlRenderer fragment = HtmlRenderer.builder().fragment(true).build();

    @Test
    void describesItsFormat() {
        assertThat(page.format()).isEqualTo("html");
        assertThat(page.mediaType()).isEqualTo("text/html; charset=UTF-8");
        assertThat(page.fileExtension()).isEqualTo("html");
    }

    @Test
    void rendersTheCompleteSampleAsTheGoldenPage() {
        String html = page.render(SampleConditions.complete());
        GoldenFiles.assertMatches("nocturnal-leg-cramps.html", html);
        assertThat(parseErrors(html)).isEmpty();
    }

    @Test
    void rendersTheCompleteSampleAsTheGoldenFragment() {
        String html = fragment.render(SampleConditions.complete());
        GoldenFiles.assertMatches("nocturnal-leg-cramps.fragment.html", html);
        assertThat(parseErrors(html)).isEmpty();
    }

    /** Without the built-in style sheet, which the seed's golden page holds, so that the marks stand out. */
    @Test
    void rendersAFrenchArticleAsTheGoldenPageWithTheEnglishWordsMarked() {
        String html = HtmlRenderer.builder().stylesheet(false).build().render(SampleConditions.french());
        GoldenFiles.assertMatches("hoquet.html", html);
        assertThat(parseErrors(html)).isEmpty();
    }

    /** WCAG 3.1.2: every English word on a French page says so, and none of the article's own words does. */
    @Test
    void marksTheLabelsWordsOnAPageInAnotherLanguageAndNothingElse() {
        Document doc = Jsoup.parse(page.render(SampleConditions.french()));

        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("fr-FR");
        assertThat(doc.select("body [lang]").eachText()).containsExactly("Series", "Also called", "Codes",
                "Definition", "Causes", "such as", "or", "Risk Factors", "such as", "When to See a Doctor", "References",
                "website", "Available at", "Accessed March 14, 2025", "Contributors", "Publisher", "Published", "May 2024",
                "Last updated", "February 10, 2025", "Last reviewed", "January 20, 2025", "Next review", "Reviewed by",
                "Related");
        assertThat(doc.select("body [lang]").eachAttr("lang")).containsOnly("en");
        assertThat(doc.select("body [dir], title[lang]")).isEmpty();
        assertThat(doc.selectFirst("#self-care-heading").hasAttr("lang")).isFalse();
        assertThat(doc.selectFirst("p.series").html()).isEqualTo("<span lang=\"en\">Series</span>: Petits maux du quotidien");
        assertThat(doc.select("time").stream().map(time -> time.attr("lang"))).containsExactly("en", "en", "en", "");
        assertThat(doc.selectFirst("#references li").html()).isEqualTo("<cite>Le hoquet</cite>. Santé Exemple "
                + "<span lang=\"en\">website</span>, 2024. <span lang=\"en\">Available at</span>: <a href=\"https://sante.example/hoquet\" "
                + "rel=\"noopener noreferrer\">https://sante.example/hoquet</a>. <span lang=\"en\">Accessed March 14, 2025</span>.");
        assertThat(fragment.render(SampleConditions.french())).contains("<h2 id=\"causes-heading\" lang=\"en\">Causes</h2>");
    }

    @Test
    void marksNothingWhereTheLabelsAreInThePagesLanguage() {
        Labels french = Labels.english().toBuilder().language("fr").label(Labels.Label.SUCH_AS, "comme").label(Labels.Label.OR, "ou")
                .heading(SectionKind.CAUSES, "Causes").build();
        HtmlRenderer withFrench = HtmlRenderer.builder().labels(french).build();
        Condition article = SampleConditions.french();
        for (String language : List.of("en", "EN-gb", "en-US", "es", "es-MX", "ES-419")) {
            Document doc = Jsoup.parse(page.render(article.toBuilder().language(language).build()));
            assertThat(doc.select("body [lang], body [dir], title[lang]")).as(language).isEmpty();
        }
        for (String language : List.of("fr", "fr-CA", "FR-ch")) {
            Document doc = Jsoup.parse(withFrench.render(article.toBuilder().language(language).build()));
            assertThat(doc.select("body [lang], body [dir]")).as(language).isEmpty();
            assertThat(doc.select("li").text()).contains("Certaines boissons, comme les boissons gazeuses ou l'alcool");
        }
        // A language whose tag only starts like the labels' is another language.
        assertThat(Jsoup.parse(page.render(article.toBuilder().language("eng").build())).select("#causes-heading").attr("lang"))
                .isEqualTo("en");
    }

    @Test
    void marksTheWordsOfAReplacedLabelSetWithItsOwnLanguage() {
        Labels house = Labels.english().toBuilder().label(Labels.Label.REFERENCES, "Sources").build();
        Labels spanish = Labels.spanish().toBuilder().label(Labels.Label.REFERENCES, "Fuentes").build();
        Condition french = SampleConditions.french();

        Document replaced = Jsoup.parse(HtmlRenderer.builder().labels(house).build().render(french));
        assertThat(replaced.selectFirst("#references-heading").outerHtml())
                .isEqualTo("<h2 id=\"references-heading\" lang=\"en\">Sources</h2>");
        // A malformed tag makes an English page, while its primary subtag still chooses the Spanish words.
        Document spanishOnMalformed = Jsoup.parse(HtmlRenderer.builder().labels(spanish).build()
                .render(french.toBuilder().language("es-").build()));
        assertThat(spanishOnMalformed.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(spanishOnMalformed.selectFirst("#references-heading").outerHtml())
                .isEqualTo("<h2 id=\"references-heading\" lang=\"es\">Fuentes</h2>");
    }

    @Test
    void marksTheAmaStylesDatesAsTheLabelsWords() {
        HtmlRenderer ama = HtmlRenderer.builder().citationStyle(org.conditioncontent.render.CitationStyle.ama()).build();
        Document doc = Jsoup.parse(ama.render(SampleConditions.french()));
        assertThat(doc.selectFirst("#references li").html()).isEqualTo("Le hoquet. Santé Exemple. "
                + "<span lang=\"en\">Published May 2024</span>. <span lang=\"en\">Accessed March 14, 2025</span>. "
                + "<a href=\"https://sante.example/hoquet\" rel=\"noopener noreferrer\">https://sante.example/hoquet</a>");
    }

    @Test
    void writesACitationStyleOfOnesOwnByItsPartsWithoutMarks() {
        org.conditioncontent.render.CitationStyle own = (reference, labels) -> List.of(
                new org.conditioncontent.render.CitationPart(org.conditioncontent.render.CitationPart.Kind.TITLE, reference.title()),
                new org.conditioncontent.render.CitationPart(org.conditioncontent.render.CitationPart.Kind.TEXT,
                        " (" + labels.get(Labels.Label.ACCESSED).replace("{date}", "") + ")"));
        Document doc = Jsoup.parse(HtmlRenderer.builder().citationStyle(own).build().render(SampleConditions.french()));
        assertThat(doc.selectFirst("#references li").html()).isEqualTo("<cite>Le hoquet</cite> (Accessed )");
    }

    @Test
    void marksTheWordForAnUntitledArticleInTheTitleAndTheHeading() {
        Condition untitled = Condition.builder(" ", " ").language("de").build();
        Document doc = Jsoup.parse(page.render(untitled));
        assertThat(doc.selectFirst("title").outerHtml()).isEqualTo("<title lang=\"en\">Untitled condition</title>");
        assertThat(doc.selectFirst("h1").outerHtml()).isEqualTo("<h1 lang=\"en\">Untitled condition</h1>");
        Document titled = Jsoup.parse(page.render(Condition.builder("hoquet", "Hoquet").language("de").build()));
        assertThat(titled.select("title[lang], h1[lang]")).isEmpty();
    }

    @Test
    void writesAFullPageWithHeadAndMetadata() {
        Document doc = Jsoup.parse(page.render(SampleConditions.complete()));
        assertThat(doc.documentType()).isNotNull();
        assertThat(doc.documentType().name()).isEqualTo("html");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en-US");
        assertThat(doc.select("head > meta[charset=utf-8]")).hasSize(1);
        assertThat(doc.selectFirst("head > meta[name=viewport]").attr("content"))
                .isEqualTo("width=device-width, initial-scale=1");
        assertThat(doc.title()).isEqualTo("Nocturnal Leg Cramps");
        assertThat(doc.selectFirst("head > meta[name=description]").attr("content"))
                .isEqualTo("Nocturnal leg cramps are sudden spasms in the lower leg and foot muscles. "
                        + "The calf muscles are most often involved. The cramps are painful and often disrupt\u2026");
        assertThat(doc.select("head > style")).hasSize(1);
        assertThat(doc.select("head > script[type=application/ld+json]")).hasSize(1);
        assertThat(doc.select("body > main > article")).hasSize(1);
        assertThat(doc.select("link, iframe, object, embed, [style], body script")).isEmpty();
    }

    @Test
    void fallsBackToEnglishForAMalformedLanguageTag() {
        for (String language : List.of("en_US", "e", "english!", "en-US x", "\"><script>")) {
            Condition c = Condition.builder("x", "X").language(language).build();
            Document doc = Jsoup.parse(page.render(c));
            assertThat(doc.selectFirst("html").attr("lang")).as(language).isEqualTo("en");
        }
        Condition padded = Condition.builder("x", "X").language(" fr-CA ").build();
        assertThat(Jsoup.parse(page.render(padded)).selectFirst("html").attr("lang")).isEqualTo("fr-CA");
    }

    @Test
    void linksAStylesheetInsteadOfTheBuiltInOneWhenGivenAUrl() {
        HtmlRenderer linked = HtmlRenderer.builder().stylesheetUrl("/css/conditions.css?v=1&theme=dark").build();
        String html = linked.render(SampleConditions.complete());
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("style")).isEmpty();
        assertThat(doc.select("head > link")).hasSize(1);
        assertThat(doc.selectFirst("head > link").attr("rel")).isEqualTo("stylesheet");
        assertThat(doc.selectFirst("head > link").attr("href")).isEqualTo("/css/conditions.css?v=1&theme=dark");
        assertThat(html).contains("<link rel=\"stylesheet\" href=\"/css/conditions.css?v=1&amp;theme=dark\">");
        assertThat(linked.stylesheet()).isFalse();
        assertThat(linked.stylesheetUrl()).contains("/css/conditions.css?v=1&theme=dark");

        HtmlRenderer both = HtmlRenderer.builder().stylesheet(false).stylesheetUrl("https://example.org/a.css").build();
        assertThat(Jsoup.parse(both.render(SampleConditions.minimal())).select("head > link").attr("href"))
                .isEqualTo("https://example.org/a.css");
        HtmlRenderer fragmentWithUrl = HtmlRenderer.builder().fragment(true).stylesheetUrl("a.css").build();
        assertThat(fragmentWithUrl.render(SampleConditions.minimal())).doesNotContain("<link").doesNotContain("<style");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:x", "data:text/css,body{}", "vbscript:x", "file:///a.css",
        "", "a b.css", "a.css\"><script>", "a.css\n", "<a.css>", "x\u0000.css", "a:b/c.css"})
    void refusesAStylesheetUrlThatIsNotHttpOrRelative(String url) {
        HtmlRenderer.Builder builder = HtmlRenderer.builder().stylesheetUrl(url);
        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("stylesheetUrl must be");
    }

    @ParameterizedTest
    @ValueSource(strings = {"conditions.css", "../css/conditions.css", "/css/a.css", "//cdn.example.org/a.css",
        "https://example.org/a.css", "HTTP://example.org/a.css", "css/a.css?v=1#x", "a/b:c.css"})
    void acceptsAStylesheetUrlThatIsHttpOrRelative(String url) {
        assertThat(HtmlRenderer.builder().stylesheetUrl(url).build().stylesheetUrl()).contains(url);
    }

    @Test
    void writesJsonLdInTheHeadOfAPageAndNotInAFragmentByDefault() {
        assertThat(page.jsonLd()).isTrue();
        assertThat(fragment.jsonLd()).isFalse();
        assertThat(fragment.render(SampleConditions.complete())).doesNotContain("<script");

        HtmlRenderer pageWithout = HtmlRenderer.builder().jsonLd(false).build();
        assertThat(pageWithout.jsonLd()).isFalse();
        assertThat(pageWithout.render(SampleConditions.complete())).doesNotContain("<script");
    }

    @Test
    void endsAFragmentWithItsJsonLdWhenAsked() {
        HtmlRenderer withJsonLd = HtmlRenderer.builder().fragment(true).jsonLd(true).build();
        String html = withJsonLd.render(SampleConditions.complete());
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.body().children()).hasSize(1);
        Element article = doc.body().child(0);
        assertThat(article.tagName()).isEqualTo("article");
        assertThat(article.children().last().tagName()).isEqualTo("script");
        assertThat(article.children().last().attr("type")).isEqualTo("application/ld+json");
        SafeHtml.assertSafe(html, "Nocturnal Leg Cramps", true);
    }

    @Test
    void givesABlankTitleTheIdAndABlankIdAPlaceholder() {
        Document byId = Jsoup.parse(page.render(Condition.builder("restless-legs", " ").build()));
        assertThat(byId.title()).isEqualTo("restless-legs");
        assertThat(byId.selectFirst("h1").text()).isEqualTo("restless-legs");
        Document untitled = Jsoup.parse(page.render(Condition.builder("", "").build()));
        assertThat(untitled.title()).isEqualTo("Untitled condition");
        assertThat(untitled.selectFirst("h1").text()).isEqualTo("Untitled condition");
    }

    @Test
    void writesEachDateAsWrittenWithAMachineReadableTime() {
        Condition c = Condition.builder("x", "X")
                .published(PartialDate.ofYear(2019))
                .updated(PartialDate.of(LocalDate.of(2023, 3, 4)))
                .review(new Review(null, PartialDate.ofMonth(2019, 10), PartialDate.of(LocalDate.of(2024, 6, 1)), List.of()))
                .build();
        Document doc = Jsoup.parse(fragment.render(c));
        assertThat(doc.select("time").eachAttr("datetime")).containsExactly("2019", "2023-03-04", "2019-10", "2024-06-01");
        assertThat(doc.selectFirst(".dates").text()).isEqualTo("Published: 2019. Last updated: March 4, 2023.");
        assertThat(doc.selectFirst(".review-dates").text()).isEqualTo("Last reviewed: October 2019. Next review: June 1, 2024.");
    }

    @Test
    void showsTheAddressAsTheTextOfALinkWithoutOne() {
        Condition c = Condition.builder("x", "X")
                .resources(new ResourceGroup("US", null, List.of(new Resource(" ", null, "https://example.org/"))))
                .build();
        Document doc = Jsoup.parse(fragment.render(c));
        assertThat(doc.selectFirst("#resources a").text()).isEqualTo("https://example.org/");
    }

    @Test
    void defaultsTheLanguageToEnglish() {
        Document doc = Jsoup.parse(page.render(SampleConditions.minimal()));
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(doc.select("meta[name=description]")).isEmpty();
    }

    @Test
    void leavesTheStylesheetOutWhenAsked() {
        String html = HtmlRenderer.builder().stylesheet(false).build().render(SampleConditions.complete());
        assertThat(Jsoup.parse(html).select("style")).isEmpty();
    }

    @Test
    void writesAFragmentWithoutHtmlHeadOrBody() {
        String html = fragment.render(SampleConditions.complete());
        assertThat(html).startsWith("<article>\n").endsWith("</article>\n")
                .doesNotContain("<!DOCTYPE").doesNotContain("<html").doesNotContain("<head>")
                .doesNotContain("<body").doesNotContain("<main").doesNotContain("<style");
        assertThat(Jsoup.parseBodyFragment(html).body().children()).hasSize(1);
    }

    @Test
    void labelsEachSectionWithItsOwnHeadingAndAStableId() {
        Document doc = Jsoup.parse(page.render(SampleConditions.complete()));
        List<String> ids = new ArrayList<>();
        for (Element section : doc.select("section")) {
            String id = section.id();
            ids.add(id);
            assertThat(section.attr("aria-labelledby")).isEqualTo(id + "-heading");
            Element heading = section.child(0);
            assertThat(heading.id()).isEqualTo(id + "-heading");
            assertThat(heading.tagName()).isEqualTo("h2");
        }
        assertThat(ids).containsExactly("definition", "causes", "risk-factors", "symptoms", "diagnosis",
                "treatment", "prevention", "medications", "when-to-see-a-doctor", "questions-to-ask",
                "resources", "references", "contributors");
        assertThat(doc.selectFirst("#when-to-see-a-doctor-heading").text()).isEqualTo("When to See a Doctor");
        assertThat(doc.selectFirst("#questions-to-ask-heading").text()).isEqualTo("Questions for Your Doctor");
    }

    @Test
    void numbersTheIdsOfARepeatedSectionKind() {
        Condition c = Condition.builder("x", "X")
                .body(
                        new Section(SectionKind.TYPES, null, false, List.of(Paragraph.of("One.")), List.of()),
                        new Section(SectionKind.TYPES, "More Types", false, List.of(Paragraph.of("Two.")), List.of()),
                        new Section(SectionKind.TYPES, null, false, List.of(Paragraph.of("Three.")), List.of()))
                .build();
        Document doc = Jsoup.parse(fragment.render(c));
        assertThat(doc.select("section").eachAttr("id")).containsExactly("types", "types-2", "types-3");
        assertThat(doc.select("section").eachAttr("aria-labelledby"))
                .containsExactly("types-heading", "types-2-heading", "types-3-heading");
    }

    // A hang guard, not a measurement: counting every repeated id up from 2 again made 20,000
    // sections of one kind take about 20 s, 100 times what 2,000 took; each takes well under a second.
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void numbersThousandsOfRepeatedSectionsWithoutCountingAgainFromTwo() {
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            sections.add(new Section(SectionKind.OTHER, "H" + i, i % 2 == 0, List.of(Paragraph.of("P.")), List.of()));
        }
        Condition c = Condition.builder("x", "X").body(sections.toArray(Section[]::new)).build();
        Document doc = Jsoup.parse(fragment.render(c));
        List<String> ids = doc.select("section, div.section").eachAttr("id");
        assertThat(ids).hasSize(20_000).doesNotHaveDuplicates().startsWith("other", "other-2").endsWith("other-20000");
    }

    @Test
    void nestsSectionsOneHeadingLevelDeeperAndLeavesOutTheHeadingOfALeadSummary() {
        Document doc = Jsoup.parse(page.render(SampleConditions.shapes()));
        Element lead = doc.selectFirst("article > div.section");
        assertThat(lead.id()).isEqualTo("definition");
        assertThat(lead.select("h1, h2, h3, h4, h5, h6")).isEmpty();
        assertThat(lead.text()).startsWith("A calf strain is");
        assertThat(doc.selectFirst("#causes > h2").text()).isEqualTo("Why does it happen?");
        assertThat(doc.selectFirst("#causes > #who-is-affected > h3").text()).isEqualTo("Who gets it?");
        assertThat(doc.selectFirst("#causes > #who-is-affected > #risk-factors > h4").text()).isEqualTo("Higher risk");
        assertThat(doc.selectFirst("#self-care > #treatment > h3").text()).isEqualTo("Immediate relief");
        assertThat(doc.selectFirst("#medications > h2").text()).isEqualTo("Medications");
    }

    @Test
    void capsNestedHeadingsAtTheLastLevelWithAnAriaHeading() {
        Section deepest = new Section(SectionKind.OTHER, "Level 7", false, List.of(Paragraph.of("Deep.")), List.of());
        Section s = deepest;
        for (int level = 6; level >= 2; level--) {
            s = new Section(SectionKind.OTHER, "Level " + level, false, List.of(), List.of(s));
        }
        Document doc = Jsoup.parse(page.render(Condition.builder("x", "X").body(s).build()));
        assertThat(doc.select("h2, h3, h4, h5, h6").eachText())
                .containsExactly("Level 2", "Level 3", "Level 4", "Level 5", "Level 6");
        Element seventh = doc.selectFirst("[role=heading]");
        assertThat(seventh.text()).isEqualTo("Level 7");
        assertThat(seventh.attr("aria-level")).isEqualTo("7");
    }

    @Test
    void writesNumberedListsWithNestedBulletsTermsAndItemParagraphs() {
        Document doc = Jsoup.parse(fragment.render(SampleConditions.shapes()));
        Element steps = doc.selectFirst("#self-care > ol");
        assertThat(steps.children()).hasSize(2);
        Element rest = steps.child(0);
        assertThat(rest.ownText()).isEqualTo("Rest the leg");
        assertThat(rest.select("> ul > li").eachText()).containsExactly("Walk only short distances", "Use a cane if needed");
        Element stretch = steps.child(1);
        assertThat(stretch.ownText()).isEqualTo("Stretch gently");
        assertThat(stretch.selectFirst("> p").text()).isEqualTo("Stop if the stretch hurts.");
        Element term = doc.selectFirst("#causes > ul > li");
        assertThat(term.selectFirst("strong").text()).isEqualTo("Dehydration");
        assertThat(term.text()).isEqualTo("Dehydration: losing more fluid than you take in");
    }

    @Test
    void labelsAnAsideByItsTitle() {
        Document doc = Jsoup.parse(fragment.render(SampleConditions.shapes()));
        Element aside = doc.selectFirst("#self-care > aside");
        Element heading = doc.getElementById(aside.attr("aria-labelledby"));
        assertThat(heading.tagName()).isEqualTo("h3");
        assertThat(heading.text()).isEqualTo("Runner's stretch");
        assertThat(heading.parent()).isEqualTo(aside);
        assertThat(aside.select("li").eachText()).containsExactly("Running in worn shoes");
    }

    @Test
    void creditsAPublisherWithoutCopyrightAnOrganizationAndDatesAtTheirPrecision() {
        Document doc = Jsoup.parse(page.render(SampleConditions.shapes()));
        Element footer = doc.selectFirst("article > footer");
        assertThat(footer.select("#contributors li").eachText()).containsExactly("Ana Ruiz, MD", "The Guide's Editorial Staff (editor)");
        assertThat(footer.selectFirst(".publisher").text()).isEqualTo("Publisher: Example Health Agency");
        assertThat(footer.selectFirst(".publisher a").attr("href")).isEqualTo("https://example.org");
        assertThat(footer.select(".copyright")).isEmpty();
        assertThat(footer.selectFirst(".dates").text()).isEqualTo("Published: 2018. Last updated: March 4, 2023.");
        assertThat(footer.selectFirst(".review-dates").text()).isEqualTo("Last reviewed: October 2019.");
        assertThat(footer.select("time").eachAttr("datetime")).containsExactly("2018", "2023-03-04", "2019-10");
        assertThat(doc.selectFirst("header .subtitle").text()).isEqualTo("A guide for runners");
        assertThat(doc.selectFirst("header .series").text()).isEqualTo("Series: Muscle and Joint Guides");
    }

    @Test
    void linksTheCanonicalAddressOfAWebArticleOnly() {
        Document doc = Jsoup.parse(page.render(SampleConditions.shapes()));
        assertThat(doc.select("head link[rel=canonical]").eachAttr("href")).containsExactly("https://example.org/guides/calf-strain");
        Condition unsafe = Condition.builder("x", "X").url("javascript:alert(1)").build();
        assertThat(Jsoup.parse(page.render(unsafe)).select("link[rel=canonical]")).isEmpty();
        assertThat(Jsoup.parse(page.render(SampleConditions.complete())).select("link[rel=canonical]")).isEmpty();
        assertThat(fragment.render(SampleConditions.shapes())).doesNotContain("canonical");
    }

    @Test
    void putsHeadingsInOrderFromTheTitleDown() {
        Document doc = Jsoup.parse(page.render(SampleConditions.complete()));
        List<Integer> levels = headingLevels(doc);
        assertThat(levels.get(0)).isEqualTo(1);
        assertThat(levels.subList(1, levels.size())).allSatisfy(level -> assertThat(level).isBetween(2, 3));
        assertNoSkippedLevels(levels);
        assertThat(doc.select("h1")).hasSize(1);
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Nocturnal Leg Cramps");
        assertThat(doc.select("#resources h3").eachText()).containsExactly("Canadian resources");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void startsHeadingsAtTheConfiguredLevel(int first) {
        HtmlRenderer renderer = HtmlRenderer.builder().fragment(true).firstHeadingLevel(first).build();
        Document doc = Jsoup.parse(renderer.render(SampleConditions.complete()));
        List<Integer> levels = headingLevels(doc);
        assertThat(levels.get(0)).isEqualTo(first);
        assertThat(levels).allSatisfy(level -> assertThat(level).isBetween(first, first + 2));
        assertNoSkippedLevels(levels);
        assertThat(doc.selectFirst("header").child(0).text()).isEqualTo("Nocturnal Leg Cramps");
        assertThat(doc.selectFirst("#causes-heading").tagName()).isEqualTo("h" + (first + 1));
    }

    @Test
    void usesTheTitleLevelTwoWhenAsked() {
        String html = HtmlRenderer.builder().firstHeadingLevel(2).build().render(SampleConditions.complete());
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("h1")).isEmpty();
        assertThat(doc.selectFirst("header > h2").text()).isEqualTo("Nocturnal Leg Cramps");
        assertThat(doc.select("section > h3")).isNotEmpty();
    }

    @Test
    void marksGroupHeadingsBeyondH6WithAriaLevel() {
        HtmlRenderer renderer = HtmlRenderer.builder().fragment(true).firstHeadingLevel(5).build();
        Document doc = Jsoup.parse(renderer.render(SampleConditions.complete()));
        Element group = doc.selectFirst("#resources [role=heading]");
        assertThat(group).isNotNull();
        assertThat(group.attr("aria-level")).isEqualTo("7");
        assertThat(group.text()).isEqualTo("Canadian resources");
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 6, 7, Integer.MAX_VALUE})
    void refusesAHeadingLevelOutOfRange(int level) {
        HtmlRenderer.Builder builder = HtmlRenderer.builder().firstHeadingLevel(level);
        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("firstHeadingLevel must be between 1 and 5, was " + level);
    }

    @Test
    void buildsWithDefaultsEqualToTheNoArgumentConstructor() {
        HtmlRenderer built = HtmlRenderer.builder().build();
        assertThat(built.fragment()).isFalse();
        assertThat(built.firstHeadingLevel()).isEqualTo(1);
        assertThat(built.stylesheet()).isTrue();
        assertThat(built.render(SampleConditions.complete())).isEqualTo(page.render(SampleConditions.complete()));
    }

    @Test
    void keepsOptionsOfBuiltRenderersWhenTheBuilderChanges() {
        HtmlRenderer.Builder builder = HtmlRenderer.builder().fragment(true).firstHeadingLevel(3);
        HtmlRenderer first = builder.build();
        builder.fragment(false).firstHeadingLevel(1).stylesheet(false);
        assertThat(first.fragment()).isTrue();
        assertThat(first.firstHeadingLevel()).isEqualTo(3);
        assertThat(first.stylesheet()).isTrue();
    }

    @Test
    void nestsRiskFactorListsInsideTheirItems() {
        Document doc = Jsoup.parse(page.render(SampleConditions.nocturnalLegCramps()));
        Element parent = doc.select("#risk-factors > ul > li").stream()
                .filter(li -> li.ownText().equals("Some health issues, such as:"))
                .findFirst().orElseThrow();
        assertThat(parent.select("> ul > li").eachText()).contains(
                "Hormone disorders\u2014such as thyroid disorders or diabetes",
                "Imbalances in minerals\u2014such as calcium, potassium, and magnesium");
    }

    @Test
    void citesReferencesWithLinksForUrlDoiAndPmid() {
        Document doc = Jsoup.parse(page.render(SampleConditions.complete()));
        Elements items = doc.select("#references > ol > li");
        assertThat(items).hasSize(4);
        assertThat(items.get(0).text()).isEqualTo(
                "Delacour, C., Chambe, J., et al. Association between physical activity and nocturnal leg cramps in "
                        + "patients over 60 years old: a case-control study. Scientific Reports, 2020; 10 (1): 2638. "
                        + "doi:10.1038/s41598-020-59538-7");
        assertThat(items.get(0).selectFirst("cite").text()).startsWith("Association between physical activity");
        assertThat(items.get(0).selectFirst("a").attr("href")).isEqualTo("https://doi.org/10.1038/s41598-020-59538-7");
        assertThat(items.get(1).selectFirst("a").attr("href"))
                .isEqualTo("https://www.dynamed.com/condition/nocturnal-leg-cramps");
        assertThat(items.get(3).selectFirst("a").attr("href")).isEqualTo("https://pubmed.ncbi.nlm.nih.gov/22963024/");
        for (Element a : doc.select("a[href^=http]")) {
            assertThat(a.attr("rel")).isEqualTo("noopener noreferrer");
        }
    }

    @Test
    void encodesADoiInItsLink() {
        Reference r = Reference.builder(ReferenceType.ARTICLE_JOURNAL).title("T").doi("10.1000/a<c>#d%\u00e9").build();
        Document doc = Jsoup.parse(fragment.render(Condition.builder("x", "X").references(r).build()));
        assertThat(doc.selectFirst("#references a").attr("href"))
                .isEqualTo("https://doi.org/10.1000/a%3Cc%3E%23d%25%C3%A9");
    }

    @Test
    void linksNeitherAMalformedDoiNorAMalformedPmid() {
        Reference r = Reference.builder(ReferenceType.ARTICLE_JOURNAL).title("T").doi("doi 10.1000/x").pmid("12a").build();
        Document doc = Jsoup.parse(fragment.render(Condition.builder("x", "X").references(r).build()));
        assertThat(doc.select("#references a")).isEmpty();
        assertThat(doc.selectFirst("#references li").text()).isEqualTo("T. doi:doi 10.1000/x PMID: 12a");
    }

    @Test
    void writesTheFooterWithCreditsDatesAndFeedback() {
        Document doc = Jsoup.parse(page.render(SampleConditions.complete()));
        Element footer = doc.selectFirst("article > footer");
        assertThat(footer.select("#contributors li").eachText()).containsExactly("Mary-Beth Seymour, RN");
        assertThat(footer.selectFirst(".copyright").text()).isEqualTo("\u00a9 2023 EBSCO Information Services");
        assertThat(footer.select("time").eachAttr("datetime")).containsExactly("2023-06-01", "2024-06-01");
        assertThat(footer.selectFirst(".review-dates").text())
                .isEqualTo("Last reviewed: June 1, 2023. Next review: June 1, 2024.");
        Element mail = footer.selectFirst(".feedback a");
        assertThat(mail.attr("href")).isEqualTo("mailto:healthlibrarysupport@ebsco.com");
        assertThat(mail.hasAttr("rel")).isFalse();
        assertThat(footer.selectFirst(".feedback").text()).endsWith("please email us at healthlibrarysupport@ebsco.com.");
    }

    @Test
    void headsAGroupOfResourcesAfterAHeadedOneByItsCountryInTheLabelsLanguage() {
        Condition c = Condition.builder("x", "X").language("fr")
                .resources(new ResourceGroup("US", "Ressources américaines", List.of(new Resource("A", null, null))),
                        new ResourceGroup("CA", null, List.of(new Resource("B", null, null))))
                .build();
        Document doc = Jsoup.parse(fragment.render(c));
        assertThat(doc.select("#resources h3").eachText()).containsExactly("Ressources américaines", "Canada");
        // The country's name is the English labels' word on a French page; the group's own heading is the page's.
        assertThat(doc.select("#resources h3").get(0).hasAttr("lang")).isFalse();
        assertThat(doc.select("#resources h3").get(1).attr("lang")).isEqualTo("en");
        assertThat(doc.select("#resources ul").get(1).text()).isEqualTo("B");
    }

    @Test
    void namesAReviewersOrEditorsRoleAfterTheirName() {
        Condition c = Condition.builder("x", "X")
                .contributors(Contributor.person("Ana Ruiz", "MD", ContributorRole.AUTHOR),
                        Contributor.person("Li Wei", "RN", ContributorRole.MEDICAL_REVIEWER))
                .build();
        Document doc = Jsoup.parse(page.render(c.toBuilder().language("fr").build()));
        assertThat(doc.select("#contributors li").eachText()).containsExactly("Ana Ruiz, MD", "Li Wei, RN (medical reviewer)");
        assertThat(doc.selectFirst("#contributors li:nth-child(2) span[lang=en]").text()).isEqualTo("medical reviewer");
    }

    @Test
    void linksResourcesOnlyThroughAllowedUrls() {
        Condition c = Condition.builder("x", "X")
                .resources(new ResourceGroup("US", null, List.of(
                        new Resource("Org", "Site", "https://example.org"),
                        new Resource("Other", null, "ftp://example.org/file"))))
                .build();
        Document doc = Jsoup.parse(fragment.render(c));
        Elements items = doc.select("#resources li");
        assertThat(items.get(0).selectFirst("a").attr("href")).isEqualTo("https://example.org");
        assertThat(items.get(0).text()).isEqualTo("Site\u2014Org");
        assertThat(items.get(1).select("a")).isEmpty();
        assertThat(items.get(1).text()).isEqualTo("Other <ftp://example.org/file>");
    }

    @Test
    void showsAnIllustrationWithAUrlAsAFigure() {
        Condition c = Condition.builder("x", "X")
                .body(Section.of(SectionKind.DEFINITION,
                        new Media("Credit", "A calf muscle in spasm", "https://example.org/calf.png"),
                        new Media("Other credit", null, "https://example.org/other.png"),
                        new Media("Plain credit", null, null)))
                .build();
        Document doc = Jsoup.parse(fragment.render(c));
        Elements figures = doc.select("#definition figure");
        assertThat(figures).hasSize(2);
        assertThat(figures.get(0).selectFirst("img").attr("src")).isEqualTo("https://example.org/calf.png");
        assertThat(figures.get(0).selectFirst("img").attr("alt")).isEqualTo("A calf muscle in spasm");
        assertThat(figures.get(0).selectFirst("figcaption").text()).isEqualTo("Credit");
        assertThat(figures.get(1).selectFirst("img").hasAttr("alt")).isTrue();
        assertThat(figures.get(1).selectFirst("img").attr("alt")).isEmpty();
        assertThat(doc.select("#definition > p.credit").eachText()).containsExactly("Plain credit");
    }

    @Test
    void describesAnIllustrationThePageCannotShowInItsText() {
        // Without an address the page may load, the description would be lost with the image:
        // it is written as text, with the address given, beside the credit.
        Condition c = Condition.builder("x", "X")
                .body(Section.of(SectionKind.DEFINITION,
                        new Media("Credit", "The calf muscles", null),
                        new Media("Other credit", "A chart", "javascript:alert(1)")))
                .build();
        Document doc = Jsoup.parse(fragment.render(c));
        Elements figures = doc.select("#definition figure");
        assertThat(figures).hasSize(2);
        assertThat(figures.select("img")).isEmpty();
        assertThat(figures.get(0).selectFirst("p").text()).isEqualTo("Image: The calf muscles");
        assertThat(figures.get(0).selectFirst("figcaption.credit").text()).isEqualTo("Credit");
        assertThat(figures.get(1).selectFirst("p").text()).isEqualTo("Image: A chart <javascript:alert(1)>");
        assertThat(figures.get(1).select("a")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {SCRIPT, SPECIALS, JAVASCRIPT_URL, " JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>",
        "\" onmouseover=\"alert(1)", "' onload='alert(1)", "x\u0000y\u0007z\u001b\u0085\ud800"})
    void escapesEveryFieldAndLinksNoUnsafeUrl(String payload) {
        Condition hostile = SampleConditions.everyFieldFilledWith(payload);
        HtmlRenderer fragmentWithJsonLd = HtmlRenderer.builder().fragment(true).jsonLd(true).build();
        for (HtmlRenderer renderer : List.of(page, fragment, fragmentWithJsonLd)) {
            String html = renderer.render(hostile);
            SafeHtml.assertSafe(html, ArticleWriter.title(hostile), renderer.jsonLd());
        }
    }

    @Test
    void writesTheLiteralStringsEscaped() {
        String html = page.render(SampleConditions.everyFieldFilledWith(SCRIPT));
        assertThat(html).doesNotContain(SCRIPT).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        Document doc = Jsoup.parse(html);
        assertThat(doc.title()).isEqualTo(SCRIPT);
        assertThat(doc.selectFirst("h1").text()).isEqualTo(SCRIPT);
        assertThat(doc.body().text()).contains(SCRIPT);

        String specials = page.render(SampleConditions.everyFieldFilledWith(SPECIALS));
        assertThat(specials).contains("&quot;&#39;&amp;&lt;&gt;");
        Document specialsDoc = Jsoup.parse(specials);
        assertThat(specialsDoc.selectFirst("h1").text()).isEqualTo(SPECIALS);
        assertThat(specialsDoc.selectFirst("html").attr("lang")).as("a malformed language tag").isEqualTo("en");
        assertThat(specialsDoc.selectFirst("meta[name=description]").attr("content")).isEqualTo(SPECIALS);
    }

    @Test
    void writesAJavascriptUrlAsTextOnly() {
        String html = page.render(SampleConditions.everyFieldFilledWith(JAVASCRIPT_URL));
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("a, img")).isEmpty();
        assertThat(doc.select("#resources li").eachText())
                .contains(JAVASCRIPT_URL + "\u2014" + JAVASCRIPT_URL + " <" + JAVASCRIPT_URL + ">");
        assertThat(doc.selectFirst(".feedback").text()).isEqualTo(JAVASCRIPT_URL + " " + JAVASCRIPT_URL + ".");
    }

    @Test
    void rendersARecordWithNullsWhereValidationForbidsThem() {
        Condition c = SampleConditions.withNullsWhereValidationForbidsThem();
        for (HtmlRenderer renderer : List.of(page, fragment)) {
            String html = renderer.render(c);
            assertThat(parseErrors(html)).isEmpty();
            assertThat(Jsoup.parse(html).selectFirst("#section-heading").text()).isEqualTo("More Information");
        }
    }

    @Test
    void dropsControlCharactersThatMakeHtmlIllFormed() {
        String html = fragment.render(Condition.builder("x", "A\u0000B\u0001C\tD\u007fE\u0090F\ud83d\ude00G\ufffeH").build());
        assertThat(Jsoup.parse(html).selectFirst("h1").text()).isEqualTo("ABC DEF\ud83d\ude00GH");
    }

    private static List<Integer> headingLevels(Document doc) {
        List<Integer> levels = new ArrayList<>();
        for (Element e : doc.select("h1, h2, h3, h4, h5, h6, [role=heading]")) {
            levels.add(e.hasAttr("aria-level") ? Integer.parseInt(e.attr("aria-level")) : e.tagName().charAt(1) - '0');
        }
        return levels;
    }

    private static void assertNoSkippedLevels(List<Integer> levels) {
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as("heading %d after level %d", i, levels.get(i - 1))
                    .isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
    }

    private static ParseErrorList parseErrors(String html) {
        Parser parser = Parser.htmlParser().setTrackErrors(20);
        Jsoup.parse(html, "", parser);
        return parser.getErrors();
    }

    /**
     * Each option on its own changes the page, and the renderer rebuilt from {@code toBuilder()}
     * writes the same page as the renderer it came from: an option toBuilder dropped would show.
     */
    @Test
    void toBuilderKeepsEveryOption() {
        Condition article = SampleConditions.complete();
        String defaults = page.render(article);
        List<HtmlRenderer> eachOption = List.of(
                HtmlRenderer.builder().fragment(true).build(),
                HtmlRenderer.builder().firstHeadingLevel(3).build(),
                HtmlRenderer.builder().stylesheet(false).build(),
                HtmlRenderer.builder().stylesheetUrl("https://example.org/site.css").build(),
                HtmlRenderer.builder().jsonLd(false).build(),
                HtmlRenderer.builder().relatedTitles(java.util.Map.of("restless-legs-syndrome", "Restless Legs")).build(),
                HtmlRenderer.builder().labels(org.conditioncontent.render.Labels.english().toBuilder()
                        .label(org.conditioncontent.render.Labels.Label.REFERENCES, "Sources").build()).build(),
                HtmlRenderer.builder().citationStyle(org.conditioncontent.render.CitationStyle.ama()).build(),
                HtmlRenderer.builder().linkPolicy(org.conditioncontent.render.LinkPolicy.standard().withoutScheme("https")).build(),
                HtmlRenderer.builder().partRenderer(org.conditioncontent.model.outline.Part.ParagraphPart.class, (p, context) ->
                        context.writer().element("p", p.paragraph().text(), "class", "lead").newline()).build(),
                HtmlRenderer.builder().attributes((part, tag) -> java.util.Map.of("data-tag", tag)).build());
        for (int i = 0; i < eachOption.size(); i++) {
            HtmlRenderer renderer = eachOption.get(i);
            String configured = renderer.render(article);
            assertThat(configured).as("option %d changes the page", i).isNotEqualTo(defaults);
            assertThat(renderer.toBuilder().build().render(article)).isEqualTo(configured);
        }
        // A JSON-LD left at its default still follows the fragment setting.
        assertThat(fragment.toBuilder().fragment(false).build().render(article)).isEqualTo(defaults);
    }

    @Test
    void aCopyrightBuiltInCodeWithoutItsHolderIsLeftOutNotPrintedAsNull() {
        Condition c = Condition.builder("a", "A title").copyright(new org.conditioncontent.model.Copyright(2024, null)).build();

        String page = new HtmlRenderer().render(c);

        assertThat(page).doesNotContain("null").doesNotContain("class=\"copyright\"");
        assertThat(new HtmlRenderer().render(c.toBuilder().copyright(new org.conditioncontent.model.Copyright(2024, "Example Health")).build()))
                .contains("<p class=\"copyright\">\u00a9 2024 Example Health</p>");
    }
}
