package org.conditioncontent.json;

import java.io.IOException;
import java.util.Arrays;

/**
 * A {@link Utf8Sink} that keeps what is written to it in memory, as UTF-8: a document made and
 * encoded once (an article's canonical JSON, with its strings escaped and encoded in one pass) and
 * then written as it is to more than one place ({@link Utf8Sink#writeUtf8}, or
 * {@link Utf8Sink#append(CharSequence)} of its {@link #text()}). Reused from one document to the
 * next ({@link #reset()}), so its arrays grow to the longest document and are not made again.
 * Never fails to write. Not thread-safe.
 *
 * <p>Not API: the package is exported only to the library's own modules.
 */
public final class Utf8Buffer extends Utf8Sink {

    /** The bytes written since the last reset, past the sink's own buffer. */
    private byte[] kept;
    private int length;

    /**
     * Creates an empty buffer.
     *
     * @param capacity the size of the sink's buffer in characters of three bytes (see
     *     {@link Utf8Sink#Utf8Sink(int)}), and the room first made for the bytes kept; at least 2
     * @throws IllegalArgumentException if {@code capacity} is less than 2
     */
    public Utf8Buffer(int capacity) {
        super(capacity);
        kept = new byte[3 * capacity + 1];
    }

    /** Forgets what was written, to start a new document. */
    public void reset() {
        clear();
        length = 0;
    }

    /**
     * What was written since the last reset, as UTF-8; a trailing unpaired high surrogate, which
     * no later write can complete once asked for, is written as {@code ?} first.
     *
     * @return a view of the bytes, valid until the next write or reset: it shares this buffer's
     *     array
     */
    public Utf8Text text() {
        try {
            settleAndDrain();
        } catch (IOException e) {
            throw new AssertionError("writing to memory does not fail", e);
        }
        return new Utf8Text(kept, length);
    }

    @Override
    protected void writeBytes(byte[] buffer, int count) {
        if (kept.length - length < count) {
            kept = Arrays.copyOf(kept, Math.max(length + count, 2 * kept.length));
        }
        System.arraycopy(buffer, 0, kept, length, count);
        length += count;
    }

    /** Does nothing: a buffer in memory is always open, even after {@link #close()}. */
    @Override
    protected void ensureOpen() {
        // Always open: close() only settles what is buffered, as a StringWriter's does nothing.
    }

    /** Moves what the sink has buffered to the bytes kept; a trailing high surrogate waits. */
    @Override
    public void flush() throws IOException {
        drain();
    }

    /** Settles what is buffered, as {@link #text()} does; the buffer can still be written to. */
    @Override
    public void close() throws IOException {
        settleAndDrain();
    }
}
