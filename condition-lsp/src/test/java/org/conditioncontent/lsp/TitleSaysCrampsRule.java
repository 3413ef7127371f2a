package org.conditioncontent.lsp;

import org.conditioncontent.loader.Rule;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.EditorialRule;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.model.Condition;

/**
 * A house rule for the language server's tests, found only through a class loader the test makes
 * (its service file is not on the tests' class path): a warning on a title that says cramps.
 */
public final class TitleSaysCrampsRule implements EditorialRule {

    /** Made by the service loader. */
    public TitleSaysCrampsRule() {}

    @Override
    public Rule rule() {
        return new Rule("title-says-cramps", Severity.WARNING, "Titles do not say cramps");
    }

    @Override
    public void check(Condition condition, RuleContext context) {
        if (condition.title().contains("Cramps")) {
            context.report("/title", "The title says cramps");
        }
    }
}
