package org.conditioncontent.loader.rules.internal;

import java.util.Locale;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.model.Condition;

/** Invisible control characters. */
final class ControlCharacterRule extends BuiltInRule {

    ControlCharacterRule() {
        super("control-character", Severity.ERROR, "Texts hold no control characters other than line breaks",
                "Control characters (tabs, form feeds, escape codes, zero-width and direction marks) are invisible in an "
                        + "editor but change how the text renders or reads aloud. Line breaks are allowed.");
    }

    @Override
    public void check(Condition c, RuleContext context) {
        Fields.Walk walk = Fields.walk(c);
        if (!walk.holds(Fields.ASCII_CONTROL | Fields.NON_ASCII)) {
            return;
        }
        for (int k = 0; k < walk.size(); k++) {
            Fields.Text t = walk.text(k);
            if (!t.holds(Fields.ASCII_CONTROL | Fields.NON_ASCII)) {
                continue; // only printable ASCII and line feeds
            }
            String s = t.text();
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (isControl(ch)) {
                    context.report(t.pointer(), String.format(Locale.ROOT,
                            "The text holds the invisible character U+%04X at character %d; delete it", (int) ch, i + 1));
                    break;
                }
            }
        }
    }

    private static boolean isControl(char ch) {
        if (ch == '\n' || (ch >= 0x20 && ch < 0x7f)) {
            return false; // printable ASCII, most of every text, is neither Cc nor Cf: skip the table look-up
        }
        int type = Character.getType(ch);
        // Cc covers C0 and C1 controls; Cf covers zero-width and bidirectional formatting marks.
        return type == Character.CONTROL || (type == Character.FORMAT && ch != '\u00AD');
    }
}
