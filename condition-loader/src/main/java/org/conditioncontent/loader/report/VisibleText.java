package org.conditioncontent.loader.report;

import java.util.Locale;

/**
 * Text made safe to print on a terminal or in a CI log: every control character is shown as a
 * visible escape, so that a file named {@code "a\n::error file=x::b.yaml"} prints as one line
 * with {@code \n} in it, not as a second line that GitHub Actions or Azure Pipelines would run as
 * a workflow command, and a name holding ESC cannot move the cursor or change colours.
 *
 * <p>Escaped: the C0 controls (newline as {@code \n}, carriage return as {@code \r}, tab as
 * {@code \t}, the others and ESC as {@code \x1b}-style escapes), DEL and the C1 controls, the
 * Unicode line and paragraph separators, and the bidirectional overrides and isolates, which
 * can make a name read differently from what it is. A backslash is left as it is.
 */
public final class VisibleText {

    private VisibleText() {}

    /**
     * The text with every character that could act on a terminal or a log shown as an escape.
     *
     * @param text any text, such as a file name or a report line
     * @return the same text when nothing needs escaping, else the escaped copy
     */
    public static String of(String text) {
        int first = firstToEscape(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needsEscape(c)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c <= 0xFF) {
                out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    private static int firstToEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (needsEscape(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
