package org.conditioncontent.render.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conditioncontent.model.Condition;
import org.conditioncontent.render.Renderer;
import org.conditioncontent.render.html.AzIndexPage;
import org.conditioncontent.render.html.HtmlRenderer;
import org.conditioncontent.render.html.Sitemap;
import org.conditioncontent.render.json.JsonLines;
import org.conditioncontent.render.json.JsonRenderer;
import org.conditioncontent.render.text.TextRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportPlanTest {

    private static final String SITE = "https://example.org/conditions/";

    private final Renderer html = new HtmlRenderer();
    private final Renderer json = new JsonRenderer();
    private final Renderer text = new TextRenderer();

    /** "Leg Cramps" names "Dehydration" as related; Dehydration names nothing. */
    private final Condition cramps = Condition.builder("leg-cramps", "Leg Cramps").related("dehydration").build();
    private final Condition dehydration = Condition.builder("dehydration", "Dehydration").build();
    private final List<Condition> both = List.of(cramps, dehydration);

    /** Every file a plan writes, by path, as a caller that writes them one after another would. */
    private static Map<String, String> written(ExportPlan plan, List<Condition> conditions) {
        Map<String, String> files = new LinkedHashMap<>();
        for (ExportFile file : plan.files(conditions)) {
            StringBuilder out = new StringBuilder();
            file.content().write(out, (path, others) -> files.put(path, others.toString()));
            assertThat(files.put(file.path(), out.toString())).as("written once: " + file.path()).isNull();
        }
        return files;
    }

    private static List<String> paths(ExportPlan plan, List<Condition> conditions) {
        return plan.files(conditions).stream().map(ExportFile::path).toList();
    }

    @Test
    void listsEachArticleInEachFormatThenTheSitesIndexBundleAndSitemap() {
        ExportPlan plan = ExportPlan.builder().renderers(List.of(html, json, text)).siteUrl(SITE).jsonFilesFromBundle(false).build();

        List<ExportFile> files = plan.files(both);

        assertThat(files).extracting(ExportFile::path).containsExactly(
                "html/leg-cramps.html", "html/dehydration.html", "json/leg-cramps.json", "json/dehydration.json",
                "text/leg-cramps.txt", "text/dehydration.txt", "html/index.html", "html/conditions.jsonl", "html/sitemap.xml");
        assertThat(files).extracting(ExportFile::wholeCorpus).containsExactly(false, false, false, false, false, false, true, true, true);
        assertThat(plan.site()).isTrue();
    }

    @Test
    void eachFileIsWhatItsRendererWrites() {
        Map<String, String> files = written(ExportPlan.builder().renderers(List.of(html, json, text)).siteUrl(SITE).build(), both);

        assertThat(files.get("text/leg-cramps.txt")).isEqualTo(text.render(cramps));
        assertThat(files.get("json/dehydration.json")).isEqualTo(json.render(dehydration));
        assertThat(files.get("html/index.html")).isEqualTo(AzIndexPage.render(both, ExportPlan.BUNDLE)).contains("conditions.jsonl");
        StringBuilder bundle = new StringBuilder();
        JsonLines.render(both, bundle);
        assertThat(files.get("html/conditions.jsonl")).isEqualTo(bundle.toString());
        assertThat(files.get("html/sitemap.xml")).isEqualTo(Sitemap.render(both, SITE));
    }

    @Test
    void theBundleWritesTheJsonFilesAsItGoesAndTheFilesAreTheSame() {
        ExportPlan fromBundle = ExportPlan.builder().renderers(List.of(html, json)).build();
        ExportPlan apart = ExportPlan.builder().renderers(List.of(html, json)).jsonFilesFromBundle(false).build();

        assertThat(paths(fromBundle, both)).noneMatch(p -> p.startsWith("json/"));
        Map<String, String> files = written(fromBundle, both);
        assertThat(files.get("json/leg-cramps.json")).isEqualTo(json.render(cramps));
        assertThat(files).isEqualTo(written(apart, both));
    }

    @Test
    void withoutASiteThereIsNoIndexBundleOrSitemapAndTheJsonFilesAreFilesOfTheirOwn() {
        ExportPlan plan = ExportPlan.builder().renderers(List.of(json, text)).siteUrl(SITE).build();

        assertThat(paths(plan, both)).containsExactly("json/leg-cramps.json", "json/dehydration.json", "text/leg-cramps.txt",
                "text/dehydration.txt");
        assertThat(plan.site()).isFalse();
    }

    @Test
    void aPlugInsJsonIsNotTheBundlesTextAndKeepsItsOwnFiles() {
        // The same output, but not the built-in class: not known to be the bundle's text.
        Renderer pluginJson = (Renderer) Proxy.newProxyInstance(Renderer.class.getClassLoader(), new Class<?>[] {Renderer.class},
                (proxy, method, arguments) -> method.invoke(json, arguments));

        assertThat(paths(ExportPlan.builder().renderers(List.of(html, pluginJson)).build(), both))
                .contains("json/leg-cramps.json", "json/dehydration.json");
    }

    @Test
    void aRendererWhoseExtensionWouldLeaveItsFolderIsRefused() {
        Renderer escaping = (Renderer) Proxy.newProxyInstance(Renderer.class.getClassLoader(), new Class<?>[] {Renderer.class},
                (proxy, method, arguments) -> method.getName().equals("fileExtension") ? "x/../../../evil" : method.invoke(text, arguments));

        assertThatThrownBy(() -> ExportPlan.builder().renderers(List.of(html, escaping)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Renderer " + escaping.getClass().getName() + " has file extension 'x/../../../evil'");
    }

    @Test
    void thePagesLinkRelatedArticlesBothWaysByTitleAndOtherFormatsKeepTheArticleAsItIs() {
        Map<String, String> files = written(ExportPlan.builder().renderers(List.of(html, text)).build(), both);

        assertThat(files.get("html/leg-cramps.html")).contains("href=\"dehydration.html\"").contains(">Dehydration</a>");
        // Dehydration names nothing, but Leg Cramps names it: its page links back.
        assertThat(files.get("html/dehydration.html")).contains("href=\"leg-cramps.html\"").contains(">Leg Cramps</a>");
        assertThat(new HtmlRenderer().render(dehydration)).doesNotContain("leg-cramps.html");
        assertThat(files.get("text/dehydration.txt")).isEqualTo(text.render(dehydration)).doesNotContain("leg-cramps");
    }

    @Test
    void anArticleThatNamesOthersAndIsNamedListsEachRelatedArticleOnce() {
        // Muscle Cramps names Dehydration and itself; Leg Cramps names Muscle Cramps back.
        Condition muscle = Condition.builder("muscle-cramps", "Muscle Cramps").related("dehydration", "muscle-cramps").build();
        Condition leg = Condition.builder("leg-cramps", "Leg Cramps").related("muscle-cramps").build();
        ExportPlan plan = ExportPlan.builder().renderers(List.of(html)).build();

        String page = written(plan, List.of(muscle, leg, dehydration)).get("html/muscle-cramps.html");

        assertThat(page).containsOnlyOnce(">Dehydration</a>").containsOnlyOnce(">Leg Cramps</a>").containsOnlyOnce(">Muscle Cramps</a>");
        assertThat(page.indexOf(">Dehydration</a>")).isLessThan(page.indexOf(">Muscle Cramps</a>"));
        assertThat(page.indexOf(">Muscle Cramps</a>")).isLessThan(page.indexOf(">Leg Cramps</a>"));
    }

    @Test
    void theCallersHtmlRendererKeepsItsOptionsAndGetsTheRelatedTitles() {
        HtmlRenderer fragments = HtmlRenderer.builder().fragment(true).firstHeadingLevel(2).build();

        Map<String, String> files = written(ExportPlan.builder().renderers(List.of(fragments)).build(), both);

        assertThat(files.get("html/dehydration.html"))
                .isEqualTo(fragments.toBuilder().relatedTitles(Map.of("leg-cramps", "Leg Cramps", "dehydration", "Dehydration"))
                        .build().render(Condition.builder("dehydration", "Dehydration").related("leg-cramps").build()))
                .doesNotContain("<!DOCTYPE").contains("<h2").contains("href=\"leg-cramps.html\"");
    }

    @Test
    void anArticleWithTheIdIndexOverwritesTheIndexPageOnlyWithASite() {
        Condition index = Condition.builder("index", "Index").build();
        ExportPlan site = ExportPlan.builder().renderers(List.of(html, text)).build();
        ExportPlan noSite = ExportPlan.builder().renderers(List.of(text)).build();

        assertThat(site.overwritesIndex(index)).isTrue();
        assertThat(site.overwritesIndex(cramps)).isFalse();
        assertThat(noSite.overwritesIndex(index)).isFalse();
        assertThatThrownBy(() -> site.files(List.of(index))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The id \"index\" would overwrite the export's html/index.html; give the article another id");
        assertThat(paths(noSite, List.of(index))).containsExactly("text/index.txt");
    }

    @Test
    void idsThatDifferInCaseOnlyNameOneFileWhereCaseIsIgnored() {
        ExportPlan site = ExportPlan.builder().renderers(List.of(html)).build();
        Condition upper = Condition.builder("Leg-Cramps", "Leg Cramps").build();
        Condition lower = Condition.builder("leg-cramps", "Leg Cramps").build();

        assertThat(site.overwritesIndex(Condition.builder("Index", "Index").build())).isTrue();
        assertThatThrownBy(() -> site.files(List.of(Condition.builder("INDEX", "Index").build())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("html/index.html");
        assertThatThrownBy(() -> site.files(List.of(upper, lower))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The articles \"Leg-Cramps\" and \"leg-cramps\" differ in case only; on a file system that ignores"
                        + " case (macOS, Windows) the second would overwrite the first's files");
        assertThat(paths(site, List.of(upper, dehydration))).contains("html/Leg-Cramps.html", "html/dehydration.html");
    }

    @Test
    void refusesIdsThatCannotNameFilesAndIdsTwice() {
        ExportPlan plan = ExportPlan.builder().renderers(List.of(text)).build();

        for (String bad : List.of("", ".", "..", "../escape", "a/b", "a\\b", "tab\there")) {
            assertThatThrownBy(() -> plan.files(List.of(Condition.builder(bad, "T").build()))).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cannot name its files");
        }
        assertThatThrownBy(() -> plan.files(List.of(cramps, cramps))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Two articles have the id \"leg-cramps\"; the second would overwrite the first's files");
        assertThat(paths(plan, List.of(Condition.builder("ok-id", "T").build()))).containsExactly("text/ok-id.txt");
    }

    @Test
    void theBuilderNeedsRenderersEachFormatOnceAndAWebAddress() {
        assertThatThrownBy(() -> ExportPlan.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("renderers");
        assertThatThrownBy(() -> ExportPlan.builder().renderers(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An export needs at least one format");
        assertThatThrownBy(() -> ExportPlan.builder().renderers(List.of(text, new TextRenderer())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format text");
        assertThatThrownBy(() -> ExportPlan.builder().siteUrl("conditions/")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absolute http or https URL");
        assertThat(ExportPlan.builder().renderers(List.of(text, html)).build().renderers()).containsExactly(text, html);
    }

    /**
     * The folders of formats the plan does not write, which an export leaves as they are: those of
     * the formats given, not a file or a link of that name, and not a folder of no format given.
     */
    @Test
    void namesTheFoldersOfOtherFormatsAnExportLeaves(@TempDir Path out) throws IOException {
        Files.createDirectories(out.resolve("html"));
        Files.createDirectories(out.resolve("text"));
        Files.createDirectories(out.resolve("json"));
        Files.createDirectories(out.resolve("assets"));
        Files.writeString(out.resolve("pdf"), "a file");
        ExportPlan jsonOnly = ExportPlan.builder().renderers(List.of(json)).build();

        assertThat(jsonOnly.formatsLeft(out, List.of("html", "json", "text", "pdf", "html"))).containsExactly("html", "text");
        assertThat(ExportPlan.builder().renderers(List.of(html, json, text)).build().formatsLeft(out, List.of("html", "json", "text")))
                .isEmpty();
        assertThat(jsonOnly.formatsLeft(out.resolve("missing"), List.of("html"))).isEmpty();
        assumeThat(System.getProperty("os.name")).doesNotContainIgnoringCase("windows"); // links need rights there
        Files.createSymbolicLink(out.resolve("odt"), out.resolve("html"));
        assertThat(jsonOnly.formatsLeft(out, List.of("odt"))).as("a link is not the export's folder").isEmpty();
    }

    @Test
    void theNoteOnFoldersLeftSaysWhatToDoInTheNumberItNeeds() {
        assertThat(ExportPlan.foldersLeftNote(List.of("out/text"))).isEqualTo("out/text was left as it was, from an earlier export;"
                + " export that format too, or delete it, if the articles changed since");
        assertThat(ExportPlan.foldersLeftNote(List.of("out/html", "out/text"))).isEqualTo("out/html and out/text were left as they"
                + " were, from an earlier export; export those formats too, or delete them, if the articles changed since");
        assertThatThrownBy(() -> ExportPlan.foldersLeftNote(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
