package org.conditioncontent.loader.rules.internal;

import java.util.List;
import org.conditioncontent.loader.Rule;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.internal.Names;
import org.conditioncontent.loader.rules.EditorialRule;
import org.conditioncontent.loader.rules.RuleOption;

/** What every built-in rule shares: its identity, documentation and options, fixed at construction. */
abstract class BuiltInRule implements EditorialRule {
    private final Rule rule;
    private final List<RuleOption> options;

    BuiltInRule(String id, Severity severity, String description, String documentation, RuleOption... options) {
        this.rule = new Rule(id, severity, description, documentation);
        this.options = List.of(options);
    }

    @Override
    public final Rule rule() {
        return rule;
    }

    @Override
    public final List<RuleOption> options() {
        return options;
    }

    /** A value quoted for a message, cut short so that long text is never echoed whole. */
    static String quote(String text) {
        return Names.quote(text.strip().replaceAll("[ \\t\\n\\r]+", " "));
    }
}
