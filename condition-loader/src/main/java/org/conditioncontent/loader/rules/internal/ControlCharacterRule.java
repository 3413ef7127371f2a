package org.conditioncontent.loader.rules.internal;

import java.util.Locale;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.model.Condition;

/** Invisible control characters. */
final class ControlCharacterRule extends BuiltInRule {

    ControlCharacterRule() {
        super("control-character", Severity.ERROR, "Texts hold no control characters other than line breaks",
                "Control characters (tabs, form feeds, escape codes, zero-width spaces, direction overrides) are invisible in "
                        + "an editor but change how the text renders or reads aloud. Line breaks are allowed, and so are the "
                        + "characters that writing systems need: a zero-width joiner or non-joiner between two characters "
                        + "(Persian and Indic spelling, emoji sequences) and the direction marks in a text with right-to-left "
                        + "letters.");
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
                if (isControl(ch) && !isNeededBy(s, i)) {
                    context.report(t.pointer(), String.format(Locale.ROOT,
                            "The text holds the invisible character U+%04X at character %d; delete it", (int) ch, i + 1));
                    break;
                }
            }
        }
    }

    /**
     * Whether a format character is one that writing systems need where it stands: a zero-width
     * non-joiner (U+200C, Persian and Indic spelling) or joiner (U+200D, emoji sequences, Indic
     * conjuncts) between two characters that are neither white space nor controls, or a direction
     * mark (U+200E, U+200F, U+061C) in a text that has right-to-left letters. Overrides,
     * embeddings and isolates stay findings: they reorder what follows them, which no reader sees
     * in the editor.
     */
    private static boolean isNeededBy(String s, int i) {
        char ch = s.charAt(i);
        if (ch == '\u200C' || ch == '\u200D') {
            return i > 0 && i + 1 < s.length() && isVisible(s.charAt(i - 1)) && isVisible(s.charAt(i + 1));
        }
        if (ch == '\u200E' || ch == '\u200F' || ch == '\u061C') {
            for (int k = 0; k < s.length(); k++) {
                // Letters only: the right-to-left mark is itself of right-to-left direction.
                char letter = s.charAt(k);
                byte direction = Character.getDirectionality(letter);
                if ((direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC)
                        && Character.isLetter(letter)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Neither white space nor a control: a letter, a mark, a digit, a symbol or half of an emoji's pair. */
    private static boolean isVisible(char ch) {
        return !Character.isWhitespace(ch) && !isControl(ch);
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
