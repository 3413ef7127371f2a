package org.conditioncontent.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.conditioncontent.cli.Main;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.SourceFormat;
import org.conditioncontent.loader.rules.RuleSet;
import org.junit.jupiter.api.Test;

/** The house rule is found by the service loader and reports with positions like a built-in rule. */
class PlainWordsRuleTest {

    private static final String ARTICLE = """
            formatVersion: 1
            id: plain
            title: Leg Cramps
            definition:
              - Leg cramps are painful.
            symptoms:
              - Prior to a cramp, the calf may twitch.
            treatment:
              options: [{name: Stretching}]
            references:
              - {type: webpage, title: Leg cramps, site: Example Health, url: "https://example.org/"}
            """;

    @Test
    void theRuleIsDiscoveredAndPointsAtTheParagraph() {
        assertThat(RuleSet.defaults().rules()).extracting(r -> r.id()).contains("plain-words", "reading-level");
        LoadResult result = ConditionLoader.builder().build().load("plain.yaml", ARTICLE, SourceFormat.YAML);
        assertThat(result.diagnostics()).singleElement().hasToString(
                "plain.yaml:7:5: info: Write \"before\" instead of \"Prior to\" [plain-words]");
        assertThat(result.isValid()).isTrue();
    }

    @Test
    void passingTextGivesNothing() {
        LoadResult result = ConditionLoader.builder().build()
                .load("plain.yaml", ARTICLE.replace("Prior to", "Before"), SourceFormat.YAML);
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void theCommandListsTheHouseRule() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"rules"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("plain-words").contains("reading-level");
    }

    @Test
    void theSeedArticleGetsOneSuggestion() {
        LoadResult result = ConditionLoader.builder().build().load(Path.of("conditions/nocturnal-leg-cramps.yaml"));
        assertThat(result.diagnostics()).extracting(d -> d.rule() + " " + d.pointer() + " " + d.message())
                .containsExactly("plain-words /disclaimer Write \"before\" instead of \"prior to\"");
    }
}
