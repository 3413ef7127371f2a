package org.conditioncontent.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.Objects;
import org.conditioncontent.json.Utf8Sink;
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
 * at the first non-ASCII character, which every page has (a dash, a copyright sign). The encoding
 * is {@link Utf8Sink}'s, which also lets the HTML and JSON writers escape a value and encode it in
 * one pass.
 *
 * <p>The bytes are those an {@code OutputStreamWriter} for UTF-8 writes (see {@link Utf8Sink}).
 * {@link #open} starts a file with nothing buffered and no surrogate
 * pending, so nothing of a file, not even one that failed half-way, reaches the next. Not
 * thread-safe: one per thread.
 */
final class StagingWriter extends Utf8Sink {

    /**
     * The buffer's size in characters of three bytes, the widest a {@code char} encodes to: at least
     * this many characters are buffered before a write, up to three times as many when they are
     * ASCII; more than an article's page.
     */
    static final int CAPACITY = 32 * 1024;

    private @Nullable ByteBuffer written;
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
        super(capacity);
    }

    /**
     * Starts a file: what follows is written to it, from an empty buffer.
     *
     * @param to the file, open for writing; not closed by this writer
     */
    void open(WritableByteChannel to) {
        file = Objects.requireNonNull(to, "to must not be null");
        clear();
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
            settleAndDrain();
        } finally {
            release();
        }
    }

    /** Forgets the file and whatever is buffered for it, as after a failure. */
    void release() {
        file = null;
        clear();
    }

    @Override
    protected void ensureOpen() throws IOException {
        if (file == null) {
            throw new IOException("Stream closed");
        }
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

    @Override
    protected void writeBytes(byte[] buffer, int length) throws IOException {
        WritableByteChannel to = Objects.requireNonNull(file, "a file is open");
        ByteBuffer w = written;
        if (w == null || w.array() != buffer) {
            w = ByteBuffer.wrap(buffer);
            written = w;
        }
        w.limit(length).position(0);
        while (w.hasRemaining()) {
            to.write(w);
        }
    }
}
