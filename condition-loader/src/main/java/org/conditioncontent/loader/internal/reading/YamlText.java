package org.conditioncontent.loader.internal.reading;

import java.util.Locale;
import org.conditioncontent.loader.Rules;
import org.conditioncontent.loader.internal.Findings;

/**
 * One pass over a YAML document's text before it is parsed, for what the YAML engine handles
 * badly: a character YAML does not allow, which the engine refuses with no position, and a long
 * stretch of text, which the engine reads in time that grows with the square of its length. The
 * same pass counts the characters outside the Basic Multilingual Plane, which the columns need.
 * It allocates nothing.
 */
final class YamlText {

    /** What {@link #scan} returns when it reported a problem: the document is not to be parsed. */
    static final int REFUSED = -1;

    /** The printable ASCII characters below 64 that end a stretch: {@code " ' ,}, as bits. */
    private static final long ENDS_BELOW_64 = (1L << '"') | (1L << '\'') | (1L << ',');
    /** Those from 64 on, less 64: {@code [ \ ] { }}. */
    private static final long ENDS_FROM_64 = (1L << ('[' - 64)) | (1L << ('\\' - 64)) | (1L << (']' - 64))
            | (1L << ('{' - 64)) | (1L << ('}' - 64));

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
     * <p>A long stretch: the engine's reader keeps every character of the token it is scanning in
     * a window that it copies whole each time it reads the next thousand characters, so a token of
     * n characters costs n²/2000 copies (a 4 MB line: 16 s and 450 MB). Only what cannot be valid is
     * refused, so that no valid article is: a stretch of more than {@code maxStringLength + 1}
     * characters with no space, tab, line break, quotation mark, backslash or flow indicator
     * ({@code , [ ] { }}) lies inside one token. That is the literal characters of a text longer
     * than the limit (the one extra is the colon of {@code "key":value}, which JSON-style flow YAML
     * writes next to its value), an anchor, tag or alias (all refused anyway), or a comment of that
     * length with no space, which is a pasted blob and costs the same time. It gets the finding the
     * long text gets, at the stretch's start, with no parse. Whole lines are not measured: an article
     * in flow style on one line (JSON saved as YAML) can be longer than the limit and valid. What this
     * leaves to the engine's slow reading is a long token broken only by flow indicators inside a
     * quoted or block text ({@code "a,a,a,…"}), a long comment with spaces and a long run of spaces:
     * telling them from a valid flow collection takes the parser's state.
     *
     * @param text the document
     * @param maxStringLength the longest text allowed
     * @param findings where a problem goes
     * @return how many characters outside the Basic Multilingual Plane the text holds, or
     *     {@link #REFUSED} after a finding
     */
    static int scan(String text, int maxStringLength, Findings findings) {
        int supplementary = 0;
        int line = 1;
        int lineStart = 0;
        int stretchStart = 0;
        int stretchLine = 1;
        int stretchLineStart = 0;
        long longest = (long) maxStringLength + 1;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x7f) {
                // Printable ASCII other than the space: most of every article.
                if (((c < 64 ? ENDS_BELOW_64 >>> c : ENDS_FROM_64 >>> (c - 64)) & 1) == 0) {
                    continue;
                }
            } else if (c == '\n') {
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
            // A space, tab, line break, quotation mark, backslash or flow indicator: the stretch before it ends.
            if (i - stretchStart > longest) {
                return tooLong(stretchLine, stretchStart - stretchLineStart + 1, maxStringLength, findings);
            }
            stretchStart = i + 1;
            stretchLine = line;
            stretchLineStart = lineStart;
        }
        if (text.length() - stretchStart > longest) {
            return tooLong(stretchLine, stretchStart - stretchLineStart + 1, maxStringLength, findings);
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

    private static int tooLong(int line, int column, int maxStringLength, Findings findings) {
        findings.add(Rules.LIMIT, line, column, "", TreeReader.stringTooLong(maxStringLength));
        return REFUSED;
    }
}
