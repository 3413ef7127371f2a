package org.conditioncontent.render.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.conditioncontent.json.WireFormat;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Paragraph;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.SectionKind;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

    @Test
    void writesEachArticleOnOneLineSortedById() {
        Condition b = Condition.builder("b", "Bee").alsoCalled("B").build();
        Condition a = Condition.builder("a", "Ay")
                .body(Section.of(SectionKind.DEFINITION, Paragraph.of("Two lines:\nkept, \"quoted\", and   spaced.")))
                .build();
        StringBuilder out = new StringBuilder();

        JsonLines.render(List.of(b, a), out);

        List<String> lines = out.toString().lines().toList();
        assertThat(out.toString()).endsWith("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("{\"formatVersion\": 2,\"id\": \"a\"")
                .contains("\"Two lines:\\nkept, \\\"quoted\\\", and   spaced.\"");
        assertThat(lines.get(1)).isEqualTo("{\"formatVersion\": 2,\"id\": \"b\",\"title\": \"Bee\",\"alsoCalled\": [\"B\"]}");
    }

    @Test
    void writesTheSameLinesToAWriterAndToABuilderForLongAndNonAsciiArticles() {
        // Longer than the first buffer of 4,096 characters, then short again: nothing of a long line may stay.
        Condition longOne = Condition.builder("long", "Long \u2014 \u00e9t\u00e9 \ud83d\ude00")
                .body(Section.of(SectionKind.DEFINITION, Paragraph.of("Caf\u00e9,\n  indented \ud83d\ude00. ".repeat(900))))
                .build();
        Condition shortOne = Condition.builder("short", "S").build();
        List<Condition> conditions = List.of(shortOne, longOne, Condition.builder("m", "M\u00e1s").build());
        StringBuilder built = new StringBuilder();
        StringWriter written = new StringWriter();

        JsonLines.render(conditions, built);
        JsonLines.render(conditions, written);

        assertThat(written.toString()).isEqualTo(built.toString());
        List<String> lines = built.toString().lines().toList();
        assertThat(lines).hasSize(3);
        for (int i = 0; i < lines.size(); i++) {
            StringBuilder canonical = new StringBuilder();
            WireFormat.write(List.of(longOne, conditions.get(2), shortOne).get(i), canonical);
            assertThat(lines.get(i)).isEqualTo(JsonLines.line(canonical));
        }
        assertThat(lines.get(0)).hasSizeGreaterThan(10_000).contains("\\n  indented \ud83d\ude00");
    }

    /**
     * An export writes each article's JSON file from the text the bundle hands out: that text must
     * be the JSON renderer's output for the article, every time, in the bundle's order, and
     * handing it out must not change the bundle.
     */
    @Test
    void handsEachArticleTheJsonRenderersTextInTheBundlesOrder() {
        Condition longOne = Condition.builder("long", "Long \u2014 \u00e9t\u00e9")
                .body(Section.of(SectionKind.DEFINITION, Paragraph.of("Caf\u00e9,\n  indented. ".repeat(600))))
                .build();
        List<Condition> conditions = List.of(Condition.builder("short", "S").build(), longOne,
                Condition.builder("m", "M\u00e1s").alsoCalled("Mas").build());
        StringBuilder plain = new StringBuilder();
        StringBuilder bundle = new StringBuilder();
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();

        JsonLines.render(conditions, plain);
        JsonLines.render(conditions, bundle, (c, canonical) -> {
            ids.add(c.id());
            texts.add(canonical.toString());
        });

        assertThat(bundle.toString()).isEqualTo(plain.toString());
        assertThat(ids).containsExactly("long", "m", "short");
        JsonRenderer json = new JsonRenderer();
        assertThat(texts).containsExactly(json.render(longOne), json.render(conditions.get(2)), json.render(conditions.get(0)));
        assertThat(texts.get(1)).isNotEqualTo(texts.get(2)); // a reused buffer handed out would give one text thrice
    }

    @Test
    void whatTheReceiverThrowsStopsTheBundle() {
        List<Condition> conditions = List.of(Condition.builder("b", "Bee").build(), Condition.builder("a", "Ay").build());
        StringBuilder out = new StringBuilder();

        assertThatThrownBy(() -> JsonLines.render(conditions, out, (c, canonical) -> {
            if (c.id().equals("b")) {
                throw new IllegalStateException("cannot write b");
            }
        })).isInstanceOf(IllegalStateException.class).hasMessage("cannot write b");
        assertThat(out.toString().lines()).singleElement().asString().contains("\"id\": \"a\"");
    }

    @Test
    void dropsOnlyTheLayout() {
        assertThat(JsonLines.line("{\n  \"a\": [\n    \"x  y\"\n  ]\n}\n")).isEqualTo("{\"a\": [\"x  y\"]}");
    }
}
