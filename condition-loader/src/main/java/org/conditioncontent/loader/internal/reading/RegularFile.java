package org.conditioncontent.loader.internal.reading;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Reads a file only when it is a regular file, and never more than a limit. The file's type is
 * checked before it is opened, because opening a named pipe blocks until something writes to it
 * and a device such as {@code /dev/zero} never ends; the read itself stops one byte past the
 * limit, so a file that grows after the check still cannot fill the memory.
 */
public final class RegularFile {

    private RegularFile() {}

    /** The file is not one this reader reads: its type, or its size, is wrong. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        private final long size;

        private Refused(String message, long size) {
            super(message);
            this.size = size;
        }

        /** @return the file's size when it was refused for being too long, else -1 */
        public long size() {
            return size;
        }

        /** @return whether the file was refused for being longer than the limit */
        public boolean tooLarge() {
            return size >= 0;
        }
    }

    /**
     * Reads a file whole.
     *
     * @param file the file; a symbolic link is followed
     * @param maxBytes the most bytes to read
     * @return its bytes
     * @throws Refused if it is a folder, a pipe, a device or a socket (the message says which, as
     *     words to follow "The file "), or longer than {@code maxBytes}
     * @throws IOException if it cannot be read
     */
    public static byte[] read(Path file, int maxBytes) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            throw new Refused("is a folder, not a file", -1);
        }
        if (!attributes.isRegularFile()) {
            throw new Refused("is not a regular file but a device, named pipe or socket, which is never read", -1);
        }
        if (attributes.size() > maxBytes) {
            throw new Refused("is " + attributes.size() + " bytes long", attributes.size());
        }
        try (SeekableByteChannel in = Files.newByteChannel(file)) {
            return read(in, (int) attributes.size(), maxBytes);
        }
    }

    /**
     * Reads a channel to its end into an array of the size the file had when it was checked, so
     * that no buffer is copied from. A file that has grown since is read on, still only up to one
     * byte past the limit; one that has shrunk gives what it holds.
     *
     * @param in the open file
     * @param size its size when checked, at most {@code maxBytes}
     * @param maxBytes the most bytes to read
     * @return its bytes
     * @throws Refused if it has grown past {@code maxBytes}
     * @throws IOException if it cannot be read
     */
    static byte[] read(SeekableByteChannel in, int size, int maxBytes) throws IOException {
        byte[] bytes = new byte[size];
        ByteBuffer into = ByteBuffer.wrap(bytes);
        while (into.hasRemaining() && in.read(into) >= 0) {
            // read until the array is full or the file ends
        }
        if (into.hasRemaining()) {
            return Arrays.copyOf(bytes, into.position());
        }
        ByteBuffer next = ByteBuffer.allocate(1);
        int read;
        while ((read = in.read(next)) == 0) {
            // a channel may read nothing without being at the end
        }
        if (read < 0) {
            return bytes;
        }
        byte[] rest = Channels.newInputStream(in).readNBytes(maxBytes - size);
        if (size + 1 + rest.length > maxBytes) {
            throw new Refused("is longer than " + maxBytes + " bytes", maxBytes + 1L);
        }
        byte[] grown = Arrays.copyOf(bytes, size + 1 + rest.length);
        grown[size] = next.get(0);
        System.arraycopy(rest, 0, grown, size + 1, rest.length);
        return grown;
    }
}
