package org.conditioncontent.render.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    void dropsOnlyTheLayout() {
        assertThat(JsonLines.line("{\n  \"a\": [\n    \"x  y\"\n  ]\n}\n")).isEqualTo("{\"a\": [\"x  y\"]}");
    }
}
