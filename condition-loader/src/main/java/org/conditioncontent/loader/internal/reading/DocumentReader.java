package org.conditioncontent.loader.internal.reading;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.conditioncontent.loader.Rules;
import org.conditioncontent.loader.SourceFormat;
import org.conditioncontent.loader.internal.Findings;
import org.conditioncontent.loader.internal.Limits;
import org.conditioncontent.loader.internal.Node;
import org.jspecify.annotations.Nullable;

/**
 * The reading stage: a file, bytes or text in, the document's {@link Node} tree out, or the
 * findings that say why there is none (the file cannot be read, is over a limit, is not UTF-8, or
 * is not well-formed JSON or YAML). Immutable and thread-safe: one per loader.
 */
public final class DocumentReader {

    private final Limits limits;
    private final TreeReader trees;

    /**
     * Creates a reader.
     *
     * @param limits the limits on hostile input
     */
    public DocumentReader(Limits limits) {
        this.limits = limits;
        this.trees = new TreeReader(limits);
    }

    /**
     * Reads a file: only a regular file, and only up to {@code maxDocumentSize} bytes.
     *
     * @param file the file
     * @param format its syntax
     * @param findings where problems go
     * @return the tree, or {@code null} after a finding that says why there is none
     */
    public @Nullable Node read(Path file, SourceFormat format, Findings findings) {
        byte[] bytes = readBytes(file, findings);
        return bytes == null ? null : decodeAndParse(bytes, format, findings);
    }

    /**
     * Reads a document from its bytes, as {@link #read(Path, SourceFormat, Findings)} reads a file's.
     *
     * @param content the bytes; not modified
     * @param format their syntax
     * @param findings where problems go
     * @return the tree, or {@code null} after a finding that says why there is none
     */
    public @Nullable Node read(byte[] content, SourceFormat format, Findings findings) {
        if (content.length > limits.maxDocumentSize()) {
            findings.add(Rules.LIMIT, 1, 1, "", "The document is " + content.length + " bytes long, over the limit of "
                    + limits.maxDocumentSize() + " (limit maxDocumentSize)");
            return null;
        }
        return decodeAndParse(content, format, findings);
    }

    /**
     * Reads a document from text; a leading byte order mark is dropped.
     *
     * @param text the text
     * @param format its syntax
     * @param findings where problems go
     * @return the tree, or {@code null} after a finding that says why there is none
     */
    public @Nullable Node read(String text, SourceFormat format, Findings findings) {
        String body = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        return parse(body, format, findings);
    }

    private @Nullable Node decodeAndParse(byte[] bytes, SourceFormat format, Findings findings) {
        TextDecoder.Utf8 characters = format == SourceFormat.JSON ? TextDecoder.scan(bytes) : null;
        if (characters != null) {
            // JSON from clean bytes: Jackson reads them directly, with no text made first.
            return trees.readJson(bytes, TextDecoder.byteOrderMarkLength(bytes), characters, findings);
        }
        // YAML, or bytes with a problem, which decoding reports.
        String text = TextDecoder.decode(bytes, findings);
        return text == null ? null : parse(text, format, findings);
    }

    private @Nullable Node parse(String text, SourceFormat format, Findings findings) {
        if (text.length() > limits.maxDocumentSize()) {
            findings.add(Rules.LIMIT, 1, 1, "", "The document is " + text.length() + " characters long, over the limit of "
                    + limits.maxDocumentSize() + " (limit maxDocumentSize)");
            return null;
        }
        return trees.read(text, format, findings);
    }

    private byte @Nullable [] readBytes(Path file, Findings findings) {
        int maxDocumentSize = limits.maxDocumentSize();
        try {
            return RegularFile.read(file, maxDocumentSize);
        } catch (RegularFile.Refused e) {
            if (e.tooLarge()) {
                findings.add(Rules.LIMIT, 1, 1, "", "The file " + e.getMessage() + ", over the limit of "
                        + maxDocumentSize + " (limit maxDocumentSize)");
            } else {
                findings.add(Rules.FILE_UNREADABLE, 1, 1, "", "The file " + e.getMessage());
            }
        } catch (NoSuchFileException e) {
            findings.add(Rules.FILE_UNREADABLE, 1, 1, "", "The file does not exist");
        } catch (AccessDeniedException e) {
            findings.add(Rules.FILE_UNREADABLE, 1, 1, "", "The file cannot be read: permission denied");
        } catch (IOException e) {
            findings.add(Rules.FILE_UNREADABLE, 1, 1, "", "The file cannot be read: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            ranOutOfMemory(e, sizeOf(file), Runtime.getRuntime().maxMemory(), findings);
        }
        return null;
    }

    /** A file's size, or 0 when it cannot be had. */
    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * What reading a file that ran out of memory gives. A file larger than a quarter of the most
     * the heap may grow to is a finding about that file. A smaller one found the heap full of
     * other things, which is the run's state: reported as a finding, it would blame whichever
     * ordinary file came next, so the error goes on to the caller.
     *
     * @param e the error
     * @param fileSize the file's size in bytes
     * @param maxHeapBytes the heap's limit, as {@link Runtime#maxMemory()} gives it
     * @param findings where the file's finding goes
     * @throws OutOfMemoryError {@code e}, when the file is not to blame
     */
    static void ranOutOfMemory(OutOfMemoryError e, long fileSize, long maxHeapBytes, Findings findings) {
        if (fileSize <= maxHeapBytes / 4) {
            throw e;
        }
        findings.add(Rules.FILE_UNREADABLE, 1, 1, "", "The file cannot be read: " + e.getMessage());
    }
}
