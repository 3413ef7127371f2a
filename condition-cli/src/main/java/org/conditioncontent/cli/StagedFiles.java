package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a set of files so that a failure never leaves a half-written file or clobbers a good
 * one. Each file is first written in full to a hidden temporary file in its target's folder
 * ({@link #stage}); only when every file is staged does {@link #commit()} move each into place,
 * atomically where the file system can (a rename in the same folder), replacing an older file.
 * {@link #close()} deletes whatever was staged and not moved, and the folders it created for
 * nothing, so a run that fails while staging changes nothing.
 *
 * <pre>{@code
 * try (StagedFiles files = new StagedFiles()) {
 *     files.stage(out.resolve("a.txt"), w -> w.write("a"));
 *     files.stage(out.resolve("b.txt"), w -> w.write("b"));
 *     files.commit();
 * }
 * }</pre>
 *
 * <p>The guarantee is against a failed run (an error, a full disk, a killed process), not a
 * power cut: the files are not forced to the disk, which would cost a sync per file. A failure
 * during {@link #commit()} can leave some files new and the others old, each of them whole. Not
 * thread-safe.
 */
final class StagedFiles implements AutoCloseable {

    /** What to write into a file. */
    @FunctionalInterface
    interface Content {
        /**
         * Writes the file's content.
         *
         * @param out the file, UTF-8; closed by the caller
         * @throws IOException if writing fails
         */
        void writeTo(Writer out) throws IOException;
    }

    /** Target to its temporary file, in the order staged. */
    private final Map<Path, Path> staged = new LinkedHashMap<>();
    private final List<Path> createdFolders = new ArrayList<>();
    private boolean committed;

    /**
     * Writes a file's content to a temporary file beside it, creating its folder if needed.
     *
     * @param target the file to write
     * @param content what to write; an {@link IOException} or {@link UncheckedIOException} it
     *     throws fails the staging
     * @throws CommandFailure if the folder cannot be created or the temporary file written
     * @throws IllegalArgumentException if the target was staged before
     */
    void stage(Path target, Content content) {
        if (staged.containsKey(target)) {
            throw new IllegalArgumentException("staged twice: " + target);
        }
        // Only a root has no parent, and a root is a folder, never a file to write.
        Path folder = Objects.requireNonNull(target.toAbsolutePath().getParent(), "a file to write has a folder");
        try {
            createFolders(folder);
            Path temp = temporaryFile(folder, target);
            // CREATE_NEW, not createTempFile: the temporary file must get the permissions a new file
            // gets (createTempFile makes it readable by its owner only, and the move would keep that).
            Writer out = new BufferedWriter(new OutputStreamWriter(
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), UTF_8));
            staged.put(target, temp); // from here on, close() deletes it
            try (out) {
                content.writeTo(out);
            }
            keepPermissions(target, temp);
        } catch (IOException | UncheckedIOException e) {
            throw CommandFailure.cannotWrite(target, e);
        }
    }

    /**
     * A new name beside the target for its content until the commit: the target's name with a
     * random part, or the random part alone when the name cannot be a path again (a name beyond
     * ASCII read by a JVM in the C locale on Linux).
     */
    private static Path temporaryFile(Path folder, Path target) {
        String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        try {
            return folder.resolve("." + target.getFileName() + "." + random + ".tmp");
        } catch (InvalidPathException e) {
            return folder.resolve(".conditions." + random + ".tmp");
        }
    }

    /**
     * Moves every staged file into place, in the order staged.
     *
     * @throws CommandFailure if a file cannot be moved; the files moved before it stay
     */
    void commit() {
        for (var it = staged.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Path, Path> e = it.next();
            try {
                move(e.getValue(), e.getKey());
            } catch (IOException ex) {
                throw CommandFailure.cannotWrite(e.getKey(), ex);
            }
            it.remove();
        }
        committed = true;
    }

    /**
     * Deletes the temporary files not moved into place and, unless committed, the folders created
     * for them that are still empty. Best effort: this runs while a failure is being reported, and
     * must not hide it.
     */
    @Override
    public void close() {
        for (Path temp : staged.values()) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // A hidden, clearly named leftover is less harm than masking the real failure.
            }
        }
        staged.clear();
        if (!committed) {
            for (int i = createdFolders.size() - 1; i >= 0; i--) {
                try {
                    Files.deleteIfExists(createdFolders.get(i));
                } catch (DirectoryNotEmptyException ignored) {
                    // Something else was put there meanwhile; it is not ours to remove.
                } catch (IOException ignored) {
                    // As above: leave it rather than mask the failure.
                }
            }
        }
    }

    /** Creates a folder and its missing parents, remembering which ones this run created. */
    private void createFolders(Path folder) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = folder; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(p);
        }
        Files.createDirectories(folder);
        for (int i = missing.size() - 1; i >= 0; i--) {
            createdFolders.add(missing.get(i));
        }
    }

    /**
     * A file replaced keeps its permissions: rendering over a 0600 file must not make it readable
     * by everyone, as a new file's default permissions would.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            if (view != null) {
                Files.setPosixFilePermissions(temp, view.readAttributes().permissions());
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
