package org.conditioncontent.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.conditioncontent.json.WireFormat;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.outline.Outline;
import org.conditioncontent.model.outline.OutlineVisitor;
import org.conditioncontent.model.outline.Part;
import org.conditioncontent.loader.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * Every part the outline visits names, with its pointer, the value it stands for in the article's
 * canonical JSON. The pointers are checked against the JSON as Jackson's streaming parser reads
 * it, not against a second walk of the records, so a wrong step or index in the outline's lazily
 * built locations shows up as a pointer that names another value or nothing.
 */
class OutlinePointerTest {

    static LongStream seeds() {
        return LongStream.range(1, 151);
    }

    @ParameterizedTest(name = "Instancio seed {0}")
    @MethodSource("seeds")
    void everyPartOfAGeneratedArticleNamesItsValue(long seed) {
        assertPointersNameTheirValues(GeneratedConditions.generate(seed));
    }

    @Test
    void everyPartOfTheExamplesNamesItsValue() throws IOException {
        ConditionLoader loader = ConditionLoader.builder().rules(RuleSet.none()).build();
        try (Stream<Path> files = Files.list(Path.of("../examples/conditions"))) {
            files.filter(f -> f.toString().endsWith(".yaml"))
                    .forEach(f -> assertPointersNameTheirValues(loader.loadOrThrow(f)));
        }
    }

    @Test
    void aPointerIsTheSameStringEachTimeItIsAsked() {
        Condition c = GeneratedConditions.generate(7);
        Map<String, Integer> seen = new HashMap<>();
        Outline.of(c).walk(new Checker(Map.of()) {
            @Override
            void check(Part part, Kind kind, String text) {
                String first = part.pointer();
                assertThat(part.pointer()).isSameAs(first);
                seen.merge(first, 1, Integer::sum);
            }
        });
        assertThat(seen).isNotEmpty().allSatisfy((pointer, count) -> assertThat(count).as(pointer).isEqualTo(1));
    }

    private static void assertPointersNameTheirValues(Condition c) {
        StringBuilder json = new StringBuilder();
        WireFormat.write(c, json);
        Outline.of(c).walk(new Checker(values(json.toString())));
    }

    /** What the canonical JSON holds at each pointer: a string's text, or "{" / "[" for containers. */
    private static Map<String, String> values(String json) {
        Map<String, String> values = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                String at = p.streamReadContext().pathAsPointer().toString();
                switch (t) {
                    case START_OBJECT -> values.put(at, "{");
                    case START_ARRAY -> values.put(at, "[");
                    case VALUE_STRING -> values.put(at, p.getString());
                    default -> { }
                }
            }
        }
        return values;
    }

    /** Checks each part against the JSON's values; a subclass may check something else instead. */
    private static class Checker implements OutlineVisitor {
        enum Kind { OBJECT, ARRAY, TEXT_OR_OBJECT, STRING }

        private final Map<String, String> values;

        Checker(Map<String, String> values) {
            this.values = values;
        }

        void check(Part part, Kind kind, String text) {
            String at = part.pointer();
            String value = values.get(at);
            switch (kind) {
                case OBJECT -> assertThat(value).as(at).isEqualTo("{");
                case ARRAY -> assertThat(value).as(at).isEqualTo("[");
                case STRING -> assertThat(value).as(at).isEqualTo(text);
                // An item with only text is written as that text, else as an object with it.
                case TEXT_OR_OBJECT -> assertThat(value.equals("{") ? values.get(at + "/text") : value).as(at).isEqualTo(text);
            }
        }

        @Override
        public void header(Part.Header part) {
            assertThat(part.pointer()).isEmpty();
        }

        @Override
        public void enterSection(Part.SectionPart part) {
            check(part, Kind.OBJECT, "");
        }

        @Override
        public void exitSection(Part.SectionPart part) {}

        @Override
        public void paragraph(Part.ParagraphPart part) {
            check(part, Kind.STRING, part.paragraph().text());
        }

        @Override
        public void enterList(Part.ListPart part) {
            check(part, Kind.ARRAY, "");
        }

        @Override
        public void exitList(Part.ListPart part) {}

        @Override
        public void enterItem(Part.ItemPart part) {
            check(part, Kind.TEXT_OR_OBJECT, part.item().text());
        }

        @Override
        public void exitItem(Part.ItemPart part) {}

        @Override
        public void enterAside(Part.AsidePart part) {
            check(part, Kind.OBJECT, "");
        }

        @Override
        public void exitAside(Part.AsidePart part) {}

        @Override
        public void figure(Part.FigurePart part) {
            check(part, Kind.OBJECT, "");
        }

        @Override
        public void resources(Part.ResourcesPart part) {
            check(part, Kind.ARRAY, "");
        }

        @Override
        public void references(Part.ReferencesPart part) {
            check(part, Kind.ARRAY, "");
        }

        @Override
        public void credits(Part.CreditsPart part) {
            assertThat(part.pointer()).isEmpty();
        }
    }
}
