package org.conditioncontent.loader.rules.internal;

import java.util.List;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.model.Condition;

/** An other name that is the title again. */
final class OtherNameRule extends BuiltInRule {

    OtherNameRule() {
        super("other-name", Severity.WARNING, "Other names differ from the title",
                "\"Also called\" lists the names readers might search for instead of the title; the title itself adds "
                        + "nothing there. Names are compared ignoring case and spacing.");
    }

    @Override
    public void check(Condition c, RuleContext context) {
        List<String> names = c.alsoCalled();
        String title = Fields.comparable(c.title());
        for (int i = 0; i < names.size(); i++) {
            if (Fields.comparable(names.get(i)).equals(title)) {
                context.report("/alsoCalled/" + i, "The other name " + quote(names.get(i)) + " is the title; remove it");
            }
        }
    }
}
