package org.conditioncontent.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.Arrays;
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
}
