package org.conditioncontent.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Paragraph;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.SectionKind;
import org.conditioncontent.render.SampleConditions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of page the HTML renderer writes passes the W3C Nu HTML checker with no error, no
 * warning and no note: full pages with each option, a fragment inside a minimal page, the
 * exports' index page, and pages of hostile content.
 *
 * <p>Each checked page is also written to {@code target/axe-pages/}, where
 * {@code .ci/pages/run.sh axe,layout condition-render/target/axe-pages} checks it in headless
 * Chromium for accessibility (axe-core, WCAG 2.2 AA) and for its fit on a 320 and 390 px screen.
 */
class HtmlRendererValidityTest {

    /** Where the pages go for the accessibility check. */
    static final Path AXE_PAGES = Path.of("target", "axe-pages");

    private static final HtmlRenderer PAGE = new HtmlRenderer();

    static Stream<Arguments> pages() {
        Condition seed = SampleConditions.nocturnalLegCramps();
        Condition complete = SampleConditions.complete();
        Condition french = Condition.builder("crampes-nocturnes", "Crampes nocturnes").language("fr-CA")
                .alsoCalled("Crampes musculaires")
                .body(Section.of(SectionKind.DEFINITION, Paragraph.of("Des crampes soudaines dans les jambes, la nuit.")))
                .build();
        return Stream.of(
                Arguments.of("nocturnal-leg-cramps", PAGE.render(seed)),
                Arguments.of("complete", PAGE.render(complete)),
                Arguments.of("minimal", PAGE.render(SampleConditions.minimal())),
                Arguments.of("french-with-english-words", PAGE.render(SampleConditions.french())),
                Arguments.of("french-with-english-words-ama", HtmlRenderer.builder()
                        .citationStyle(org.conditioncontent.render.CitationStyle.ama()).build().render(SampleConditions.french())),
                Arguments.of("shapes", PAGE.render(SampleConditions.shapes())),
                Arguments.of("shapes-fragment-at-level-3", wrap(3,
                        HtmlRenderer.builder().fragment(true).firstHeadingLevel(3).build().render(SampleConditions.shapes()))),
                Arguments.of("without-style-and-json-ld",
                        HtmlRenderer.builder().stylesheet(false).jsonLd(false).build().render(complete)),
                Arguments.of("linked-stylesheet",
                        HtmlRenderer.builder().stylesheetUrl("../css/conditions.css?v=2&x=1").build().render(complete)),
                Arguments.of("title-as-h2", HtmlRenderer.builder().firstHeadingLevel(2).build().render(complete)),
                Arguments.of("fragment-in-a-page", wrap(2,
                        HtmlRenderer.builder().fragment(true).firstHeadingLevel(2).jsonLd(true).build().render(complete))),
                Arguments.of("fragment-at-level-5", wrap(5,
                        HtmlRenderer.builder().fragment(true).firstHeadingLevel(5).build().render(complete))),
                Arguments.of("index", IndexPage.render(List.of(seed, french, SampleConditions.minimal()))),
                Arguments.of("empty-index", IndexPage.render(List.of())),
                Arguments.of("nulls-where-validation-forbids-them",
                        PAGE.render(SampleConditions.withNullsWhereValidationForbidsThem())));
    }

    static Stream<Arguments> hostilePages() {
        return IntStream.range(0, HostileStrings.ALL.size()).mapToObj(i -> {
            String value = HostileStrings.ALL.get(i);
            Condition c = SampleConditions.everyFieldFilledWith(value);
            return Arguments.of("hostile-" + (i + 1), PAGE.render(c), value);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void passesTheNuCheckerWithoutAnyMessage(String name, String html) {
        write(name, html);
        assertThat(NuHtmlChecker.messages(html)).as("Nu checker messages for %s", name).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostilePages")
    void passesTheNuCheckerWithHostileContentInEveryField(String name, String html, String value) {
        write(name, html);
        // Markup, attributes and URLs are checked in full. Only the guess at the language of the
        // text is off: "alert(1)" in every field is in no language (the checker calls it Romanian),
        // and the page rightly falls back to lang="en" for its own words.
        assertThat(NuHtmlChecker.messages(html, false)).as("Nu checker messages for every field set to %s", value).isEmpty();
        String index = IndexPage.render(List.of(SampleConditions.everyFieldFilledWith(value)));
        assertThat(NuHtmlChecker.messages(index, false)).as("Nu checker messages for the index of %s", value).isEmpty();
    }

    @Test
    void checkerReportsErrorsAndWarnings() {
        // Proves that an empty list above means something: the checker sees both kinds of problem.
        String bad = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>t</title>\n</head>\n"
                + "<body>\n<p id=\"a\"><a href=\"https://example.org/a b\">x</a></p>\n<h2 id=\"a\"></h2>\n</body>\n</html>\n";
        List<String> messages = NuHtmlChecker.messages(bad);
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("error: Bad value").contains("href"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("error: Duplicate ID"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("warning: Empty heading"));
    }

    /**
     * A fragment as a site would embed it: in its own page, under the site's headings down to the
     * level above the fragment's title, since a heading may not skip levels.
     */
    static String wrap(int titleLevel, String fragment) {
        StringBuilder headings = new StringBuilder();
        for (int level = 1; level < titleLevel; level++) {
            headings.append("<h").append(level).append(">Health library, level ").append(level)
                    .append("</h").append(level).append(">\n");
        }
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>Health library</title>\n</head>\n<body>\n<main>\n" + headings
                + fragment + "</main>\n</body>\n</html>\n";
    }

    private static void write(String name, String html) {
        try {
            Files.createDirectories(AXE_PAGES);
            Files.writeString(AXE_PAGES.resolve(name + ".html"), html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
