package org.conditioncontent.lsp.internal;

import java.util.HashMap;
import java.util.Map;
import org.conditioncontent.loader.Rule;
import org.conditioncontent.loader.Rules;
import org.conditioncontent.loader.rules.EditorialRule;
import org.conditioncontent.loader.rules.RuleSet;
import org.jspecify.annotations.Nullable;

/**
 * Where each rule is documented: its section of docs/rules.md, whose heading is the rule id and
 * its default severity ({@code ### `reading-level` (warning)}, anchor {@code reading-level-warning}).
 * House rules have no section there and get no link.
 */
final class RuleLinks {

    /** docs/rules.md as published with the sources. */
    static final String RULES_PAGE = "https://conditioncontent.org/source/blob/main/docs/rules.md";

    private static final Map<String, Rule> BUILT_IN = builtIn();

    private RuleLinks() {}

    /** The link to a rule's documentation, or {@code null} for a rule that is not built in. */
    static @Nullable String href(String ruleId) {
        String anchor = anchor(ruleId);
        return anchor == null ? null : RULES_PAGE + "#" + anchor;
    }

    /** The anchor of a built-in rule's section of docs/rules.md, or {@code null}. */
    static @Nullable String anchor(String ruleId) {
        Rule rule = BUILT_IN.get(ruleId);
        return rule == null ? null : rule.id() + "-" + rule.defaultSeverity().label();
    }

    /** Whether a rule is a structural one, which an article cannot suppress. */
    static boolean isStructural(String ruleId) {
        return Rules.all().stream().anyMatch(r -> r.id().equals(ruleId));
    }

    private static Map<String, Rule> builtIn() {
        Map<String, Rule> rules = new HashMap<>();
        Rules.all().forEach(r -> rules.put(r.id(), r));
        for (EditorialRule rule : RuleSet.builder().builtIn().build().editorialRules()) {
            rules.put(rule.rule().id(), rule.rule());
        }
        return Map.copyOf(rules);
    }
}
