package org.conditioncontent.render.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
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

    @Test
    void dropsOnlyTheLayout() {
        assertThat(JsonLines.line("{\n  \"a\": [\n    \"x  y\"\n  ]\n}\n")).isEqualTo("{\"a\": [\"x  y\"]}");
    }
}
