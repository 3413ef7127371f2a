package org.conditioncontent.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.conditioncontent.model.Condition;
import org.conditioncontent.render.json.JsonRenderer;
import org.conditioncontent.loader.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JSON is the loader's own format: rendering an article to JSON and loading it gives an equal
 * article, and rendering that again gives the same bytes.
 */
class RoundTripTest {

    private static ConditionLoader loader;
    private static final JsonRenderer JSON = new JsonRenderer();

    @BeforeAll
    static void buildLoader() {
        // Generated text breaks editorial rules on purpose (doubled spaces, tabs); only structure matters here.
        loader = ConditionLoader.builder().rules(RuleSet.none()).build();
    }

    @Test
    void theSeedArticleSurvivesTheRoundTrip() {
        Condition seed = loader.loadOrThrow(Path.of("../examples/conditions/nocturnal-leg-cramps.yaml"));
        assertRoundTrip(seed);
    }

    static LongStream seeds() {
        return LongStream.range(1, 251);
    }

    @ParameterizedTest(name = "Instancio seed {0}")
    @MethodSource("seeds")
    void generatedArticlesSurviveTheRoundTrip(long seed) {
        assertRoundTrip(GeneratedConditions.generate(seed));
    }

    @Test
    void theGeneratedArticlesCoverTheModel() {
        List<Condition> all = seeds().mapToObj(GeneratedConditions::generate).toList();
        assertThat(all).as("nested risk factors").anyMatch(c -> c.riskFactors() != null
                && c.riskFactors().items().stream().anyMatch(r -> !r.items().isEmpty()));
        assertThat(all).as("absent optional sections").anyMatch(c -> c.treatment() == null);
        assertThat(all).as("present optional sections").anyMatch(c -> c.treatment() != null && !c.treatment().options().isEmpty());
        assertThat(all).as("references with a DOI").anyMatch(c -> c.references().stream().anyMatch(r -> r.doi() != null));
        assertThat(all).as("titles that need JSON escaping").anyMatch(c -> c.title().contains("\"") || c.title().contains("\\"));
        assertThat(all).as("control characters").anyMatch(c -> c.title().contains("\n") || c.title().contains("\t"));
        assertThat(all).as("empty lists").anyMatch(c -> c.alsoCalled().isEmpty());
        assertThat(all).as("related ids").anyMatch(c -> !c.related().isEmpty());
    }

    private static void assertRoundTrip(Condition original) {
        String json = JSON.render(original);
        LoadResult loaded = loader.load("article.json", json, SourceFormat.JSON);
        assertThat(loaded.diagnostics()).as("diagnostics for\n%s", json).isEmpty();
        assertThat(loaded.condition()).as("loaded from\n%s", json).isEqualTo(original);
        assertThat(JSON.render(loaded.condition())).isEqualTo(json);
    }
}
