package org.conditioncontent.loader.rules.internal;

import java.util.List;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Reference;

/** Publication years and access dates that lie in the future. */
final class ReferenceDateRule extends BuiltInRule {

    ReferenceDateRule() {
        super("reference-date", Severity.ERROR, "Reference years and access dates are not in the future",
                "A work cannot be published or read after today; a future year is almost always a typing error (2052 "
                        + "for 2025).");
    }

    @Override
    public void check(Condition c, RuleContext context) {
        List<Reference> references = c.references();
        for (int i = 0; i < references.size(); i++) {
            Reference r = references.get(i);
            if (r.year() != null && r.year() > context.today().getYear()) {
                context.report("/references/" + i + "/year", "The year " + r.year() + " is in the future; check it");
            }
            if (r.accessed() != null && r.accessed().isAfter(context.today())) {
                context.report("/references/" + i + "/accessed", "The access date " + r.accessed() + " is in the future; check it");
            }
        }
    }
}
