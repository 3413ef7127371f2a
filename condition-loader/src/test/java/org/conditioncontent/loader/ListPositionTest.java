package org.conditioncontent.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.conditioncontent.loader.internal.reading.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A list element that does not bind is left out of the article, and the elements after it move
 * down one place; every finding about a later element must still point at that element in the
 * document. Checked for the example of issue 12 and, for every kind of list of an article, with a
 * bad element first, in the middle and last.
 */
class ListPositionTest {

    private static final ConditionLoader LOADER = FindingPositions.loader();

    private static final String LONG = "This sentence is deliberately written to be far too long for any patient reader because it"
            + " keeps going and going with more and more words that do not stop until well past the limit of twenty five words.";

    @Test
    void aFindingAfterAnElementThatDidNotBindPointsAtItsOwnElement() {
        String yaml = """
                formatVersion: 1
                id: leg-cramps
                title: Leg Cramps
                definition:
                  - true
                  - ok short.
                  - "%s"
                """.formatted(LONG);
        LoadResult result = LOADER.load("issue-12.yaml", yaml, SourceFormat.YAML);
        assertThat(result.diagnostics()).filteredOn(d -> d.rule().equals("wrong-type")).singleElement().satisfies(d -> {
            assertThat(d.line() + ":" + d.column()).isEqualTo("5:5");
            assertThat(d.pointer()).isEqualTo("/definition/0");
        });
        assertThat(result.diagnostics()).filteredOn(d -> d.rule().equals("sentence-length")).singleElement().satisfies(d -> {
            assertThat(d.line() + ":" + d.column()).isEqualTo("7:5");
            assertThat(d.pointer()).isEqualTo("/definition/2");
            assertThat(d.message()).contains("\"This sentence is deliberately");
        });
    }

    @Test
    void aSuppressionNamesTheFieldAsTheDocumentNumbersIt() {
        String yaml = """
                formatVersion: 1
                id: leg-cramps
                title: Leg Cramps
                alsoCalled:
                  - [not, a, text]
                  - Night  cramps
                  - Calf  cramps
                suppressions:
                  - rule: whitespace
                    field: /alsoCalled/2
                    reason: Kept as the source has it.
                """;
        LoadResult result = LOADER.load("suppressed.yaml", yaml, SourceFormat.YAML);
        // The suppression names document item 2, which is the article's item 1: that one is silenced, item 1 is not.
        assertThat(result.diagnostics()).filteredOn(d -> d.rule().equals("whitespace"))
                .extracting(Diagnostic::pointer).containsExactly("/alsoCalled/1");
    }

    @Test
    void aRepeatedItemIsNumberedAsInTheDocument() {
        String yaml = """
                formatVersion: 1
                id: leg-cramps
                title: Leg Cramps
                alsoCalled:
                  - Night cramps
                  - false
                  - {}
                  - Night cramps
                """;
        LoadResult result = LOADER.load("repeated.yaml", yaml, SourceFormat.YAML);
        assertThat(result.diagnostics()).filteredOn(d -> d.rule().equals("duplicate-item")).singleElement().satisfies(d -> {
            assertThat(d.pointer()).isEqualTo("/alsoCalled/3");
            assertThat(d.line()).isEqualTo(8);
            assertThat(d.message()).startsWith("Item 4 repeats item 1 of this list");
        });
    }

    static Stream<Arguments> badElements() {
        Node fixture = PrintedDocument.read(fixture(), SourceFormat.YAML);
        List<Arguments> cases = new ArrayList<>();
        for (String list : PrintedDocument.lists(fixture)) {
            int size = ((Node.ArrayNode) PrintedDocument.at(fixture, list)).items().size();
            cases.add(Arguments.of(list, 0));
            if (size >= 2) {
                cases.add(Arguments.of(list, size / 2));
            }
            cases.add(Arguments.of(list, size));
        }
        return cases.stream();
    }

    @Test
    void theFixtureHasEveryKindOfList() {
        assertThat(badElements().map(a -> (String) a.get()[0]).distinct()).contains(
                "/alsoCalled", "/codes", "/definition", "/media", "/causes", "/riskFactors/summary", "/riskFactors/items",
                "/riskFactors/items/0/examples", "/riskFactors/items/0/items", "/symptoms", "/diagnosis", "/treatment/summary",
                "/treatment/options", "/prevention/summary", "/prevention/measures", "/medications/summary", "/medications/items",
                "/sections", "/sections/0/paragraphs", "/sections/0/items", "/resources", "/resources/0/items", "/references",
                "/references/0/authors", "/contributors", "/review/reviewers", "/related", "/suppressions");
    }

    @ParameterizedTest(name = "bad item at {1} of {0}")
    @MethodSource("badElements")
    void everyFindingPointsAtItsValue(String list, int index) {
        Node fixture = PrintedDocument.read(fixture(), SourceFormat.YAML);
        Node.ArrayNode original = (Node.ArrayNode) PrintedDocument.at(fixture, list);
        boolean ofTexts = original.items().get(0) instanceof Node.ScalarNode;
        // A boolean is not a text, and a text is not an object: either way the element does not bind.
        Node bad = ofTexts ? new Node.ScalarNode(Node.Kind.BOOLEAN, "true", 1, 1) : new Node.ScalarNode(Node.Kind.STRING, "not an object", 1, 1);
        PrintedDocument document = PrintedDocument.print(PrintedDocument.insert(fixture, list, index, bad));
        for (SourceFormat format : SourceFormat.values()) {
            LoadResult result = LOADER.load("every-list." + format.name().toLowerCase(java.util.Locale.ROOT), document.text(), format);
            FindingPositions.assertEveryFindingPointsAtItsValue(result, document);
            assertThat(result.diagnostics()).filteredOn(d -> d.rule().equals("wrong-type"))
                    .extracting(Diagnostic::pointer).containsExactly(list + "/" + index);
            // Every good element keeps the finding it has in the fixture, at its own place in the document.
            for (int i = 0; i <= original.items().size(); i++) {
                if (i == index) {
                    continue;
                }
                String item = list + "/" + i;
                assertThat(result.diagnostics()).as("a finding for %s", item)
                        .anyMatch(d -> d.pointer().equals(item) || d.pointer().startsWith(item + "/"));
            }
        }
    }

    private static String fixture() {
        try {
            return Files.readString(Path.of("src/test/resources/positions/every-list.yaml"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
