package org.conditioncontent.loader.rules.internal;

import java.util.List;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Section;
import org.jspecify.annotations.Nullable;

/** A lead-in sentence that introduces a list with nothing in it. */
final class EmptyListRule extends BuiltInRule {

    EmptyListRule() {
        super("empty-list", Severity.ERROR, "A lead-in sentence (\"Options are:\") is followed by a list with items",
                "A sentence that ends in a colon promises a list. A lead-in with no items after it leaves the reader "
                        + "hanging; either add the items or remove the lead-in.");
    }

    @Override
    public void check(Condition c, RuleContext context) {
        if (c.riskFactors() != null) {
            check("/riskFactors", c.riskFactors().leadIn(), c.riskFactors().items(), context);
        }
        if (c.treatment() != null) {
            check("/treatment", c.treatment().leadIn(), c.treatment().options(), context);
        }
        if (c.prevention() != null) {
            check("/prevention", c.prevention().leadIn(), c.prevention().measures(), context);
        }
        if (c.medications() != null) {
            check("/medications", c.medications().leadIn(), c.medications().items(), context);
        }
        List<Section> sections = c.sections();
        for (int i = 0; i < sections.size(); i++) {
            check("/sections/" + i, sections.get(i).leadIn(), sections.get(i).items(), context);
        }
    }

    private static void check(String pointer, @Nullable String leadIn, List<?> items, RuleContext context) {
        if (leadIn != null && items.isEmpty()) {
            context.report(pointer + "/leadIn", "The lead-in " + quote(leadIn) + " introduces a list with no items; add the items or remove the lead-in");
        }
    }
}
