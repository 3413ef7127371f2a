package org.conditioncontent.testplugin;

import org.conditioncontent.loader.Rule;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.EditorialRule;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.model.Condition;

/** A plug-in house rule for the command's tests: a warning on every title with "Cramps" in it. */
public final class NoCrampRule implements EditorialRule {

    public NoCrampRule() {}

    @Override
    public Rule rule() {
        return new Rule("no-cramp", Severity.WARNING, "Titles do not say cramps");
    }

    @Override
    public void check(Condition condition, RuleContext context) {
        if (condition.title().contains("Cramps")) {
            context.report("/title", "The title says cramps");
        }
    }
}
