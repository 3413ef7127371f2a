package org.conditioncontent.loader.internal.reading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

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
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1L));
            if (bytes.length > maxBytes) {
                throw new Refused("is longer than " + maxBytes + " bytes", maxBytes + 1L);
            }
            return bytes;
        }
    }
}
