package org.conditioncontent.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * A buffer keeps the bytes an {@code OutputStreamWriter} for UTF-8 writes of the same characters,
 * past its first size; its text, written to another sink as it is, gives those bytes again, a
 * pending high surrogate first settled as {@code ?}; and anyone else reads the text as the
 * characters written.
 */
class Utf8BufferTest {

    /** Every width UTF-8 has, pairs split between writes, and unpaired halves. */
    private static final char[] KINDS = {'a', ' ', '"', '\\', '\n', '\u0000', '\u007f', '\u00e9', '\u07ff', '\u0800',
        '\u2014', '\uffff', '\ud83d', '\ude00', '\udbff', '\udfff'};

    private static String random(Random random, int length) {
        char[] s = new char[length];
        for (int i = 0; i < length; i++) {
            s[i] = KINDS[random.nextInt(KINDS.length)];
        }
        return new String(s);
    }

    private static byte[] documented(String... writes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, UTF_8)) {
            for (String s : writes) {
                w.write(s);
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] bytes(Utf8Text text) {
        return Arrays.copyOf(text.array(), text.byteLength());
    }

    @Test
    void keepsTheBytesAnEncoderWritesPastItsFirstSizeAndAfterAReset() throws IOException {
        Random random = new Random(111);
        for (int capacity : new int[] {2, 7, 64}) {
            Utf8Buffer buffer = new Utf8Buffer(capacity);
            for (int round = 0; round < 40; round++) {
                String first = random(random, random.nextInt(3 * capacity + 10));
                String second = random(random, random.nextInt(40));
                buffer.reset();
                buffer.write(first);
                buffer.append(second);
                assertThat(bytes(buffer.text())).as("capacity %d, round %d", capacity, round)
                        .isEqualTo(documented(first, second));
            }
        }
    }

    @Test
    void itsTextWrittenToAnotherSinkIsTheSameBytesAcrossTheSinksBufferEnd() throws IOException {
        Random random = new Random(8);
        for (int capacity : new int[] {2, 5, 64}) {
            for (int round = 0; round < 40; round++) {
                String before = random(random, random.nextInt(12));
                String document = random(random, random.nextInt(60)).replace('\ud83d', 'x').replace('\udbff', 'y')
                        .replace('\ude00', 'z').replace('\udfff', 'w') + "\ud83d\ude00";
                String after = random(random, random.nextInt(12));
                Utf8Buffer made = new Utf8Buffer(8);
                made.write(document);
                Utf8Buffer sink = new Utf8Buffer(capacity);
                sink.write(before); // may end with a high surrogate, pending when the bytes come
                sink.append(made.text());
                sink.write(after);
                assertThat(bytes(sink.text())).as("capacity %d, round %d", capacity, round)
                        .isEqualTo(documented(before, document, after));
            }
        }
    }

    /** A string of ASCII letters, digits and punctuation, as a tag or a name is. */
    private static String ascii(Random random, int length) {
        char[] s = new char[length];
        for (int i = 0; i < length; i++) {
            s[i] = (char) (0x20 + random.nextInt(0x5f));
        }
        return new String(s);
    }

    @Test
    void wholeConstantsAndAsciiNamesGiveAnEncodersBytesAcrossTheBufferEnd() throws IOException {
        // writeUtf8(byte[]) and writeAscii take one array copy when they fit and nothing is
        // pending, the general loop otherwise: both ways must give the encoder's bytes, a high
        // surrogate pending before them written as '?' first.
        Random random = new Random(119);
        for (int capacity : new int[] {2, 7, 64}) {
            for (int round = 0; round < 60; round++) {
                Utf8Buffer sink = new Utf8Buffer(capacity);
                List<String> writes = new ArrayList<>();
                for (int w = 0; w < 12; w++) {
                    String s;
                    switch (random.nextInt(3)) {
                        case 0 -> {
                            s = random(random, random.nextInt(2 * capacity + 4));
                            sink.write(s);
                        }
                        case 1 -> {
                            s = ascii(random, random.nextInt(2 * capacity + 4));
                            sink.writeAscii(s);
                        }
                        default -> {
                            // Whole characters only, as a constant is: no surrogate but in a pair.
                            s = random(random, 1 + random.nextInt(2 * capacity + 4)).replaceAll("[\ud800-\udfff]", "\ud83d\ude00");
                            sink.writeUtf8(s.getBytes(UTF_8));
                        }
                    }
                    writes.add(s);
                }
                assertThat(bytes(sink.text())).as("capacity %d, round %d: %s", capacity, round, writes)
                        .isEqualTo(documented(writes.toArray(String[]::new)));
            }
        }
    }

    @Test
    void aClosedSinkRefusesConstantsAndNames() {
        Utf8Sink sink = new Utf8Sink(8) {
            @Override
            protected void writeBytes(byte[] buffer, int length) {
                throw new AssertionError("nothing is written once closed");
            }

            @Override
            protected void ensureOpen() throws IOException {
                throw new IOException("Stream closed");
            }

            @Override
            public void flush() {
                // nothing to flush
            }

            @Override
            public void close() {
                // already closed
            }
        };
        assertThatThrownBy(() -> sink.writeUtf8(new byte[] {'a'})).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> sink.writeAscii("a")).isInstanceOf(IOException.class);
    }

    @Test
    void aHighSurrogatePendingBeforeRawBytesIsWrittenAsAQuestionMark() throws IOException {
        Utf8Buffer sink = new Utf8Buffer(2);
        sink.write("ab\ud83d");
        byte[] raw = "\u00e9t\u00e9\ud83d\ude00".getBytes(UTF_8);
        sink.writeUtf8(raw, 0, raw.length);
        assertThat(new String(bytes(sink.text()), UTF_8)).isEqualTo("ab?\u00e9t\u00e9\ud83d\ude00");
    }

    @Test
    void noRawBytesLeaveAPendingHighSurrogateWaitingForItsLowHalfAsAWriterDoes() throws IOException {
        Utf8Buffer sink = new Utf8Buffer(2);
        sink.write("ab\ud83d");
        sink.writeUtf8(new byte[0], 0, 0);
        sink.write("\ude00");
        assertThat(bytes(sink.text())).isEqualTo(documented("ab\ud83d", "", "\ude00"));
    }

    @Test
    void writesOnlyTheRangeOfRawBytesItIsGiven() throws IOException {
        Utf8Buffer sink = new Utf8Buffer(2);
        byte[] raw = "xx\u2014 abc\u2014yy".getBytes(UTF_8);
        sink.writeUtf8(raw, 2, raw.length - 4);
        assertThat(new String(bytes(sink.text()), UTF_8)).isEqualTo("\u2014 abc\u2014");
    }

    @Test
    void itsTextReadsAsTheCharactersWritten() throws IOException {
        Utf8Buffer buffer = new Utf8Buffer(4);
        String written = "{\n  \"title\": \"Caf\u00e9 \u2014 \ud83d\ude00\"\n}\n";
        buffer.write(written);
        Utf8Text text = buffer.text();
        assertThat(text.toString()).isEqualTo(written);
        assertThat(text.length()).isEqualTo(written.length());
        assertThat(text.charAt(17)).isEqualTo(written.charAt(17));
        assertThat(text.subSequence(3, 10).toString()).isEqualTo(written.substring(3, 10));
        assertThat(text.byteLength()).isEqualTo(written.getBytes(UTF_8).length);
        // Any other writer gets the same characters.
        StringBuilder builder = new StringBuilder();
        builder.append(text);
        assertThat(builder.toString()).isEqualTo(written);
    }

    @Test
    void aTrailingHighSurrogateIsSettledWhenTheTextIsAskedFor() throws IOException {
        Utf8Buffer buffer = new Utf8Buffer(4);
        buffer.write("a\ud83d");
        assertThat(bytes(buffer.text())).isEqualTo(documented("a\ud83d"));
    }
}
