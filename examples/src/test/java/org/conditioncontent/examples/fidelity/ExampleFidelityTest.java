package org.conditioncontent.examples.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.conditioncontent.model.Condition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13's fidelity test: for every example article with a publisher layout, the text and the
 * HTML renderings show every sentence, heading (with its level) and list item (with its depth and
 * kind) of the layout, in the layout's order, and the HTML adds no heading the layout lacks. Each
 * example's score is printed; the test asks for 100%.
 */
class ExampleFidelityTest {

    @Test
    void everyExampleHasAPublisherLayout() {
        assertThat(Examples.withLayout()).isEqualTo(Examples.ids()).hasSizeGreaterThanOrEqualTo(7);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.conditioncontent.examples.fidelity.Examples#withLayout")
    void theRenderingsShowThePublisherLayout(String id) {
        Condition condition = Examples.load(id);
        PublisherLayout layout = Examples.layout(id);
        List<Fidelity> results = List.of(
                Fidelity.of(layout, Rendering.ofText(Examples.RENDERERS.get("text").render(condition))),
                Fidelity.of(layout, Rendering.ofHtml(Examples.RENDERERS.get("html").render(condition))));
        SoftAssertions softly = new SoftAssertions();
        for (Fidelity result : results) {
            System.out.println("fidelity " + result.summary());
            softly.assertThat(result.faithful()).as(result.report()).isTrue();
        }
        softly.assertAll();
    }
}
