package org.conditioncontent.examples.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Reference;
import org.conditioncontent.render.CitationStyle;
import org.conditioncontent.render.Labels;
import org.conditioncontent.render.text.TextRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The AMA citation of every reference of every example, against a golden file per example under
 * {@code src/test/resources/ama/} (checked by hand against the AMA Manual of Style's rules for
 * journal articles and web pages; see docs/decisions.md), and the same citations in a text
 * rendering with the AMA style.
 */
class AmaCitationsTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "ama");
    private static final TextRenderer AMA_TEXT = TextRenderer.builder().citationStyle(CitationStyle.ama()).build();

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.conditioncontent.examples.fidelity.Examples#ids")
    void everyReferenceIsCitedAsTheGoldenFileSays(String id) throws IOException {
        Condition condition = Examples.load(id);
        Labels labels = Labels.builtIn(condition.language());
        StringBuilder citations = new StringBuilder();
        for (Reference reference : condition.references()) {
            citations.append(CitationStyle.ama().plain(reference, labels)).append('\n');
        }
        Path golden = GOLDEN.resolve(id + ".txt");
        assertThat(golden).as("the AMA golden file of %s; its citations are:%n%s", id, citations).exists();
        assertThat(citations.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        String text = AMA_TEXT.render(condition);
        for (String line : citations.toString().split("\n")) {
            if (!line.isEmpty()) {
                assertThat(text).contains("\n- " + line + "\n");
            }
        }
    }
}
