package org.conditioncontent.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The UTF-8 writer through which one export thread writes all of its files, one after another:
 * one byte buffer, reset for every file, instead of a {@code BufferedWriter}, an
 * {@code OutputStreamWriter} and their encoder and buffers made and dropped per file (about 25 KB
 * for each of an export's 30,000 files). A file that fits the buffer, as an article does, goes to
 * the disk in one {@code write}; a longer one (the site's index, the bundle of every article) goes
 * in pieces of at most the buffer's bytes, so that it is never held whole in memory.
 *
 * <p>Characters are encoded as they are written, straight into the byte buffer: an ASCII
 * character is one store, the rest are encoded by hand (decision 95). The JDK's encoder, used
 * before, needed the text copied into a {@code char} buffer first (a loop per character under
 * C1 for a Latin-1 string) and left its ASCII loop for a slower one, to the end of the buffer,
 * at the first non-ASCII character, which every page has (a dash, a copyright sign).
 *
 * <p>The bytes are those an {@code OutputStreamWriter} for UTF-8 writes: an unpaired surrogate
 * becomes {@code ?}, and a surrogate pair split between two writes, or between two pieces, is
 * encoded as one character. {@link #open} starts a file with nothing buffered and no surrogate
 * pending, so nothing of a file, not even one that failed half-way, reaches the next. Not
 * thread-safe: one per thread.
 */
final class StagingWriter extends Writer {

    /**
     * The buffer's size in characters of three bytes, the widest a {@code char} encodes to: at least
     * this many characters are buffered before a write, up to three times as many when they are
     * ASCII; more than an article's page.
     */
    static final int CAPACITY = 32 * 1024;

    /** What an unpaired surrogate becomes, as with the JDK's UTF-8 encoder. */
    private static final byte REPLACEMENT = '?';

    /** No high surrogate is waiting for its low half. */
    private static final char NONE = 0;

    /**
     * Three bytes per character at most (a pair of surrogates, two characters, takes four), and
     * one more for a pair whose high half is the last character a piece has room for and whose low
     * half lies just past it.
     */
    private final byte[] bytes;
    private final ByteBuffer written;
    /** A copy of a {@code StringBuilder}'s characters, encoded from there. */
    private final char[] chars;
    private int count;
    /** A high surrogate at the end of the last write, waiting for the next one's first character. */
    private char high = NONE;
    private @Nullable WritableByteChannel file;

    /** Creates a writer with a buffer of {@link #CAPACITY} characters, writing to no file yet. */
    StagingWriter() {
        this(CAPACITY);
    }

    /**
     * Creates a writer with a buffer of the given size (small in tests, so that files span pieces).
     *
     * @param capacity the buffer's size in characters of three bytes (see {@link #CAPACITY});
     *     at least 2
     */
    StagingWriter(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("capacity must be >= 2, got " + capacity);
        }
        bytes = new byte[3 * capacity + 1];
        written = ByteBuffer.wrap(bytes);
        chars = new char[capacity];
    }

    /**
     * Starts a file: what follows is written to it, from an empty buffer.
     *
     * @param to the file, open for writing; not closed by this writer
     */
    void open(WritableByteChannel to) {
        file = Objects.requireNonNull(to, "to must not be null");
        count = 0;
        high = NONE;
    }

    /**
     * Ends the file: writes what is buffered, a trailing unpaired surrogate as {@code ?}, then
     * lets the file go. Does nothing if the file was ended already.
     *
     * @throws IOException if writing fails
     */
    void finish() throws IOException {
        if (file == null) {
            return;
        }
        try {
            if (high != NONE) {
                if (count == bytes.length) {
                    drain();
                }
                bytes[count++] = REPLACEMENT;
                high = NONE;
            }
            drain();
        } finally {
            release();
        }
    }

    /** Forgets the file and whatever is buffered for it, as after a failure. */
    void release() {
        file = null;
        count = 0;
        high = NONE;
    }

    @Override
    public void write(int c) throws IOException {
        chars[0] = (char) c;
        put(chars, 0, 1);
    }

    @Override
    public void write(char[] source, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, source.length);
        put(source, offset, offset + length);
    }

    @Override
    public void write(String source, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, source.length());
        put(source, offset, offset + length);
    }

    /**
     * Appends a string, a string builder or a character buffer backed by an array without the
     * copy to a new string that {@link Writer#append(CharSequence)} makes; other sequences as
     * {@code Writer} does.
     */
    @Override
    public Writer append(@Nullable CharSequence text) throws IOException {
        CharSequence s = text == null ? "null" : text;
        return append(s, 0, s.length());
    }

    @Override
    public Writer append(@Nullable CharSequence text, int start, int end) throws IOException {
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

    private void ensureOpen() throws IOException {
        if (file == null) {
            throw new IOException("Stream closed");
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
        return characters <= CAPACITY && 3 * characters <= bytes.length - 1 - count;
    }

    /** Encodes a character of two or three bytes, or an unpaired low surrogate as {@code ?}. */
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
        byte[] b = bytes;
        int n = at;
        int cp = Character.toCodePoint(high, low);
        b[n++] = (byte) (0xf0 | (cp >> 18));
        b[n++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
        b[n++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
        b[n++] = (byte) (0x80 | (cp & 0x3f));
        return n;
    }

    /** Writes what is buffered; an unpaired high surrogate at its end waits for the next write. */
    @Override
    public void flush() throws IOException {
        if (file != null) {
            drain();
        }
    }

    /** Ends the file, as {@link #finish()} does; writing after it fails, as after closing any writer. */
    @Override
    public void close() throws IOException {
        finish();
    }

    /** Writes the buffered bytes. */
    private void drain() throws IOException {
        WritableByteChannel to = Objects.requireNonNull(file, "a file is open");
        written.limit(count).position(0);
        while (written.hasRemaining()) {
            to.write(written);
        }
        count = 0;
    }
}
