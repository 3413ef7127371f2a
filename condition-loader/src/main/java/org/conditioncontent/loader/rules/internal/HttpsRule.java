package org.conditioncontent.loader.rules.internal;

import java.util.Locale;
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
        for (Fields.Text t : Fields.texts(c)) {
            if (t.pointer().endsWith("/url") && t.text().toLowerCase(Locale.ROOT).startsWith("http:")) {
                context.report(t.pointer(), "The link " + quote(t.text()) + " uses http; use https");
            }
        }
    }
}
