package org.conditioncontent.examples.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.ItemKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The typed meaning survives every shape: each example article still has its risk factors,
 * treatments and medicines, wherever and however the publisher placed them (a list in a
 * headless summary, numbered steps, nested treatment groups, a drug class among treatments),
 * and its schema.org JSON-LD names every one of them.
 */
class ExampleJsonLdTest {

    /**
     * How many items of each meaning every example has: risk factors, treatments, medicines
     * (drugs, drug classes and medications of no stated kind). A count that changes means that an
     * item lost or gained its meaning.
     */
    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of("dehydration", 4, 0, 0),
                Arguments.of("heat-exhaustion", 4, 9, 0),
                Arguments.of("muscle-cramps", 0, 4, 0),
                Arguments.of("nocturnal-leg-cramps", 13, 3, 3),
                Arguments.of("peripheral-artery-disease", 6, 4, 3),
                Arguments.of("plantar-fasciitis", 7, 20, 1),
                Arguments.of("restless-legs-syndrome", 6, 4, 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theJsonLdNamesEveryRiskFactorTreatmentAndMedicine(String id, int riskFactors, int treatments, int medicines) {
        assertThat(Examples.ids()).contains(id);
        Condition condition = Examples.load(id);
        List<Item> risks = condition.items(ItemKind.RISK_FACTOR);
        List<Item> therapies = condition.items(ItemKind.TREATMENT);
        List<Item> drugs = new ArrayList<>();
        for (ItemKind kind : ItemKind.values()) {
            if (kind.isMedication()) {
                drugs.addAll(condition.items(kind));
            }
        }
        assertThat(risks).as("risk factors").hasSize(riskFactors);
        assertThat(therapies).as("treatments").hasSize(treatments);
        assertThat(drugs).as("medicines").hasSize(medicines);

        Object jsonLd = jsonLd(Examples.RENDERERS.get("html").render(condition));
        Set<String> treatmentNames = names(jsonLd, "possibleTreatment");
        treatmentNames.addAll(names(jsonLd, "drug"));
        assertThat(names(jsonLd, "riskFactor")).as("riskFactor").containsAll(named(risks, true));
        assertThat(treatmentNames).as("possibleTreatment and drug")
                .containsAll(named(therapies, false))
                .containsAll(named(drugs, false));
    }

    /**
     * The names of the things among items of one meaning. A risk factor whose nested items are
     * risk factors too only groups them ("Some health issues, such as:"), so it names no thing of
     * its own; the nested items of a step or an option that merely inherit its meaning are its
     * parts ("Go into the shade"), so they name none either.
     */
    private static List<String> named(List<Item> items, boolean groupsAreHeadings) {
        Set<Item> left = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Item item : items) {
            boolean groups = !item.items().isEmpty() && item.items().stream().anyMatch(n -> n.kind() == null);
            if (groupsAreHeadings && groups) {
                left.add(item);
            }
            if (!groupsAreHeadings) {
                item.items().stream().filter(n -> n.kind() == null).forEach(left::add);
            }
        }
        return items.stream().filter(i -> !left.contains(i)).map(Item::name).toList();
    }

    /** The JSON-LD of a full HTML page, read into maps, lists, strings, numbers and booleans. */
    private static Object jsonLd(String html) {
        List<Element> scripts = Jsoup.parse(html).select("script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        try (JsonParser parser = JsonFactory.builder().build().createParser(ObjectReadContext.empty(), scripts.get(0).data())) {
            parser.nextToken();
            return value(parser);
        }
    }

    private static Object value(JsonParser parser) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Object> object = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                object.put(name, value(parser));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            List<Object> array = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(value(parser));
            }
            return array;
        }
        return parser.getString();
    }

    /** The names of the things given as values of a property, anywhere in the JSON-LD. */
    private static Set<String> names(Object node, String property) {
        Set<String> names = new HashSet<>();
        collect(node, property, names);
        return names;
    }

    private static void collect(Object node, String property, Set<String> names) {
        if (node instanceof Map<?, ?> object) {
            for (Map.Entry<?, ?> e : object.entrySet()) {
                if (e.getKey().equals(property)) {
                    for (Object thing : e.getValue() instanceof List<?> list ? list : List.of(e.getValue())) {
                        if (thing instanceof Map<?, ?> m && m.get("name") instanceof String name) {
                            names.add(name);
                        } else if (thing instanceof String name) {
                            names.add(name);
                        }
                    }
                }
                collect(e.getValue(), property, names);
            }
        } else if (node instanceof List<?> list) {
            for (Object element : list) {
                collect(element, property, names);
            }
        }
    }
}
