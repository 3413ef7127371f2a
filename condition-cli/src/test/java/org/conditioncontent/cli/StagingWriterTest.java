package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The export threads' reused writer gives the bytes that a fresh {@code OutputStreamWriter} for
 * UTF-8 gives, whatever the text and however it is cut into writes and pieces, and nothing of one
 * file reaches the next.
 */
class StagingWriterTest {

    /** What the export wrote before: a new UTF-8 stream writer per file, fed the same writes. */
    private static byte[] expected(List<String> writes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, UTF_8)) {
            for (String s : writes) {
                w.write(s);
            }
        }
        return bytes.toByteArray();
    }

    /** One file through a staging writer: opened, the writes, finished. */
    private static byte[] staged(StagingWriter writer, List<String> writes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writer.open(Channels.newChannel(bytes));
        for (String s : writes) {
            writer.write(s);
        }
        writer.finish();
        return bytes.toByteArray();
    }

    private static final List<List<String>> TEXTS = List.of(
            List.of("plain ASCII"),
            List.of("Crampes nocturnes \u2014 \u00e9t\u00e9, \u00f1, \u4e2d\u6587"),
            List.of("a pair: \ud83d\ude00 and another \ud834\udd1e"),
            List.of("a pair split between writes: \ud83d", "\ude00 end"),
            List.of("unpaired high \ud83d in the middle"),
            List.of("unpaired low \ude00 in the middle"),
            List.of("ends on a high surrogate \ud83d"),
            List.of("\ud83d", "x"),
            List.of("\ud83d\ud83d\ude00\ude00"),
            List.of(""));

    @Test
    void writesWhatAStreamWriterWritesForNonAsciiSurrogatesAndUnpairedOnes() throws IOException {
        StagingWriter writer = new StagingWriter();
        for (List<String> text : TEXTS) {
            assertThat(staged(writer, text)).as("%s", text).isEqualTo(expected(text));
        }
    }

    @Test
    void writesTheSameWhenAFileSpansManyPiecesOfTheBuffer() throws IOException {
        // Capacities of 2 and 3 put every pair and every unpaired surrogate on a piece's edge somewhere.
        for (int capacity : new int[] {2, 3, 7, 64}) {
            StagingWriter writer = new StagingWriter(capacity);
            for (List<String> text : TEXTS) {
                assertThat(staged(writer, text)).as("capacity %d, %s", capacity, text).isEqualTo(expected(text));
            }
        }
    }

    @Test
    void writesTheSameForLongRandomTextsWrittenInRandomCuts() throws IOException {
        Random random = new Random(20);
        char[] alphabet = {'a', ' ', '\n', '\u00e9', '\u2014', '\u4e2d', '\ud83d', '\ude00', '\ud834', '\udd1e', '<', '"'};
        StagingWriter writer = new StagingWriter();
        StagingWriter small = new StagingWriter(5);
        for (int round = 0; round < 40; round++) {
            // Up to about three times the default buffer: longer than any article's page.
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(3 * StagingWriter.CAPACITY);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            List<String> cuts = cut(text.toString(), random);
            byte[] want = expected(cuts);
            assertThat(staged(writer, cuts)).isEqualTo(want);
            assertThat(staged(small, cuts)).isEqualTo(want);
        }
    }

    @Test
    void writesTheSameWhateverKindOfWriteCarriesEachCut() throws IOException {
        // The writer encodes a string, an array, a string builder and an array's character buffer
        // by separate paths: each must give the JDK's bytes, with pairs and unpaired surrogates on
        // every kind of edge.
        Random random = new Random(97);
        char[] alphabet = {'a', '~', '\u007f', '\u0080', '\u00a9', '\u07ff', '\u0800', '\u2014', '\uffff',
            '\ud83d', '\ude00', '\udbff', '\udfff', '\ud800', '\udc00'};
        for (int capacity : new int[] {2, 3, 11, StagingWriter.CAPACITY}) {
            StagingWriter writer = new StagingWriter(capacity);
            for (int round = 0; round < 30; round++) {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(4 * capacity + 50);
                for (int i = 0; i < length; i++) {
                    text.append(alphabet[random.nextInt(alphabet.length)]);
                }
                List<String> cuts = cut(text.toString(), random);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                writer.open(Channels.newChannel(bytes));
                for (String piece : cuts) {
                    switch (random.nextInt(7)) {
                        case 0 -> writer.write(piece);
                        // An array's buffer, read from its position on, as the bundle hands over each JSON.
                        case 4 -> writer.append(CharBuffer.wrap(("<<" + piece + ">").toCharArray(), 1, piece.length() + 2),
                                1, piece.length() + 1);
                        // A slice, whose array starts before it.
                        case 5 -> writer.append(CharBuffer.wrap(("<" + piece + ">").toCharArray()).position(1).slice(),
                                0, piece.length());
                        case 1 -> writer.write(("<" + piece).toCharArray(), 1, piece.length());
                        case 2 -> writer.append(new StringBuilder("<").append(piece).append('>'), 1, piece.length() + 1);
                        case 3 -> {
                            for (int i = 0; i < piece.length(); i++) {
                                writer.write(piece.charAt(i));
                            }
                        }
                        default -> {
                            writer.append(piece);
                            writer.flush();
                        }
                    }
                }
                writer.finish();
                assertThat(bytes.toByteArray()).as("capacity %d, %s", capacity, cuts).isEqualTo(expected(cuts));
            }
        }
    }

    private static List<String> cut(String text, Random random) {
        List<String> cuts = new java.util.ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int to = Math.min(text.length(), from + 1 + random.nextInt(Math.min(5000, 1 + text.length() / 3)));
            cuts.add(text.substring(from, to));
            from = to;
        }
        return cuts;
    }

    @Test
    void everyKindOfWriteAndAppendGivesTheSameBytes() throws IOException {
        String text = "caf\u00e9 \ud83d\ude00 \u2014 done";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StagingWriter writer = new StagingWriter(4);
        writer.open(Channels.newChannel(bytes));
        writer.write(text.charAt(0));
        writer.write(text.toCharArray(), 1, 3);
        writer.write(text, 4, 3);
        writer.append(new StringBuilder(text), 7, 10);
        writer.append(java.nio.CharBuffer.wrap(text), 10, 12);
        writer.append(text.substring(12));
        writer.flush();
        writer.append(null);
        writer.finish();

        assertThat(bytes.toByteArray()).isEqualTo(expected(List.of(text, "null")));
    }

    @Test
    void nothingOfAFileThatFailedReachesTheNextOne() throws IOException {
        StagingWriter writer = new StagingWriter(16);
        ByteArrayOutputStream failed = new ByteArrayOutputStream();
        writer.open(Channels.newChannel(failed));
        writer.write("half of a page, then a high surrogate \ud83d");
        writer.release(); // what stage does when the content throws

        assertThat(staged(writer, List.of("\ude00 next"))).isEqualTo(expected(List.of("\ude00 next")));
    }

    @Test
    void eachFileStartsEmptyAfterAFileThatEndedOnAHighSurrogate() throws IOException {
        StagingWriter writer = new StagingWriter();

        assertThat(staged(writer, List.of("first \ud83d"))).isEqualTo("first ?".getBytes(UTF_8));
        assertThat(staged(writer, List.of("\ude00second"))).isEqualTo(expected(List.of("\ude00second")));
        assertThat(new String(staged(writer, List.of("third")), UTF_8)).isEqualTo("third");
    }

    @Test
    void writingAfterCloseOrBeforeOpenFailsAsAClosedWriterDoes() throws IOException {
        StagingWriter writer = new StagingWriter();
        assertThatThrownBy(() -> writer.write("x")).isInstanceOf(IOException.class).hasMessage("Stream closed");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writer.open(Channels.newChannel(bytes));
        writer.write("kept");
        writer.close();
        writer.finish(); // the file is ended once

        assertThat(bytes.toString(UTF_8)).isEqualTo("kept");
        assertThatThrownBy(() -> writer.write("x")).isInstanceOf(IOException.class).hasMessage("Stream closed");
    }

    @Test
    void refusesABufferTooSmallForAPair() {
        assertThatThrownBy(() -> new StagingWriter(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("capacity must be >= 2, got 1");
    }
}
