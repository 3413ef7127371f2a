package org.conditioncontent.loader.internal.reading;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.conditioncontent.loader.Rules;
import org.conditioncontent.loader.internal.Findings;
import org.jspecify.annotations.Nullable;

/** The first step of reading a file: its bytes, within the size limit. */
public final class DocumentBytes {

    private DocumentBytes() {}

    /**
     * Reads a file's bytes, or reports why it cannot: it is missing, unreadable, or over the size
     * limit, which is checked before reading so that a huge or endless file never reaches memory.
     *
     * @param file the file
     * @param maxDocumentSize the largest file, in bytes
     * @param findings where a problem goes
     * @return the bytes, or {@code null} after a finding
     */
    public static byte @Nullable [] read(Path file, int maxDocumentSize, Findings findings) {
        try {
            long size = Files.size(file);
            if (size > maxDocumentSize) {
                // Checked before reading, so a huge or endless file never reaches memory.
                findings.add(Rules.LIMIT, 1, 1, "", "The file is " + size + " bytes long, over the limit of "
                        + maxDocumentSize + " (limit maxDocumentSize)");
                return null;
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            findings.add(Rules.FILE_UNREADABLE, 1, 1, "", "The file does not exist");
        } catch (AccessDeniedException e) {
            findings.add(Rules.FILE_UNREADABLE, 1, 1, "", "The file cannot be read: permission denied");
        } catch (IOException | OutOfMemoryError e) {
            findings.add(Rules.FILE_UNREADABLE, 1, 1, "", "The file cannot be read: " + e.getMessage());
        }
        return null;
    }
}
