package org.conditioncontent.testplugin;

import org.conditioncontent.loader.Rule;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.EditorialRule;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.model.Condition;

/** A house rule that prints to standard output as it checks, as a careless plug-in might. */
public final class ChattyRule implements EditorialRule {

    /** Made by the service loader. */
    public ChattyRule() {}

    @Override
    public Rule rule() {
        return new Rule("chatty", Severity.WARNING, "Says what it checks");
    }

    @Override
    public void check(Condition condition, RuleContext context) {
        System.out.println("chatty rule checking " + condition.id());
        context.report("/title", "Checked by the chatty rule");
    }
}
