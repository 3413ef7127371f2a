package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The UTF-8 writer through which one export thread writes all of its files, one after another:
 * one character buffer, one encoder and one byte buffer, reset for every file, instead of a
 * {@code BufferedWriter}, an {@code OutputStreamWriter} and their encoder and buffers made and
 * dropped per file (about 25 KB for each of an export's 30,000 files). A file that fits the
 * buffer, as an article does, goes to the disk in one {@code write}; a longer one (the site's
 * index, the bundle of every article) goes in pieces of the buffer's size, so that it is never
 * held whole in memory.
 *
 * <p>The bytes are those an {@code OutputStreamWriter} for UTF-8 writes: an unpaired surrogate
 * becomes {@code ?}, and a surrogate pair split between two writes, or between two pieces, is
 * encoded as one character. {@link #open} starts a file with nothing buffered and the encoder reset,
 * so nothing of a file, not even one that failed half-way, reaches the next. Not thread-safe:
 * one per thread.
 */
final class StagingWriter extends Writer {

    /** Characters buffered before they are encoded and written: more than an article's page. */
    static final int CAPACITY = 32 * 1024;

    private final char[] chars;
    private final CharBuffer pending;
    /** Three bytes per character at most: a pair of surrogates, two characters, takes four. */
    private final ByteBuffer bytes;
    private final CharsetEncoder encoder = UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private int count;
    private @Nullable WritableByteChannel file;

    /** Creates a writer with a buffer of {@link #CAPACITY} characters, writing to no file yet. */
    StagingWriter() {
        this(CAPACITY);
    }

    /**
     * Creates a writer with a buffer of the given size (small in tests, so that files span pieces).
     *
     * @param capacity characters buffered before they are written; at least 2, so that a
     *     surrogate pair always fits
     */
    StagingWriter(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("capacity must be >= 2, got " + capacity);
        }
        chars = new char[capacity];
        pending = CharBuffer.wrap(chars);
        bytes = ByteBuffer.allocate(3 * capacity);
    }

    /**
     * Starts a file: what follows is written to it, from an empty buffer and a reset encoder.
     *
     * @param to the file, open for writing; not closed by this writer
     */
    void open(WritableByteChannel to) {
        file = Objects.requireNonNull(to, "to must not be null");
        count = 0;
        encoder.reset();
    }

    /**
     * Ends the file: encodes and writes what is buffered, a trailing unpaired surrogate as
     * {@code ?}, then lets the file go. Does nothing if the file was ended already.
     *
     * @throws IOException if writing fails
     */
    void finish() throws IOException {
        if (file == null) {
            return;
        }
        try {
            drain(true);
        } finally {
            release();
        }
    }

    /** Forgets the file and whatever is buffered for it, as after a failure. */
    void release() {
        file = null;
        count = 0;
    }

    @Override
    public void write(int c) throws IOException {
        ensureOpen();
        if (count == chars.length) {
            drain(false);
        }
        chars[count++] = (char) c;
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
     * Appends a string or a string builder without the copy to a new string that
     * {@link Writer#append(CharSequence)} makes; other sequences as {@code Writer} does.
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
        if (s instanceof String || s instanceof StringBuilder) {
            put(s, start, end);
        } else {
            write(s.subSequence(start, end).toString());
        }
        return this;
    }

    /**
     * Copies characters {@code from} to {@code to} of a {@code char[]}, a {@code String} or a
     * {@code StringBuilder} into the buffer, a buffer's worth at a time.
     */
    private void put(Object source, int from, int to) throws IOException {
        ensureOpen();
        int at = from;
        while (at < to) {
            if (count == chars.length) {
                drain(false);
            }
            int n = Math.min(to - at, chars.length - count);
            if (source instanceof String string) {
                string.getChars(at, at + n, chars, count);
            } else if (source instanceof StringBuilder builder) {
                builder.getChars(at, at + n, chars, count);
            } else {
                System.arraycopy((char[]) source, at, chars, count, n);
            }
            count += n;
            at += n;
        }
    }

    /** Encodes and writes what is buffered; an unpaired high surrogate at its end waits for the next write. */
    @Override
    public void flush() throws IOException {
        if (file != null) {
            drain(false);
        }
    }

    /** Ends the file, as {@link #finish()} does; writing after it fails, as after closing any writer. */
    @Override
    public void close() throws IOException {
        finish();
    }

    private void ensureOpen() throws IOException {
        if (file == null) {
            throw new IOException("Stream closed");
        }
    }

    /**
     * Encodes the buffered characters and writes their bytes. Unless the file ends here, a high
     * surrogate at the end is kept for the next piece, which may hold its low half, as the JDK's
     * stream encoder keeps it.
     */
    private void drain(boolean end) throws IOException {
        WritableByteChannel to = Objects.requireNonNull(file, "a file is open");
        pending.limit(count).position(0);
        bytes.clear();
        CoderResult result = encoder.encode(pending, bytes, end);
        if (end && !result.isError()) {
            result = encoder.flush(bytes);
        }
        if (result.isOverflow() || result.isError()) {
            // Cannot happen: the byte buffer holds three bytes for each character, and errors are replaced.
            throw new IllegalStateException("UTF-8 encoding stopped: " + result);
        }
        int kept = pending.remaining();
        if (kept > 0) {
            System.arraycopy(chars, pending.position(), chars, 0, kept);
        }
        count = kept;
        bytes.flip();
        while (bytes.hasRemaining()) {
            to.write(bytes);
        }
    }
}
