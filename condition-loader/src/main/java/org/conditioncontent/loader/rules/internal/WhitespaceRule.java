package org.conditioncontent.loader.rules.internal;

import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.model.Condition;

/** Leading, trailing or doubled spaces. */
final class WhitespaceRule extends BuiltInRule {

    WhitespaceRule() {
        super("whitespace", Severity.WARNING, "Texts have no leading, trailing or doubled spaces",
                "Stray spaces come from pasting; they show as gaps in print and break searches for exact phrases. Line "
                        + "breaks inside a paragraph are allowed (YAML folds them).");
    }

    @Override
    public void check(Condition c, RuleContext context) {
        Fields.Walk walk = Fields.walk(c);
        if (!walk.holds(Fields.EDGE_SPACE | Fields.DOUBLED_SPACE)) {
            return;
        }
        for (int i = 0; i < walk.size(); i++) {
            Fields.Text t = walk.text(i);
            if (!t.holds(Fields.EDGE_SPACE | Fields.DOUBLED_SPACE)) {
                continue; // found when the texts were walked: white space at neither end, no two spaces in a row
            }
            String s = t.text();
            if (s.isBlank()) {
                continue; // blank texts are the not-blank and required rules' findings
            }
            if (t.holds(Fields.EDGE_SPACE)) { // white space first or last
                context.report(t.pointer(), "The text " + quote(s) + " starts or ends with white space; remove it");
            } else if (t.holds(Fields.DOUBLED_SPACE)) { // s.contains("  "), found when the texts were walked
                context.report(t.pointer(), "The text " + quote(s) + " has doubled spaces; use one");
            }
        }
    }
}
