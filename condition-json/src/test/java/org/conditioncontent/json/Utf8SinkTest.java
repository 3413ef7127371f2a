package org.conditioncontent.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A sink's one-pass JSON literals are the bytes of {@link JsonStrings}' literals encoded by an
 * {@code OutputStreamWriter}, for every kind of character; and the one-pass writes decline, writing
 * nothing, where only the usual path gives the same bytes.
 */
class Utf8SinkTest {

    /** What a sink kept in memory was written, a trailing high surrogate settled. */
    private static byte[] finish(Utf8Buffer sink) {
        Utf8Text text = sink.text();
        return Arrays.copyOf(text.array(), text.byteLength());
    }

    private static final char[] KINDS = {'a', ' ', '<', '>', '&', '"', '\'', '\\', '/', '\u0000', '\b', '\t', '\n',
        '\f', '\r', '\u001f', '\u007f', '\u0085', '\u00e9', '\u07ff', '\u0800', '\u2028', '\u2029', '\ufdd0',
        '\ufeff', '\ufffd', '\ufffe', '\uffff', '\ud83d', '\ude00', '\ud83f', '\udffe', '\udbff', '\udfff'};

    private static String random(Random random, int length) {
        char[] s = new char[length];
        for (int i = 0; i < length; i++) {
            s[i] = KINDS[random.nextInt(KINDS.length)];
        }
        return new String(s);
    }

    private static byte[] documented(String s, boolean script) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, UTF_8)) {
            StringBuilder literal = new StringBuilder();
            if (script) {
                JsonStrings.writeForScript(s, literal);
            } else {
                JsonStrings.write(s, literal);
            }
            w.append(literal);
        }
        return bytes.toByteArray();
    }

    @Test
    void jsonLiteralsAreTheEscapersCharactersEncoded() throws IOException {
        Random random = new Random(26);
        for (int round = 0; round < 2_000; round++) {
            String s = random(random, random.nextInt(40));
            for (boolean script : new boolean[] {false, true}) {
                for (int capacity : new int[] {2, 16, 1024}) {
                    Utf8Buffer sink = new Utf8Buffer(capacity);
                    sink.write("x");
                    // Through the public escaper, which hands a sink the literal to write itself.
                    if (script) {
                        JsonStrings.writeForScript(s, (Appendable) sink);
                    } else {
                        JsonStrings.write(s, (Appendable) sink);
                    }
                    byte[] expected = documented(s, script);
                    byte[] withX = new byte[expected.length + 1];
                    withX[0] = 'x';
                    System.arraycopy(expected, 0, withX, 1, expected.length);
                    assertThat(finish(sink)).as("%s, script %s, capacity %d", s.chars().mapToObj(Integer::toHexString).toList(),
                            script, capacity).isEqualTo(withX);
                }
            }
        }
    }

    @Test
    void theOnePassWritesDeclineAfterHalfAPairAndForValuesLongerThanHalfTheBuffer() throws IOException {
        Utf8Buffer sink = new Utf8Buffer(16);
        sink.write("\ud83d");
        assertThat(sink.htmlText("<b>")).isFalse();
        assertThat(sink.jsonString("<b>", true)).isFalse();
        sink.write("\ude00");
        assertThat(sink.htmlText("12345678")).isTrue();
        assertThat(sink.htmlText("123456789")).isFalse();
        assertThat(sink.jsonString("123456789", false)).isFalse();
        assertThat(sink.jsonString("1234567", false)).isTrue();
        assertThat(new String(finish(sink), UTF_8)).isEqualTo("\ud83d\ude0012345678\"1234567\"");
    }

    @Test
    void htmlTextEscapesTheFiveAndDropsWhatHtmlForbids() throws IOException {
        Utf8Buffer sink = new Utf8Buffer(64);
        assertThat(sink.htmlText("a&b<c>d\"e'f\u0000g\u0085h\ud83di\ude00j\ufdd0k\ud83f\udffel\ud83d\ude00\u00e9\u2014\t")).isTrue();
        assertThat(new String(finish(sink), UTF_8))
                .isEqualTo("a&amp;b&lt;c&gt;d&quot;e&#39;fghijkl\ud83d\ude00\u00e9\u2014\t");
    }

    /**
     * One unit of each kind the one-pass escapers tell apart: every ASCII character, Latin-1 and
     * wider characters that need no escape, the line separators, noncharacters, a byte-order mark,
     * pairs (one a noncharacter) and lone halves.
     */
    private static List<String> everyClass() {
        List<String> units = new ArrayList<>();
        for (char c = 0; c < 0x80; c++) {
            units.add(String.valueOf(c));
        }
        for (String u : new String[] {"\u0080", "\u0085", "\u009f", "\u00a0", "\u00e9", "\u00ff", "\u0100", "\u07ff",
            "\u0800", "\u1680", "\u2014", "\u2028", "\u2029", "\ufdd0", "\ufdef", "\ufeff", "\ufffd", "\ufffe", "\uffff",
            "\ud83d\ude00", "\ud83f\udffe", "\udbff\udfff", "\ud83d", "\ude00"}) {
            units.add(u);
        }
        return units;
    }

    /**
     * A run of {@code length} characters that need no escape anywhere, {@code unit} at
     * {@code at}; the run's characters are ASCII, or end with an {@code é} when {@code latin} is
     * set (a run that is not ASCII throughout, in a Latin-1 string unless the unit is wider).
     */
    private static String runWith(String unit, int length, int at, boolean latin) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (i == at) {
                s.append(unit);
            }
            s.append(latin && i == length - 1 ? '\u00e9' : (char) ('a' + i % 26));
        }
        if (at == length) {
            s.append(unit);
        }
        return s.toString();
    }

    /** HTML text as htmlText's contract states it, character by character, encoded by the JDK. */
    private static byte[] htmlAsDocumented(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        int cp = s.codePointAt(i++);
                        if ((cp & 0xfffe) != 0xfffe) {
                            out.appendCodePoint(cp);
                        }
                    } else if (Utf8Sink.allowedInHtml(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString().getBytes(UTF_8);
    }

    @Test
    void everyKindOfCharacterAtEveryPlaceInARunIsEscapedAsDocumented() throws IOException {
        // The one-pass writers copy a run of plain ASCII in one step and stop at the first
        // character that needs more: each kind, at the run's start, inside it, at its end, alone,
        // in runs of several lengths, ASCII or ending in Latin-1, after bytes already buffered.
        List<String> wrong = new ArrayList<>();
        for (String unit : everyClass()) {
            for (int length : new int[] {0, 1, 2, 3, 8, 17}) {
                for (int at = 0; at <= length; at++) {
                    for (boolean latin : new boolean[] {false, true}) {
                        String s = runWith(unit, length, at, latin && length > 0);
                        for (int mode = 0; mode < 3; mode++) {
                            boolean html = mode == 0;
                            boolean script = mode == 2;
                            Utf8Buffer sink = new Utf8Buffer(64);
                            sink.write("x\u00e9"); // the write starts after bytes of both widths
                            boolean written = html ? sink.htmlText(s) : sink.jsonString(s, script);
                            byte[] expected = html ? htmlAsDocumented(s) : documented(s, script);
                            byte[] actual = finish(sink);
                            byte[] escaped = Arrays.copyOfRange(actual, 3, actual.length);
                            if (!written || !Arrays.equals(escaped, expected)) {
                                wrong.add(String.format("mode %d, %s: %s", mode,
                                        s.chars().mapToObj(Integer::toHexString).toList(), new String(escaped, UTF_8)));
                            }
                        }
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aPlainRunLongerThanWhatIsLeftOfTheBufferIsWrittenWhole() throws IOException {
        // 31 characters, the longest JSON string a buffer of 64 takes in one pass with its quotes:
        // the sink drains what it holds first and copies the run in one step; the bytes before
        // and after stay in order.
        Utf8Buffer sink = new Utf8Buffer(64);
        String run = "abcdefghijklmnopqrstuvwxyz01234";
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            sink.write("\u2014");
            assertThat(sink.htmlText(run)).isTrue();
            assertThat(sink.jsonString(run, i % 2 == 0)).isTrue();
            expected.append('\u2014').append(run).append('"').append(run).append('"');
        }
        assertThat(new String(finish(sink), UTF_8)).isEqualTo(expected.toString());
    }
}
