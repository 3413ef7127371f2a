package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

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
 * during {@link #commit()} can leave some files new and the others old, each of them whole. A run
 * stopped by SIGTERM or SIGINT (a CI job's time-out, Ctrl-C) ends in the same state: a shutdown
 * hook lets the move under way finish, moves no other, deletes the temporary files and says how
 * many files were replaced. Only SIGKILL leaves temporary files ({@code .NAME.RANDOM.tmp}). A
 * file replaced keeps its permissions, and its owner and group where the user may set them.
 * Called from one thread, besides the hook.
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

    /** Target to its temporary file, in the order staged; guarded by this object, as the hook reads it. */
    private final Map<Path, Path> staged = new LinkedHashMap<>();
    private final List<Path> createdFolders = new ArrayList<>();
    private final Consumer<String> said;
    private final Thread hook = new Thread(this::stop, "conditions-staged-files-cleanup");
    private boolean committed;
    /** Files moved into place so far. */
    private int moved;
    /**
     * Set by the shutdown hook before it waits for the lock: no file is moved after (a monitor is
     * not fair, so the commit could take it again first; it looks at this each time).
     */
    private volatile boolean stopping;

    /** Files whose stop is told on standard error, as {@code conditions: ...}. */
    StagedFiles() {
        this(line -> System.err.println("conditions: " + line));
    }

    /**
     * Files whose stop by a signal is told to {@code said}.
     *
     * @param said receives one line for the user when a signal stops the run with files staged
     */
    StagedFiles(Consumer<String> said) {
        this.said = Objects.requireNonNull(said, "said must not be null");
        Runtime.getRuntime().addShutdownHook(hook);
    }

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
        // Only a root has no parent, and a root is a folder, never a file to write.
        Path folder = Objects.requireNonNull(target.toAbsolutePath().getParent(), "a file to write has a folder");
        try {
            createFolders(folder);
            Path temp = temporaryFile(folder, target);
            synchronized (this) {
                if (staged.containsKey(target)) {
                    throw new IllegalArgumentException("staged twice: " + target);
                }
                if (stopping) {
                    throw stoppedBefore(target);
                }
                staged.put(target, temp); // from here on, before it exists, close() (or the hook) deletes it
            }
            // CREATE_NEW, not createTempFile: the temporary file must get the permissions a new file
            // gets (createTempFile makes it readable by its owner only, and the move would keep that).
            Writer out = new BufferedWriter(new OutputStreamWriter(
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), UTF_8));
            try (out) {
                content.writeTo(out);
            }
            synchronized (this) {
                if (stopping) {
                    // The hook ran between the name's noting and the file's making: delete it here.
                    Files.deleteIfExists(temp);
                    throw stoppedBefore(target);
                }
            }
            keepPermissions(target, temp);
        } catch (IOException | UncheckedIOException e) {
            throw CommandFailure.cannotWrite(target, e);
        }
    }

    private static CommandFailure stoppedBefore(Path target) {
        return new CommandFailure("stopped before " + target + " was written");
    }

    /**
     * Whether a file's name is one {@link #temporaryFile} gives, so that a message can name the
     * folder the user must fix instead of a file the user never made.
     *
     * @param name a file's name
     * @return whether it has the shape of a temporary file's name
     */
    static boolean isTemporaryName(String name) {
        return name.startsWith(".") && name.endsWith(".tmp");
    }

    /**
     * A new name beside the target for its content until the commit: the target's name with a
     * random part, or the random part alone when the name cannot be a path again (a name beyond
     * ASCII read by a JVM in the C locale on Linux) or would be too long.
     */
    private static Path temporaryFile(Path folder, Path target) {
        // Named so that isTemporaryName knows it: a dot first, ".tmp" last.
        String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        String name = "." + target.getFileName() + "." + random + ".tmp";
        // Most file systems take names of up to 255 bytes: a target's name near that (which the
        // target itself may have) would be too long with the additions.
        if (name.getBytes(UTF_8).length <= 255) {
            try {
                return folder.resolve(name);
            } catch (InvalidPathException e) {
                // below
            }
        }
        return folder.resolve(".conditions." + random + ".tmp");
    }

    /**
     * Moves every staged file into place, in the order staged.
     *
     * @throws CommandFailure if a file cannot be moved; the files moved before it stay
     */
    void commit() {
        commit(target -> { });
    }

    /**
     * Moves every staged file into place, in the order staged, each after a last look at its
     * target.
     *
     * @param beforeReplacing called with each target just before it is replaced; a
     *     {@link CommandFailure} it throws (the file changed since it was read, say) stops the
     *     commit there
     * @throws CommandFailure if a file cannot be moved, or {@code beforeReplacing} throws; the
     *     files moved before it stay
     */
    void commit(Consumer<Path> beforeReplacing) {
        while (true) {
            synchronized (this) { // one move at a time, so that the hook waits for the one under way
                if (stopping) {
                    throw new CommandFailure("stopped before every file was replaced");
                }
                var it = staged.entrySet().iterator();
                if (!it.hasNext()) {
                    break;
                }
                Map.Entry<Path, Path> e = it.next();
                beforeReplacing.accept(e.getKey());
                try {
                    move(e.getValue(), e.getKey());
                } catch (IOException ex) {
                    throw CommandFailure.cannotWrite(e.getKey(), ex);
                }
                it.remove();
                moved++;
            }
        }
        committed = true;
    }

    /**
     * The shutdown hook, on SIGTERM or SIGINT (called by tests too): after the move under way, no
     * file is moved; the temporary files are deleted, and the user told how many files were
     * replaced, when any were staged.
     */
    void stop() {
        stopping = true;
        deleteTemporaryFiles();
    }

    /**
     * Deletes the temporary files not moved into place and, unless committed, the folders created
     * for them that are still empty. Best effort: this runs while a failure is being reported, and
     * must not hide it.
     */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Shutting down: the hook runs, or ran, and deletes what is left.
        }
        deleteTemporaryFiles();
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

    /**
     * Deletes the temporary files not moved, and after a signal says how many files were
     * replaced. Whichever comes first says it: the hook, or the commit's own ending (the stop flag
     * makes it throw, and its close comes here), since the JVM halts as soon as the hooks are
     * done, and what the main thread would print after may never be printed.
     */
    private synchronized void deleteTemporaryFiles() {
        int left = staged.size();
        for (Path temp : staged.values()) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // A hidden, clearly named leftover is less harm than masking the real failure.
            }
        }
        staged.clear();
        if (stopping && left > 0) {
            said.accept(moved == 0
                    ? "stopped before any file was replaced: every file is as it was"
                    : "stopped after replacing " + moved + " of " + (moved + left) + " files; the others are as they were,"
                            + " each file whole: run the command again to finish");
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
     * by everyone, as a new file's default permissions would. It keeps its owner and group too
     * where the user may set them (root, in a container or under sudo, would otherwise take the
     * files of the user whose they were); where not, it is the user's, as an editor's save makes it.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            if (view != null) {
                PosixFileAttributes was = view.readAttributes();
                Files.setPosixFilePermissions(temp, was.permissions());
                PosixFileAttributeView made = Files.getFileAttributeView(temp, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
                PosixFileAttributes now = made.readAttributes();
                try {
                    if (!now.group().equals(was.group())) {
                        made.setGroup(was.group());
                    }
                    if (!now.owner().equals(was.owner())) {
                        made.setOwner(was.owner());
                    }
                } catch (FileSystemException notPermitted) {
                    // Only root, or a member of the group, may: the file is then the user's.
                }
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
