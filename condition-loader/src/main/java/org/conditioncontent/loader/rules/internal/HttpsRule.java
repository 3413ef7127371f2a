package org.conditioncontent.loader.rules.internal;

import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.model.Condition;

/** Links over plain http. */
final class HttpsRule extends BuiltInRule {

    HttpsRule() {
        super("https", Severity.WARNING, "Links use https",
                "Pages served over plain http can be altered on the way to the reader, and browsers flag them. Every URL "
                        + "field (references, resources, media) should use https; most sites serve the same page over https.");
    }

    @Override
    public void check(Condition c, RuleContext context) {
        Fields.Walk walk = Fields.walk(c);
        if (!walk.holds(Fields.HTTP)) {
            return; // no text starts with http: (found when the texts were walked)
        }
        for (int i = 0; i < walk.size(); i++) {
            Fields.Text t = walk.text(i);
            // The text first: the pointer is made into text only for the rare plain-http link.
            if (t.holds(Fields.HTTP) && t.pointer().endsWith("/url")) {
                context.report(t.pointer(), "The link " + quote(t.text()) + " uses http; use https");
            }
        }
    }
}
