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
            // The quote shows the text with its white space made single spaces, so the message
            // says where the white space is: the editor could not see it in the quote.
            if (t.holds(Fields.EDGE_SPACE)) { // white space first or last
                boolean starts = Character.isWhitespace(s.charAt(0));
                boolean ends = Fields.endsWithWhiteSpace(s, s.length());
                context.report(t.pointer(), "The text " + quote(s) + (starts && ends ? " starts and ends" : starts ? " starts" : " ends")
                        + " with white space; remove it" + (ends && s.endsWith("\n\n")
                                ? " (a YAML block written with >+ or |+ keeps the blank lines at its end: write it with >- or |-)"
                                : ""));
            } else if (t.holds(Fields.DOUBLED_SPACE)) { // s.contains("  "), found when the texts were walked
                context.report(t.pointer(), "The text " + quote(s) + " has two spaces in a row at character "
                        + (s.indexOf("  ") + 1) + "; use one");
            }
        }
    }
}
