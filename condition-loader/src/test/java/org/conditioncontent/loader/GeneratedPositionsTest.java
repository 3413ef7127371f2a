package org.conditioncontent.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.conditioncontent.loader.internal.reading.Node;
import org.conditioncontent.render.json.JsonRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated articles (Instancio, fixed seeds) with values of the wrong type put into random places
 * of random lists, nested ones included: every finding's JSON Pointer names, in the document, the
 * value its message quotes, and its line and column are where that value's first character was
 * printed. Half the documents are read as JSON and half as YAML.
 */
class GeneratedPositionsTest {

    private static final ConditionLoader LOADER = FindingPositions.loader();
    private static final JsonRenderer JSON = new JsonRenderer();

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 240);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyFindingPointsAtTheValueItQuotes(long seed) {
        Node tree = PrintedDocument.read(JSON.render(GeneratedConditions.generate(seed)), SourceFormat.JSON);
        Random random = new Random(seed);
        Set<Node> bad = Collections.newSetFromMap(new IdentityHashMap<>());
        int injections = 1 + random.nextInt(4);
        for (int k = 0; k < injections; k++) {
            List<String> lists = new ArrayList<>();
            for (String list : PrintedDocument.lists(tree)) {
                Node.ArrayNode array = (Node.ArrayNode) PrintedDocument.at(tree, list);
                if (!bad.contains(array) && array.items().stream().anyMatch(item -> !bad.contains(item))) {
                    lists.add(list);
                }
            }
            String list = lists.get(random.nextInt(lists.size()));
            Node.ArrayNode array = (Node.ArrayNode) PrintedDocument.at(tree, list);
            // The kind of list shows in a good item: one put in before may be first.
            Node good = array.items().stream().filter(item -> !bad.contains(item)).findFirst().orElseThrow();
            Node value = wrongValue(random, good instanceof Node.ScalarNode);
            bad.add(value);
            tree = PrintedDocument.insert(tree, list, random.nextInt(array.items().size() + 1), value);
        }
        PrintedDocument document = PrintedDocument.print(tree);
        SourceFormat format = seed % 2 == 0 ? SourceFormat.JSON : SourceFormat.YAML;
        LoadResult result = LOADER.load("generated-" + seed + "." + format.name().toLowerCase(java.util.Locale.ROOT), document.text(), format);

        FindingPositions.assertEveryFindingPointsAtItsValue(result, document);
        List<String> badPointers = new ArrayList<>();
        for (Map.Entry<String, Node> e : document.values().entrySet()) {
            if (bad.contains(e.getValue())) {
                badPointers.add(e.getKey());
            }
        }
        assertThat(result.diagnostics()).filteredOn(d -> d.rule().equals("wrong-type")).extracting(Diagnostic::pointer)
                .as("in\n%s", document.text()).containsExactlyInAnyOrderElementsOf(badPointers);
        assertThat(badPointers).hasSize(injections);
    }

    /** A value that does not bind as an element of a list of texts, or of a list of objects. */
    private static Node wrongValue(Random random, boolean inListOfTexts) {
        if (inListOfTexts) {
            return switch (random.nextInt(4)) {
                case 0 -> new Node.ScalarNode(Node.Kind.BOOLEAN, "true", 1, 1);
                case 1 -> new Node.ScalarNode(Node.Kind.NULL, "null", 1, 1);
                case 2 -> new Node.ArrayNode(List.of(), 1, 1);
                default -> new Node.ObjectNode(List.of(new Node.Field("text", 1, 1, new Node.ScalarNode(Node.Kind.STRING, "x", 1, 1))), 1, 1);
            };
        }
        return switch (random.nextInt(4)) {
            case 0 -> new Node.ScalarNode(Node.Kind.STRING, "a text, not an object", 1, 1);
            case 1 -> new Node.ScalarNode(Node.Kind.INTEGER, "42", 1, 1);
            case 2 -> new Node.ScalarNode(Node.Kind.BOOLEAN, "false", 1, 1);
            default -> new Node.ArrayNode(List.of(), 1, 1);
        };
    }
}
