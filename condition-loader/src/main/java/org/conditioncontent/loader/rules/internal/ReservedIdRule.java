package org.conditioncontent.loader.rules.internal;

import java.util.Locale;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.model.Condition;

/**
 * An id that an HTML export keeps for a page of its own. The loader does not depend on the
 * renderers, so the name is written here too; {@code ReservedIdTest} in condition-cli checks
 * that this rule fires for exactly the articles {@code ExportPlan.overwritesIndex} refuses. The id
 * is compared ignoring case, as the export compares it for file systems that ignore case, though
 * the {@code pattern} rule already keeps ids in lower case.
 */
final class ReservedIdRule extends BuiltInRule {

    /** The A-Z index's page is {@code index.html}, beside each article's {@code ID.html}. */
    private static final String INDEX = "index";

    ReservedIdRule() {
        super("reserved-id", Severity.WARNING, "The id is not index, the name an HTML export keeps for its A-Z page",
                "An HTML export writes each article's page as ID.html beside its A-Z index, index.html, so an article "
                        + "with the id index would overwrite the index, and conditions export refuses it. The rule is a "
                        + "warning, because an export of text or JSON alone writes such an article and an application may "
                        + "load it: conditions validate still passes unless it is run with --fail-on warning. A team that "
                        + "publishes HTML makes it an error (reserved-id: error), so that the check on a pull request fails "
                        + "before the export does; one that never exports HTML can turn it off.");
    }

    @Override
    public void check(Condition c, RuleContext context) {
        String id = c.id();
        if (id != null && INDEX.equals(id.toLowerCase(Locale.ROOT))) {
            context.report("/id", "The id " + quote(id) + " is the name of an HTML export's A-Z index page (index.html), "
                    + "so conditions export refuses the article when it writes HTML; give the article another id");
        }
    }
}
