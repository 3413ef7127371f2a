package org.conditioncontent.loader.rules.internal;

import java.util.Locale;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.model.Condition;

/**
 * An id that an HTML export keeps for a page of its own. The loader does not depend on the
 * renderers, so the name is written here too; {@code ReservedIdTest} in condition-cli checks
 * that this rule fires for exactly the articles {@code ExportPlan.overwritesIndex} refuses.
 */
final class ReservedIdRule extends BuiltInRule {

    /** The A-Z index's page is {@code index.html}, beside each article's {@code ID.html}. */
    private static final String INDEX = "index";

    ReservedIdRule() {
        super("reserved-id", Severity.WARNING, "The id is not the name of a page the export writes for itself",
                "An HTML export writes each article's page as ID.html beside its A-Z index, index.html, so an article "
                        + "with the id index would overwrite the index, and conditions export refuses it. This rule says "
                        + "so when the article is checked, before an export fails on it. The id is compared ignoring case, "
                        + "as file systems that ignore case would. It warns rather than fails, since an export without HTML "
                        + "writes such an article; make it an error where the articles are published as HTML, or turn it "
                        + "off where they never are.");
    }

    @Override
    public void check(Condition c, RuleContext context) {
        String id = c.id();
        if (id != null && INDEX.equals(id.toLowerCase(Locale.ROOT))) {
            context.report("/id", "The id " + quote(id) + " is the name of an HTML export's A-Z index page (index.html), "
                    + "which the article's page would overwrite; give the article another id");
        }
    }
}
