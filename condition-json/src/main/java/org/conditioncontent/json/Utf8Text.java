package org.conditioncontent.json;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Text held as UTF-8 bytes, as a {@link Utf8Buffer} made it: a {@link Utf8Sink} appends it by
 * copying the bytes, with nothing decoded or encoded again; anyone else reads it as any
 * {@code CharSequence}, its characters decoded from the bytes the first time they are asked for.
 * The characters are those written to the buffer when they held no unpaired surrogate (which
 * UTF-8 cannot hold, and which canonical JSON writes as escapes).
 *
 * <p>Shares its array with the buffer: valid until the buffer is written to or reset again.
 * Not thread-safe.
 *
 * <p>Not API: the package is exported only to the library's own modules.
 */
public final class Utf8Text implements CharSequence {

    private final byte[] bytes;
    private final int byteLength;
    private @Nullable String decoded;

    /**
     * Views the first bytes of an array as text.
     *
     * @param bytes the array, well-formed UTF-8 in its first {@code byteLength} bytes; not copied
     * @param byteLength how many bytes of it the text is
     * @throws IndexOutOfBoundsException if {@code byteLength} is negative or past the array's end
     */
    Utf8Text(byte[] bytes, int byteLength) {
        Objects.checkFromIndexSize(0, byteLength, bytes.length);
        this.bytes = bytes;
        this.byteLength = byteLength;
    }

    /**
     * The array holding the bytes: the buffer's own, not a copy, to read and not to change.
     *
     * @return the array, whose first {@link #byteLength()} bytes are the text
     */
    public byte[] array() {
        return bytes;
    }

    /**
     * How long the text is in bytes.
     *
     * @return the number of bytes at the start of {@link #array()}
     */
    public int byteLength() {
        return byteLength;
    }

    @Override
    public int length() {
        return toString().length();
    }

    @Override
    public char charAt(int index) {
        return toString().charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().subSequence(start, end);
    }

    /** The text's characters, decoded from its bytes once. */
    @Override
    public String toString() {
        String s = decoded;
        if (s == null) {
            s = new String(bytes, 0, byteLength, StandardCharsets.UTF_8);
            decoded = s;
        }
        return s;
    }
}
