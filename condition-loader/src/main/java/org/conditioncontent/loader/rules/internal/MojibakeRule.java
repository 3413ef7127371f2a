package org.conditioncontent.loader.rules.internal;

import java.util.List;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.model.Condition;

/** Text that was decoded with the wrong character set. */
final class MojibakeRule extends BuiltInRule {

    /** UTF-8 read as Windows-1252 or Latin-1: dashes, quotes, accents and the replacement character. */
    private static final List<String> SIGNS = List.of("â€", "Ã©", "Ã¨", "Ã¶", "Ã¼", "Ã±", "Ã¡", "Ã³", "Ã­", "Ãº", "Â ", "Â©", "Â®", "\uFFFD");

    MojibakeRule() {
        super("mojibake", Severity.ERROR, "Texts have no garbled characters (\"â€”\" for \"—\")",
                "When UTF-8 text is opened as Windows-1252 somewhere on its way, a dash becomes \"â€”\" and \"é\" "
                        + "becomes \"Ã©\"; a replacement character (U+FFFD) marks bytes that were lost. Fix the text at its source.");
    }

    @Override
    public void check(Condition c, RuleContext context) {
        Fields.Walk walk = Fields.walk(c);
        if (!walk.holds(Fields.NON_ASCII)) {
            return;
        }
        for (int i = 0; i < walk.size(); i++) {
            Fields.Text t = walk.text(i);
            if (!t.holds(Fields.NON_ASCII) || !mayHoldSign(t.text())) {
                continue;
            }
            for (String sign : SIGNS) {
                if (t.text().contains(sign)) {
                    context.report(t.pointer(), "The text holds " + (sign.equals("\uFFFD") ? "the replacement character U+FFFD"
                            : "\"" + sign + "\"") + ", a sign of garbled encoding; retype the character");
                    break;
                }
            }
        }
    }

    /**
     * Whether a text holds the first character of any sign: every sign starts with â, Ã, Â or
     * U+FFFD. One pass over the text instead of fourteen {@code contains} calls, which matters
     * because this rule runs on every text and almost none is garbled.
     */
    private static boolean mayHoldSign(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\u00E2' || ch == '\u00C3' || ch == '\u00C2' || ch == '\uFFFD') {
                return true;
            }
        }
        return false;
    }
}
