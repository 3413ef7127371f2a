package org.conditioncontent.json;

import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A writer that encodes to UTF-8 straight into a byte buffer of its own, and that the library's
 * writers of HTML and JSON know about: for it they escape and encode a value in one pass over its
 * characters ({@link #htmlText(String)}, {@link #jsonString(String, boolean)}) instead of
 * escaping into slices that the writer then reads again to encode them (decision in
 * docs/decisions.md, "one pass to escape and encode"). Any other {@code Appendable} gets the same
 * characters the usual way, so the bytes are the same either way; a differential test holds the
 * two paths to each other.
 *
 * <p>The bytes are those an {@code OutputStreamWriter} for UTF-8 writes: an unpaired surrogate
 * becomes {@code ?}, and a surrogate pair split between two writes, or between two pieces of the
 * buffer, is encoded as one character. Subclasses say where full buffers go
 * ({@link #writeBytes(byte[], int)}) and whether writing is allowed ({@link #ensureOpen()}).
 * Not thread-safe.
 *
 * <p>Not API: the package is exported only to the library's own modules.
 */
public abstract class Utf8Sink extends Writer {

    /** What an unpaired surrogate becomes, as with the JDK's UTF-8 encoder. */
    private static final byte REPLACEMENT = '?';

    /** No high surrogate is waiting for its low half. */
    private static final char NONE = 0;

    /** The longest any one character becomes once escaped: {@code &quot;} or a backslash-u escape. */
    private static final int WIDEST_ESCAPE = 6;

    private static final byte[] AMP = "&amp;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LT = "&lt;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GT = "&gt;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] QUOT = "&quot;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] APOS = "&#39;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /**
     * The ASCII characters that HTML text and a double-quoted attribute's value hold as they are:
     * the printable ones but {@code & < > " '}, and the tab, line feed and carriage return.
     */
    private static final boolean[] HTML_PLAIN_ASCII = new boolean[128];

    static {
        for (char c = 0x20; c < 0x7f; c++) {
            HTML_PLAIN_ASCII[c] = c != '&' && c != '<' && c != '>' && c != '"' && c != '\'';
        }
        HTML_PLAIN_ASCII['\t'] = true;
        HTML_PLAIN_ASCII['\n'] = true;
        HTML_PLAIN_ASCII['\r'] = true;
    }

    private final int capacity;
    /**
     * Three bytes per character at most (a pair of surrogates, two characters, takes four), and
     * one more for a pair whose high half is the last character a piece has room for and whose low
     * half lies just past it.
     */
    private final byte[] bytes;
    /** A copy of a {@code StringBuilder}'s characters, encoded from there. */
    private final char[] chars;
    private int count;
    /** A high surrogate at the end of the last write, waiting for the next one's first character. */
    private char high = NONE;

    /**
     * Creates a sink with an empty buffer.
     *
     * @param capacity the buffer's size in characters of three bytes, the widest a {@code char}
     *     encodes to: at least this many characters are buffered before a write; at least 2
     * @throws IllegalArgumentException if {@code capacity} is less than 2
     */
    protected Utf8Sink(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("capacity must be >= 2, got " + capacity);
        }
        this.capacity = capacity;
        bytes = new byte[3 * capacity + 1];
        chars = new char[capacity];
    }

    /**
     * Writes bytes of the buffer to where they go.
     *
     * @param buffer the buffer
     * @param length how many of its first bytes to write
     * @throws IOException if writing fails
     */
    protected abstract void writeBytes(byte[] buffer, int length) throws IOException;

    /**
     * Checks that writing is allowed now.
     *
     * @throws IOException if it is not, such as after closing
     */
    protected abstract void ensureOpen() throws IOException;

    /** Forgets what is buffered and any surrogate pending, as at the start of a new document. */
    protected final void clear() {
        count = 0;
        high = NONE;
    }

    /**
     * Writes what is buffered, a trailing unpaired high surrogate as {@code ?}.
     *
     * @throws IOException if writing fails
     */
    protected final void settleAndDrain() throws IOException {
        if (high != NONE) {
            if (count == bytes.length) {
                drain();
            }
            bytes[count++] = REPLACEMENT;
            high = NONE;
        }
        drain();
    }

    /**
     * Writes what is buffered; an unpaired high surrogate at its end waits for the next write.
     *
     * @throws IOException if writing fails
     */
    protected final void drain() throws IOException {
        writeBytes(bytes, count);
        count = 0;
    }

    @Override
    public final void write(int c) throws IOException {
        chars[0] = (char) c;
        put(chars, 0, 1);
    }

    @Override
    public final void write(char[] source, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, source.length);
        put(source, offset, offset + length);
    }

    @Override
    public final void write(String source, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, source.length());
        put(source, offset, offset + length);
    }

    /**
     * Appends a string, a string builder or a character buffer backed by an array without the
     * copy to a new string that {@link Writer#append(CharSequence)} makes, and a {@link Utf8Text}
     * as its bytes ({@link #writeUtf8}); other sequences as {@code Writer} does.
     */
    @Override
    public final Writer append(@Nullable CharSequence text) throws IOException {
        if (text instanceof String string) {
            // The usual case first, straight to the loop: no interface call for the length, no
            // second range check, no test for the other kinds of sequence.
            put(string, 0, string.length());
            return this;
        }
        if (text instanceof Utf8Text utf8) {
            // Already encoded, by a Utf8Buffer: copied as it is, not decoded and encoded again.
            writeUtf8(utf8.array(), 0, utf8.byteLength());
            return this;
        }
        CharSequence s = text == null ? "null" : text;
        return append(s, 0, s.length());
    }

    @Override
    public final Writer append(@Nullable CharSequence text, int start, int end) throws IOException {
        CharSequence s = text == null ? "null" : text;
        Objects.checkFromToIndex(start, end, s.length());
        if (s instanceof String string) {
            put(string, start, end);
        } else if (s instanceof StringBuilder builder) {
            // Copied a buffer's worth at a time: a builder's charAt is a call per character.
            for (int at = start; at < end; ) {
                int n = Math.min(end - at, chars.length);
                builder.getChars(at, at + n, chars, 0);
                put(chars, 0, n);
                at += n;
            }
        } else if (s instanceof CharBuffer buffer && buffer.hasArray()) {
            // The JSON Lines bundle hands each article's JSON over as its array, already copied.
            int offset = buffer.arrayOffset() + buffer.position();
            put(buffer.array(), offset + start, offset + end);
        } else {
            write(s.subSequence(start, end).toString());
        }
        return this;
    }

    /**
     * Writes bytes that are already UTF-8 as they are: what a {@link Utf8Buffer} made once, written
     * to more than one place, without decoding and encoding it again. The bytes are those the
     * characters they decode to would be written as, provided they are well-formed UTF-8; a high
     * surrogate that ended the last write has no low half to come and is written as {@code ?}
     * first, as it would be before any character but a low surrogate.
     *
     * @param source the bytes, well-formed UTF-8
     * @param offset where they start in {@code source}
     * @param length how many there are
     * @throws IndexOutOfBoundsException if the range lies outside {@code source}
     * @throws IOException if writing fails
     */
    public final void writeUtf8(byte[] source, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, source.length);
        ensureOpen();
        if (length == 0) {
            return; // no character: a pending high surrogate still waits for its low half, as in a Writer
        }
        if (high != NONE) {
            if (count == bytes.length) {
                drain();
            }
            bytes[count++] = REPLACEMENT;
            high = NONE;
        }
        int at = offset;
        int end = offset + length;
        while (at < end) {
            if (count == bytes.length) {
                drain();
            }
            int n = Math.min(end - at, bytes.length - count);
            System.arraycopy(source, at, bytes, count, n);
            count += n;
            at += n;
        }
    }

    /**
     * Writes a whole array of bytes that are already UTF-8 as they are, as
     * {@link #writeUtf8(byte[], int, int)} does: a constant a writer encoded once, such as a tag's
     * markup or a line break. When nothing is pending and the bytes fit the buffer as it is, they
     * are one array copy, without the range checks and the loop of the general method.
     *
     * @param utf8 the bytes, well-formed UTF-8
     * @throws IOException if writing fails
     */
    public final void writeUtf8(byte[] utf8) throws IOException {
        int length = utf8.length;
        if (high == NONE && length <= bytes.length - count) {
            ensureOpen();
            System.arraycopy(utf8, 0, bytes, count, length);
            count += length;
            return;
        }
        writeUtf8(utf8, 0, length);
    }

    /**
     * Writes a string whose every character is ASCII (below U+0080), such as a tag or attribute
     * name that its writer checked: the string's own bytes are copied into the buffer, with no
     * test and no encoding per character. The caller must know the string is ASCII: when the
     * string fits the buffer and no surrogate is pending, any other character would be written as
     * its low eight bits, and otherwise encoded, so the output would depend on where the buffer
     * stands (use {@link #append(CharSequence)} for any other text). With assertions on, a string
     * that is not ASCII fails an assertion.
     *
     * @param ascii the string, ASCII only
     * @throws IOException if writing fails
     */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): one array copy of a Latin-1 string's bytes
    public final void writeAscii(String ascii) throws IOException {
        assert isAscii(ascii) : "not ASCII: " + ascii;
        int length = ascii.length();
        if (high != NONE || length > bytes.length - count) {
            put(ascii, 0, length); // the general loop settles the surrogate and fills the buffer piece by piece
            return;
        }
        ensureOpen();
        ascii.getBytes(0, length, bytes, count);
        count += length;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes text escaped for HTML, as an element's text or a double-quoted attribute's value:
     * {@code & < > " '} as character references, and the characters that make HTML ill-formed
     * (see {@link #allowedInHtml(char)}, unpaired surrogates and noncharacters) left out. One pass:
     * each character is tested once, where it is read; a run of ASCII that needs nothing is copied
     * in one step, and any other character escaped or encoded on its own.
     *
     * @param s the text
     * @return whether it was written; {@code false} (nothing written) when the text is too long
     *     to fit the buffer in one piece or a surrogate from the last write is pending, and the
     *     caller must escape it the usual way, through {@link #append(CharSequence)}
     * @throws IOException if writing fails
     */
    public final boolean htmlText(String s) throws IOException {
        int length = s.length();
        if (!makeRoom(length)) {
            return false;
        }
        int n = count;
        int i = 0;
        while (i < length) {
            // Letters, digits, spaces and most punctuation need nothing: find where their run ends
            // with one lookup per character, then copy the run's bytes in one step.
            int end = copyPlain(s, i, length, HTML_PLAIN_ASCII, n);
            n += end - i;
            if (end == length) {
                break;
            }
            i = end;
            char c = s.charAt(i++);
            switch (c) {
                case '&' -> n = put(AMP, n);
                case '<' -> n = put(LT, n);
                case '>' -> n = put(GT, n);
                case '"' -> n = put(QUOT, n);
                case '\'' -> n = put(APOS, n);
                default -> {
                    if (Character.isHighSurrogate(c) && i < length && Character.isLowSurrogate(s.charAt(i))) {
                        int cp = Character.toCodePoint(c, s.charAt(i++));
                        // Plane-end noncharacters (U+1FFFE, U+1FFFF, ...) are parse errors too.
                        if ((cp & 0xfffe) != 0xfffe) {
                            n = codePoint(cp, n);
                        }
                    } else if (allowedInHtml(c)) {
                        n = c < 0x80 ? store(c, n) : encode(c, n);
                    }
                }
            }
        }
        count = n;
        return true;
    }

    /**
     * Writes a JSON string literal, quotes included, escaped as {@link JsonStrings#write} (or, for
     * a script element, {@link JsonStrings#writeForScript}) escapes it, in one pass.
     *
     * @param s the string
     * @param script whether the literal goes inside an HTML {@code <script>} element
     * @return whether it was written; {@code false} (nothing written) as for {@link #htmlText}
     * @throws IOException if writing fails
     */
    public final boolean jsonString(String s, boolean script) throws IOException {
        int length = s.length();
        if (!makeRoom(length + 1)) { // the two quotes
            return false;
        }
        boolean[] plainAscii = script ? JsonStrings.PLAIN_ASCII_IN_SCRIPT : JsonStrings.PLAIN_ASCII;
        byte[] b = bytes;
        int n = count;
        b[n++] = '"';
        for (int i = 0; i < length; i++) {
            // The run of ASCII that needs no escape, copied in one step (see htmlText).
            int end = copyPlain(s, i, length, plainAscii, n);
            n += end - i;
            if (end == length) {
                break;
            }
            i = end;
            char c = s.charAt(i);
            if (c >= 0x80 && !JsonStrings.needsEscape(c, script) && !Character.isSurrogate(c)) {
                n = encode(c, n);
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
                char low = s.charAt(++i);
                int cp = Character.toCodePoint(c, low);
                if (script && (cp & 0xfffe) == 0xfffe) {
                    // A noncharacter is a parse error in HTML even inside a script element.
                    n = unicode(low, unicode(c, n));
                } else {
                    n = codePoint(cp, n);
                }
                continue;
            }
            switch (c) {
                case '"' -> n = escape('"', n);
                case '\\' -> n = escape('\\', n);
                case '\n' -> n = escape('n', n);
                case '\r' -> n = escape('r', n);
                case '\t' -> n = escape('t', n);
                case '\b' -> n = escape('b', n);
                case '\f' -> n = escape('f', n);
                default -> n = Character.isSurrogate(c) && script ? encode('\ufffd', n) : unicode(c, n);
            }
        }
        b[n++] = '"';
        count = n;
        return true;
    }

    /**
     * Whether a single UTF-16 unit (not part of a surrogate pair) may appear in HTML text: not a
     * C0 control other than tab, line feed and carriage return, not DEL or a C1 control, not a
     * surrogate (unpaired, it cannot be encoded in UTF-8), not a noncharacter of the BMP.
     *
     * @param c the character
     * @return whether HTML allows it
     */
    public static boolean allowedInHtml(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (c >= 0x7f && c <= 0x9f) {
            return false;
        }
        if (Character.isSurrogate(c)) {
            return false;
        }
        return !(c >= 0xfdd0 && c <= 0xfdef) && c != 0xfffe && c != 0xffff;
    }

    /**
     * Makes room for {@code characters} characters escaped at their widest, draining the buffer if
     * needed, and checks that no surrogate is pending.
     *
     * @return whether they fit in one piece with nothing pending
     */
    private boolean makeRoom(int characters) throws IOException {
        ensureOpen();
        if (high != NONE || characters > capacity / 2) {
            return false;
        }
        if (WIDEST_ESCAPE * characters > bytes.length - 1 - count) {
            drain();
        }
        return true;
    }

    /**
     * Copies the run of ASCII characters that {@code plain} marks, from {@code from} on, into the
     * buffer at {@code at} as their bytes: a lookup per character to find where the run ends, then
     * one array copy for a Latin-1 string (the string's own loop otherwise), where a store per
     * character cost more. The caller has made room for them.
     *
     * @return where the run ends: the index of the first character that is not ASCII or that
     *     {@code plain} does not mark, or {@code to}; the run's length is the bytes written
     */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): a char's low eight bits, its byte for ASCII
    private int copyPlain(String s, int from, int to, boolean[] plain, int at) {
        int end = from;
        while (end < to) {
            char c = s.charAt(end);
            if (c >= 0x80 || !plain[c]) {
                break;
            }
            end++;
        }
        if (end > from) {
            s.getBytes(from, end, bytes, at);
        }
        return end;
    }

    private int put(byte[] ascii, int at) {
        System.arraycopy(ascii, 0, bytes, at, ascii.length);
        return at + ascii.length;
    }

    private int store(char c, int at) {
        bytes[at] = (byte) c;
        return at + 1;
    }

    private int escape(char c, int at) {
        bytes[at] = '\\';
        bytes[at + 1] = (byte) c;
        return at + 2;
    }

    private int unicode(char c, int at) {
        byte[] b = bytes;
        b[at] = '\\';
        b[at + 1] = 'u';
        b[at + 2] = HEX[(c >> 12) & 0xf];
        b[at + 3] = HEX[(c >> 8) & 0xf];
        b[at + 4] = HEX[(c >> 4) & 0xf];
        b[at + 5] = HEX[c & 0xf];
        return at + 6;
    }

    /**
     * Encodes characters {@code from} to {@code to} of a string into the buffer, a buffer's worth
     * at a time. The loop is {@link #put(char[], int, int)}'s, with {@code charAt} for the array
     * access: a string's characters are read where they are, without a copy.
     */
    private void put(String source, int from, int to) throws IOException {
        ensureOpen();
        int at = high == NONE || from == to ? from : settle(from, source.charAt(from));
        while (at < to) {
            int end = fits(to - at) ? to : Math.min(to, at + room());
            byte[] b = bytes;
            int n = count;
            while (at < end) {
                char c = source.charAt(at++);
                if (c < 0x80) {
                    b[n++] = (byte) c;
                } else if (!Character.isHighSurrogate(c)) {
                    n = encode(c, n);
                } else if (at == to) {
                    high = c;
                } else if (Character.isLowSurrogate(source.charAt(at))) {
                    n = pair(c, source.charAt(at++), n);
                } else {
                    b[n++] = REPLACEMENT;
                }
            }
            count = n;
        }
    }

    /** As {@link #put(String, int, int)}, from an array. */
    private void put(char[] source, int from, int to) throws IOException {
        ensureOpen();
        int at = high == NONE || from == to ? from : settle(from, source[from]);
        while (at < to) {
            int end = fits(to - at) ? to : Math.min(to, at + room());
            byte[] b = bytes;
            int n = count;
            while (at < end) {
                char c = source[at++];
                if (c < 0x80) {
                    b[n++] = (byte) c;
                } else if (!Character.isHighSurrogate(c)) {
                    n = encode(c, n);
                } else if (at == to) {
                    high = c;
                } else if (Character.isLowSurrogate(source[at])) {
                    n = pair(c, source[at++], n);
                } else {
                    b[n++] = REPLACEMENT;
                }
            }
            count = n;
        }
    }

    /**
     * Settles the high surrogate that ended the write before with this write's first character.
     *
     * @return where the rest of the write starts: {@code from}, or after its first character if
     *     that was the pair's low half
     */
    private int settle(int from, char first) throws IOException {
        if (bytes.length - count < 4) {
            drain();
        }
        char h = high;
        high = NONE;
        if (Character.isLowSurrogate(first)) {
            count = pair(h, first, count);
            return from + 1;
        }
        bytes[count++] = REPLACEMENT;
        return from;
    }

    /**
     * How many characters can be encoded before the buffer must be written: three bytes each,
     * which a pair's second half completes in four with the byte kept spare. Writes the buffer
     * first when it is full.
     */
    private int room() throws IOException {
        int room = (bytes.length - 1 - count) / 3;
        if (room > 0) {
            return room;
        }
        drain();
        return (bytes.length - 1) / 3;
    }

    /**
     * Whether this many characters fit the buffer as it is, three bytes each, as {@link #room()}
     * counts them: the test most writes (a tag, a word, a paragraph) end on, with a multiplication
     * where {@code room()} divides (a division per write under C1, about 6 % of the writer's
     * samples in a cold export: 77 of 1,182).
     */
    private boolean fits(int characters) {
        return characters <= capacity && 3 * characters <= bytes.length - 1 - count;
    }

    /** Encodes a character of two or three bytes, or an unpaired surrogate as {@code ?}. */
    private int encode(char c, int at) {
        byte[] b = bytes;
        int n = at;
        if (c < 0x800) {
            b[n++] = (byte) (0xc0 | (c >> 6));
            b[n++] = (byte) (0x80 | (c & 0x3f));
        } else if (Character.isSurrogate(c)) {
            b[n++] = REPLACEMENT;
        } else {
            b[n++] = (byte) (0xe0 | (c >> 12));
            b[n++] = (byte) (0x80 | ((c >> 6) & 0x3f));
            b[n++] = (byte) (0x80 | (c & 0x3f));
        }
        return n;
    }

    /** Encodes a surrogate pair, four bytes. */
    private int pair(char high, char low, int at) {
        return codePoint(Character.toCodePoint(high, low), at);
    }

    /** Encodes a code point above U+FFFF, four bytes. */
    private int codePoint(int cp, int at) {
        byte[] b = bytes;
        int n = at;
        b[n++] = (byte) (0xf0 | (cp >> 18));
        b[n++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
        b[n++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
        b[n++] = (byte) (0x80 | (cp & 0x3f));
        return n;
    }
}
