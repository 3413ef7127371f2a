package org.conditioncontent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.Rule;
import org.conditioncontent.loader.Rules;
import org.conditioncontent.loader.rules.RuleSet;
import org.junit.jupiter.api.Test;

/** {@code conditions formats} and {@code conditions rules}. */
class ListingCommandsTest {

    @Test
    void formatsListsTheBuiltInRenderersOneALine() {
        CommandRun run = CommandRun.of("formats");

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.outLines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).matches("html +text/html; charset=UTF-8 +html +org\\.conditioncontent\\.render\\.html\\.HtmlRenderer");
        assertThat(lines.get(1)).matches("json +application/json +json +org\\.conditioncontent\\.render\\.json\\.JsonRenderer");
        assertThat(lines.get(2)).matches("text +text/plain; charset=UTF-8 +txt +org\\.conditioncontent\\.render\\.text\\.TextRenderer");
        // Aligned: every column starts at the same place on every line.
        int mediaType = lines.get(0).indexOf("text/html");
        assertThat(lines.get(1).indexOf("application/json")).isEqualTo(mediaType);
        assertThat(lines.get(2).indexOf("text/plain")).isEqualTo(mediaType);
        int className = lines.get(0).indexOf("org.");
        assertThat(lines).allMatch(line -> line.indexOf("org.") == className);
    }

    @Test
    void rulesListsEveryRuleWithItsSeverityAndDescription() {
        CommandRun run = CommandRun.of("rules");

        List<Rule> rules = ConditionLoader.builder().rules(RuleSet.defaults()).build().rules();
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(rules.size()).hasSizeGreaterThan(Rules.all().size());
        for (int i = 0; i < rules.size(); i++) {
            assertThat(run.outLines().get(i)).startsWith(rules.get(i).id() + " ").endsWith(" " + rules.get(i).description());
        }
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line)
                .matches("unknown-field +error +Every field is one the format has"));
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).matches("unknown-related +warning +.+"));
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).matches("https +warning +.+"));
        int severity = run.outLines().get(0).indexOf("error");
        assertThat(run.outLines()).allMatch(line -> line.matches("[a-z0-9-]+ +(error|warning|info) +.+")
                && Character.isLetter(line.charAt(severity)) && line.charAt(severity - 1) == ' ');
    }

    @Test
    void rulesAreThoseTheLoaderChecksWithoutBuildingOne() {
        RuleSet configured = RuleSet.builder().builtIn().discover().build();

        assertThat(RulesCommand.rules(configured)).isEqualTo(ConditionLoader.builder().rules(configured).build().rules());
    }

    @Test
    void tableAlignsEveryColumnButTheLast() {
        assertThat(Table.lines(List.of(List.of("a", "bb", "c"), List.of("ccc", "d", "eeee"))))
                .containsExactly("a    bb  c", "ccc  d   eeee");
        assertThat(Table.lines(List.of())).isEmpty();
    }
}
