package org.conditioncontent.loader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values that passed validation and then failed later, on export or in a page: ids that cannot be
 * file names, titles with nothing a reader can see, URLs the renderers would not link.
 */
class SafeValuesTest {

    private static final ConditionLoader LOADER = ConditionLoader.builder().build();

    private static LoadResult article(String id, String title, String url) {
        String yaml = """
                formatVersion: 1
                id: %s
                title: "%s"
                definition:
                  - Leg cramps are sudden, painful tightening of the muscles in the calf.
                references:
                  - type: webpage
                    title: Leg cramps
                    site: Example Health
                    url: "%s"
                """.formatted(id, title, url);
        return LOADER.load("t.yaml", yaml, SourceFormat.YAML);
    }

    private static LoadResult withId(String id) {
        return article(id, "Leg Cramps", "https://example.org/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"con", "nul", "com1", "lpt9", "aux", "prn"})
    void idsWindowsKeepsForDevicesAreRefused(String id) {
        assertThat(withId(id).diagnostics()).filteredOn(d -> d.pointer().equals("/id")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("not a name Windows keeps for a device"));
    }

    @ParameterizedTest
    @ValueSource(ints = {201, 232, 300})
    void idsTooLongForAFileNameAreRefused(int length) {
        assertThat(withId("a".repeat(length)).diagnostics()).filteredOn(d -> d.pointer().equals("/id")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("at most 200 characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"console", "nul-and-void", "com10", "a"})
    void idsThatMerelyLookLikeReservedNamesPass(String id) {
        assertThat(withId(id).diagnostics()).noneMatch(d -> d.pointer().equals("/id"));
        assertThat(withId("a".repeat(200)).diagnostics()).noneMatch(d -> d.pointer().equals("/id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\ud800", "\\udfff", "\\ufffe", "\\uffff", "\\ufdd0", "\\u200b", "Leg \\ud800 Cramps"})
    void titlesWithNothingToSeeOrCharactersNoRendererCanWriteAreRefused(String escaped) {
        LoadResult result = article("cramps", escaped, "https://example.org/");

        assertThat(result.diagnostics()).filteredOn(d -> d.pointer().equals("/title") && d.rule().equals("constraint")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("must hold visible characters"));
    }

    @org.junit.jupiter.api.Test
    void aCharacterThatCannotBePrintedIsQuotedAsAnEscape() {
        assertThat(article("cramps", "\\ud800", "https://example.org/").diagnostics())
                .filteredOn(d -> d.pointer().equals("/title")).singleElement()
                .satisfies(d -> assertThat(d.message()).endsWith("it is \"\\ud800\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:pass@example.org/", "https://example.org@evil.example/", "https://example.org:65536/",
        "https://example.org:/", "http://example.org:99999/", "https://example.org/\\ud800"})
    void urlsTheRenderersWouldNotLinkFailTheWebUrlRule(String url) {
        assertThat(article("cramps", "Leg Cramps", url).diagnostics()).filteredOn(d -> d.rule().equals("web-url")).hasSize(1);
    }
}
