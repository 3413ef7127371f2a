package org.conditioncontent.loader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.conditioncontent.loader.CorpusResult;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonReportTest {

    private static String report(CorpusResult result) {
        return ReportFormat.JSON.render(ValidationReport.of(result, List.of(), Path.of("/repo"), "1.0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "quote \" backslash \\ slash /", "line\nfeed\rreturn\ttab", "\u0000\u0001\u001f\b\f",
            "\u2028\u2029", "é ü 中文 😀", ""})
    void escapesStringsSoThatTheyReadBackTheSame(String value) {
        StringBuilder json = new StringBuilder();
        JsonReport.string(json, value);

        assertThat(JsonMapper.shared().readTree(json.toString()).asString()).isEqualTo(value);
        assertThat(json.toString()).doesNotContain("\n").doesNotContain("\u2028");
    }

    @Test
    void escapesAnUnpairedSurrogateRatherThanLosingIt() {
        StringBuilder json = new StringBuilder();
        JsonReport.string(json, "a\ud800b");

        assertThat(json).hasToString("\"a\\ud800b\"");
    }

    @Test
    void countsErrorsAndWarningsAndListsEveryFinding() {
        List<Diagnostic> diagnostics = List.of(
                new Diagnostic("a \"b\".yaml", 2, 3, "/title", Severity.ERROR, "required", "Add a \"title\""),
                new Diagnostic("a \"b\".yaml", 4, 1, "/related/0", Severity.WARNING, "unknown-related", "No article"),
                new Diagnostic("c.json", 1, 1, "", Severity.INFO, "too-many-diagnostics", "Capped"));
        CorpusResult result = new CorpusResult(
                List.of(new LoadResult("a \"b\".yaml", null, diagnostics.subList(0, 2)), new LoadResult("c.json", null, diagnostics.subList(2, 3))),
                diagnostics);

        String text = report(result);
        JsonNode json = JsonMapper.shared().readTree(text);

        assertThat(text).startsWith("{\"files\":2,\"errors\":1,\"warnings\":1,\"diagnostics\":[{\"file\":\"a \\\"b\\\".yaml\",\"line\":2,");
        assertThat(json.get("diagnostics")).hasSize(3);
        JsonNode info = json.get("diagnostics").get(2);
        assertThat(info.get("file").asString()).isEqualTo("c.json");
        assertThat(info.get("pointer").asString()).isEmpty();
        assertThat(info.get("severity").asString()).isEqualTo("info");
        assertThat(info.get("rule").asString()).isEqualTo("too-many-diagnostics");
        assertThat(json.get("diagnostics").get(0).get("message").asString()).isEqualTo("Add a \"title\"");
    }
}
