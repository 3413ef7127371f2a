package org.conditioncontent.json;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The library's one JSON string escaper, used by the wire format, the renderers' JSON-LD and the
 * command's reports, so that they cannot escape differently. {@link Utf8Sink#jsonString} applies
 * the same rules while it encodes to UTF-8, from this class's tables; {@code Utf8SinkTest} and the
 * command's {@code OnePassEscapingTest} hold the two to the same bytes.
 *
 * <p>{@link #write(String, Appendable)} writes an RFC 8259 string literal: {@code "} and
 * {@code \} escaped, the short escapes for backspace, form feed, line feed, carriage return and
 * tab, and an escape of a backslash, u and four lower-case hex digits for the other C0 controls,
 * DEL, U+2028 and U+2029 (line breaks to JavaScript) and an unpaired surrogate (which has no UTF-8
 * form; the escape keeps it for a reader that accepts it). Everything else is written as it is.
 *
 * <p>{@link #writeForScript(String, StringBuilder)} (and its overload for any
 * {@link Appendable}) writes a literal that can also stand inside an
 * HTML {@code <script>} element: further {@code <}, {@code >}, {@code &}, the C1 controls and
 * the noncharacters are escaped, and an unpaired surrogate, which strict readers refuse even
 * escaped (RFC 7493), becomes U+FFFD as a UTF-8 encoder makes it.
 */
public final class JsonStrings {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Which ASCII characters a literal holds as they are; most of any text, so one lookup each. */
    static final boolean[] PLAIN_ASCII = new boolean[128];
    /** The same inside a script element, where {@code <}, {@code >} and {@code &} are escaped too. */
    static final boolean[] PLAIN_ASCII_IN_SCRIPT = new boolean[128];

    static {
        for (char c = 0x20; c < 0x7f; c++) {
            PLAIN_ASCII[c] = !needsEscape(c, false);
            PLAIN_ASCII_IN_SCRIPT[c] = !needsEscape(c, true);
        }
    }

    private JsonStrings() {}

    /**
     * Appends a JSON string literal, quotes included.
     *
     * @param s the string
     * @param out where to write
     * @throws IOException if {@code out} throws it
     */
    public static void write(String s, Appendable out) throws IOException {
        write(s, out, false);
    }

    /**
     * Appends a JSON string literal, quotes included.
     *
     * @param s the string
     * @param out where to write
     */
    public static void write(String s, StringBuilder out) {
        try {
            write(s, out, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw it
        }
    }

    /**
     * Appends a JSON string literal that is also safe inside an HTML {@code <script>} element.
     *
     * @param s the string
     * @param out where to write
     */
    public static void writeForScript(String s, StringBuilder out) {
        try {
            write(s, out, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw it
        }
    }

    /**
     * Appends a JSON string literal that is also safe inside an HTML {@code <script>} element,
     * straight to where it goes (a page being written), as
     * {@link #writeForScript(String, StringBuilder)} appends it to a builder.
     *
     * @param s the string
     * @param out where to write
     * @throws IOException if {@code out} throws it
     */
    public static void writeForScript(String s, Appendable out) throws IOException {
        write(s, out, true);
    }

    /**
     * Runs of characters that need no escape are appended as slices of the value, not one
     * character at a time: the character-by-character appends were most of the JSON-LD's cost
     * (see docs/performance.md). A {@link Utf8Sink} escapes and encodes the literal itself, in one
     * pass, to the bytes this loop's characters encode to.
     */
    private static void write(String s, Appendable out, boolean script) throws IOException {
        if (out instanceof Utf8Sink sink && sink.jsonString(s, script)) {
            return; // escaped and encoded in one pass, to the same bytes
        }
        out.append('"');
        int n = s.length();
        int plain = 0; // start of the run of characters not yet written
        boolean[] plainAscii = script ? PLAIN_ASCII_IN_SCRIPT : PLAIN_ASCII;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80 ? plainAscii[c] : !needsEscape(c, script) && !Character.isSurrogate(c)) {
                continue; // the common case: part of the run
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))
                    && !(script && (Character.toCodePoint(c, s.charAt(i + 1)) & 0xfffe) == 0xfffe)) {
                i++; // a pair stays as it is, in the run; in a script, unless it is a noncharacter
                continue;
            }
            out.append(s, plain, i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        // A noncharacter is a parse error in HTML even inside a script element.
                        unicode(c, out);
                        unicode(s.charAt(++i), out);
                    } else if (Character.isSurrogate(c) && script) {
                        out.append('\ufffd');
                    } else {
                        unicode(c, out);
                    }
                }
            }
            plain = i + 1;
        }
        out.append(s, plain, n);
        out.append('"');
    }

    static boolean needsEscape(char c, boolean script) {
        if (c < 0x20 || c == '"' || c == '\\' || c == 0x7f || c == '\u2028' || c == '\u2029') {
            return true;
        }
        return script && (c == '<' || c == '>' || c == '&' || (c >= 0x80 && c <= 0x9f)
                || (c >= '\ufdd0' && c <= '\ufdef') || c == '\ufffe' || c == '\uffff');
    }

    private static void unicode(char c, Appendable out) throws IOException {
        out.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
                .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
    }
}
