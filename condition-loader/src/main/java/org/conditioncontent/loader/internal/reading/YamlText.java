package org.conditioncontent.loader.internal.reading;

import java.util.Locale;
import org.conditioncontent.loader.Rules;
import org.conditioncontent.loader.internal.Findings;

/**
 * One pass over a YAML document's text before it is parsed, for what the YAML engine handles
 * badly: a character YAML does not allow, which the engine refuses with no position. The same pass
 * counts the characters outside the Basic Multilingual Plane, which the columns need. It allocates
 * nothing.
 */
final class YamlText {

    /** What {@link #scan} returns when it reported a problem: the document is not to be parsed. */
    static final int REFUSED = -1;

    private YamlText() {}

    /**
     * Scans a document.
     *
     * <p>A character YAML does not allow is one the engine's reader refuses (its
     * {@code StreamReader.isPrintable}): a C0 control other than tab, line feed and carriage return,
     * a C1 control other than U+0085, an unpaired surrogate, U+FFFE and U+FFFF. The engine reads
     * ahead a thousand characters at a time and fails with no line, so the loader said "1:1 ...
     * special characters are not allowed" for a vertical tab on line 300 (Word's Shift+Enter); it
     * is reported here at its own line and column, by its code point. DEL is allowed, as the engine
     * allows it: in a text, the {@code control-character} rule reports it.
     *
     * @param text the document
     * @param findings where a problem goes
     * @return how many characters outside the Basic Multilingual Plane the text holds, or
     *     {@link #REFUSED} after a finding
     */
    static int scan(String text, Findings findings) {
        int supplementary = 0;
        int line = 1;
        int lineStart = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x7f) {
                // Printable ASCII other than the space: most of every article.
                continue;
            }
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c == '\r') {
                if (i + 1 == n || text.charAt(i + 1) != '\n') {
                    line++;
                    lineStart = i + 1;
                }
            } else if (c != ' ' && c != '\t') {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    supplementary++;
                    i++;
                    continue;
                }
                if (allowed(c)) {
                    continue;
                }
                findings.add(Rules.SYNTAX, line, i - lineStart + 1, "", String.format(Locale.ROOT,
                        "The file holds the invisible character U+%04X, which YAML does not allow anywhere, not even in a comment;"
                                + " delete it", (int) c));
                return REFUSED;
            }
        }
        return supplementary;
    }

    /**
     * Whether the YAML engine reads a character that is neither printable ASCII, a space, a tab, a
     * line break, nor half of a surrogate pair.
     */
    private static boolean allowed(char c) {
        return c == 0x7f || c == 0x85 || (c >= 0xa0 && c <= 0xfffd && !Character.isSurrogate(c));
    }
}
