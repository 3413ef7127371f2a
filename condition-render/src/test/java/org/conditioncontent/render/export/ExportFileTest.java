package org.conditioncontent.render.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.conditioncontent.model.Condition;
import org.conditioncontent.render.html.HtmlRenderer;
import org.conditioncontent.render.json.JsonRenderer;
import org.conditioncontent.render.text.TextRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing an export's files into a folder on one thread. */
class ExportFileTest {

    @TempDir
    Path folder;

    private final List<Condition> articles = List.of(Condition.builder("leg-cramps", "Leg Cramps").related("dehydration").build(),
            Condition.builder("dehydration", "Dehydration \u00e9t\u00e9").build());

    @Test
    void everyFileOfThePlanIsWrittenWithTheJsonFilesTheBundleWrites() throws IOException {
        ExportPlan plan = ExportPlan.builder().renderers(List.of(new HtmlRenderer(), new JsonRenderer(), new TextRenderer())).build();
        Map<String, String> expected = new LinkedHashMap<>();
        for (ExportFile file : plan.files(articles)) {
            StringBuilder text = new StringBuilder();
            file.content().write(text, (path, other) -> expected.put(path, other.toString()));
            expected.put(file.path(), text.toString());
        }

        ExportFile.writeAll(plan.files(articles), folder);

        assertThat(expected).containsKeys("json/leg-cramps.json", "html/index.html", "html/conditions.jsonl", "text/dehydration.txt");
        assertThat(tree()).isEqualTo(expected);
    }

    @Test
    void aContentThatFailsToWriteThrowsItsIOException() {
        IOException cause = new IOException("disk full");
        ExportFile failing = new ExportFile("html/a.html", (out, others) -> {
            throw new UncheckedIOException(cause);
        }, false);

        assertThatThrownBy(() -> ExportFile.writeAll(List.of(failing), folder)).isSameAs(cause);
    }

    private Map<String, String> tree() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file, UTF_8));
            }
        }
        return files;
    }
}
