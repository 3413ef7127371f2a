package org.conditioncontent.lsp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.conditioncontent.loader.Rule;
import org.conditioncontent.loader.Rules;
import org.conditioncontent.loader.rules.EditorialRule;
import org.conditioncontent.loader.rules.RuleSet;
import org.junit.jupiter.api.Test;

/** Every built-in rule's diagnostics link to its own section of docs/rules.md. */
class RuleLinksTest {

    @Test
    void everyBuiltInRuleLinksToAHeadingOfTheRulesPage() throws IOException {
        Set<String> anchors = Files.readAllLines(Path.of("../docs/rules.md"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("#"))
                .map(RuleLinksTest::githubAnchor)
                .collect(Collectors.toSet());
        List<Rule> rules = new ArrayList<>(Rules.all());
        RuleSet.builder().builtIn().build().editorialRules().stream().map(EditorialRule::rule).forEach(rules::add);
        assertThat(rules).hasSizeGreaterThan(30);
        for (Rule rule : rules) {
            assertThat(RuleLinks.href(rule.id())).isEqualTo(RuleLinks.RULES_PAGE + "#" + RuleLinks.anchor(rule.id()));
            assertThat(anchors).as("docs/rules.md has a heading for %s", rule.id()).contains(RuleLinks.anchor(rule.id()));
        }
        assertThat(RuleLinks.href("plain-words")).as("a house rule has no section there").isNull();
    }

    /** The anchor GitHub gives a Markdown heading: lower case, punctuation dropped, spaces made hyphens. */
    private static String githubAnchor(String heading) {
        return heading.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
    }
}
