package org.conditioncontent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.conditioncontent.loader.rules.RuleSet;
import org.conditioncontent.model.Condition;
import org.conditioncontent.render.export.ExportPlan;
import org.conditioncontent.render.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The loader's {@code reserved-id} rule and the export it warns of agree: the loader does not
 * depend on the renderers, so each knows the index page's name, and this module, which has both,
 * checks that the rule finds exactly the ids an export with HTML refuses.
 */
class ReservedIdTest {

    private static final RuleSet RULES = RuleSet.builder().builtIn().build();
    private static final ExportPlan SITE = ExportPlan.builder().renderers(List.of(new HtmlRenderer())).build();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"index", "Index", "INDEX", "index-2", "indexes", "the-index", "leg-cramps", "index.html"})
    void theRuleFindsExactlyTheIdsAnHtmlExportRefuses(String id) {
        Condition condition = Condition.builder(id, "Leg Cramps").build();

        assertThat(reported(condition)).as("the rule reports %s", id).isEqualTo(SITE.overwritesIndex(condition));
    }

    /** So that the comparison above is not of two checks that never fire. */
    @Test
    void bothRefuseTheIndex() {
        Condition index = Condition.builder("index", "Index").build();

        assertThat(reported(index)).isTrue();
        assertThat(SITE.overwritesIndex(index)).isTrue();
    }

    private static boolean reported(Condition condition) {
        return RULES.check(condition).stream().anyMatch(f -> f.rule().equals("reserved-id") && f.pointer().equals("/id"));
    }
}
