package org.conditioncontent.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import java.util.ArrayList;
import org.conditioncontent.json.WireFormat;
import org.conditioncontent.model.Aside;
import org.conditioncontent.model.Block;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.ItemList;
import org.conditioncontent.model.Paragraph;
import org.conditioncontent.model.PartialDate;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.SectionKind;
import org.conditioncontent.model.outline.Outline;
import org.conditioncontent.model.outline.OutlineAdapter;
import org.conditioncontent.model.outline.Part;
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

    /**
     * An empty list is valid when the {@code empty-list} rule is off, as it is here; it was
     * written as {@code {}}, which did not load (audit-api #2).
     */
    @ParameterizedTest(name = "Instancio seed {0}")
    @MethodSource("seeds")
    void emptyItemListsSurviveTheRoundTrip(long seed) {
        List<Block> blocks = List.of(new ItemList(List.of(), false), Paragraph.of("The causes are:"),
                new Aside("Did you know?", List.of(new ItemList(List.of(), seed % 2 == 0))));
        Section withEmptyLists = new Section(SectionKind.CAUSES, null, false, blocks, List.of());
        assertRoundTrip(GeneratedConditions.generate(seed).toBuilder().body(withEmptyLists).build());
    }

    @Test
    void theGeneratedArticlesCoverTheModel() {
        List<Condition> all = seeds().mapToObj(GeneratedConditions::generate).toList();
        List<Part> parts = new ArrayList<>();
        all.forEach(c -> Outline.of(c).walk(new OutlineAdapter() {
            @Override
            public void enterSection(Part.SectionPart section) {
                parts.add(section);
            }

            @Override
            public void enterList(Part.ListPart list) {
                parts.add(list);
            }

            @Override
            public void enterItem(Part.ItemPart item) {
                parts.add(item);
            }

            @Override
            public void enterAside(Part.AsidePart aside) {
                parts.add(aside);
            }
        }));
        assertThat(parts).as("nested sections").anyMatch(p -> p instanceof Part.SectionPart s && s.depth() == 3);
        assertThat(parts).as("sections without a heading").anyMatch(p -> p instanceof Part.SectionPart s && s.section().noHeading());
        assertThat(parts).as("numbered lists nested in items").anyMatch(p -> p instanceof Part.ListPart l && l.depth() == 3 && l.ordered());
        assertThat(parts).as("asides").anyMatch(p -> p instanceof Part.AsidePart);
        assertThat(parts).as("items of text only").anyMatch(p -> p instanceof Part.ItemPart i && i.item().equals(Item.of(i.item().text())));
        assertThat(parts).as("items with a term, a note and paragraphs").anyMatch(p -> p instanceof Part.ItemPart i
                && i.item().term() != null && i.item().note() != null && !i.item().paragraphs().isEmpty());
        assertThat(all).as("dates of every precision").anySatisfy(c -> assertThat(c.published()).isNotNull())
                .flatExtracting(c -> java.util.Arrays.asList(c.published(), c.updated())).filteredOn(java.util.Objects::nonNull)
                .extracting(d -> ((PartialDate) d).precision()).contains(PartialDate.Precision.values());
        assertThat(all).as("references with a DOI").anyMatch(c -> c.references().stream().anyMatch(r -> r.doi() != null));
        assertThat(all).as("titles that need JSON escaping").anyMatch(c -> c.title().contains("\"") || c.title().contains("\\"));
        assertThat(all).as("control characters").anyMatch(c -> c.title().contains("\n") || c.title().contains("\t"));
        assertThat(all).as("empty lists").anyMatch(c -> c.alsoCalled().isEmpty());
        assertThat(all).as("related ids").anyMatch(c -> !c.related().isEmpty());
    }

    private static void assertRoundTrip(Condition original) {
        StringBuilder yaml = new StringBuilder();
        WireFormat.writeYaml(original, yaml);
        LoadResult fromYaml = loader.load("article.yaml", yaml.toString(), SourceFormat.YAML);
        assertThat(fromYaml.diagnostics()).as("diagnostics for\n%s", yaml).isEmpty();
        assertThat(fromYaml.condition()).as("loaded from\n%s", yaml).isEqualTo(original);
        String json = JSON.render(original);
        LoadResult loaded = loader.load("article.json", json, SourceFormat.JSON);
        assertThat(loaded.diagnostics()).as("diagnostics for\n%s", json).isEmpty();
        assertThat(loaded.condition()).as("loaded from\n%s", json).isEqualTo(original);
        assertThat(JSON.render(loaded.condition())).isEqualTo(json);
    }
}
