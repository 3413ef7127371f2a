package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Replaces the folders of an export in one step as far as a reader can tell, and recovers from
 * an export that was killed while doing it, as a database replays its journal.
 *
 * <p>Everything is written first into a workspace inside the output folder,
 * {@code OUT/.conditions-export/new/<format>/...}. Only when every file is written does
 * {@link #commit} write a journal naming the folders, then swap each {@code OUT/<format>} with
 * its new copy by two renames (the old folder goes to {@code .conditions-export/old}), then delete
 * the journal and the workspace. The folders are swapped whole, so a file of the old export never
 * stays beside the new ones.
 *
 * <ul>
 *   <li>A failure or a SIGTERM or SIGINT before the swap leaves {@code OUT} as it was: a shutdown
 *       hook deletes the workspace. One during the swap waits for the swap to end (a few renames).
 *   <li>After a SIGKILL or a power cut, the next export into {@code OUT} finds the workspace
 *       before it does anything else: with a journal, it finishes the swap (the new folders were
 *       complete before the journal was written); without one, it deletes the unfinished files.
 *       Either way it says so on standard error.
 * </ul>
 *
 * <p>Files are not forced to the disk, which would cost a sync per file: after a power cut the
 * journal is replayed, but the files' content is only as safe as the file system keeps it. Two
 * exports into one folder at the same time are not supported. Not thread-safe, except that the
 * shutdown hook may run while another thread stages.
 */
final class StagedExport implements AutoCloseable {

    /** The workspace's name inside the output folder. */
    static final String WORKSPACE = ".conditions-export";

    private final Path out;
    private final Path workspace;
    private final Path fresh;
    private final Path previous;
    private final Path journal;
    private final Object lock = new Object();
    private final Thread hook;
    private final Set<String> checked = new HashSet<>();
    private boolean swapping;
    private boolean finished;
    private boolean cancelled;

    private StagedExport(Path out) {
        this.out = out;
        this.workspace = out.resolve(WORKSPACE);
        this.fresh = workspace.resolve("new");
        this.previous = workspace.resolve("old");
        this.journal = workspace.resolve("journal");
        this.hook = new Thread(this::interrupted, "conditions-export-cleanup");
    }

    /**
     * Recovers what an interrupted export left in a folder, then starts a new export into it.
     *
     * @param out the output folder; created if needed
     * @param said receives one line for the user when an interrupted export was recovered
     * @return the export, to stage files into
     * @throws CommandFailure if the folder cannot be created or recovered
     */
    static StagedExport open(Path out, Consumer<String> said) {
        StagedExport export = new StagedExport(out);
        export.recover(said);
        // Registered before the workspace exists, so that no signal can leave it behind unseen.
        Runtime.getRuntime().addShutdownHook(export.hook);
        try {
            Files.createDirectories(export.fresh);
        } catch (IOException e) {
            export.close();
            throw CommandFailure.cannotWrite(out, e);
        }
        return export;
    }

    /**
     * Writes one file of the new export into the workspace.
     *
     * @param relative its path inside the output folder, such as {@code html/index.html}
     * @param content what to write
     * @throws CommandFailure if it cannot be written, or the process is shutting down
     */
    void stage(String relative, StagedFiles.Content content) {
        synchronized (lock) {
            if (cancelled) {
                throw new CommandFailure("the export was stopped; " + out + " is as it was");
            }
            Path file = fresh.resolve(relative);
            try {
                String folder = relative.substring(0, Math.max(0, relative.indexOf('/')));
                if (checked.add(folder)) {
                    checkReplaceable(folder);
                }
                Files.createDirectories(file.getParent());
                try (Writer w = new BufferedWriter(new OutputStreamWriter(
                        Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), UTF_8))) {
                    content.writeTo(w);
                }
            } catch (IOException | UncheckedIOException e) {
                throw CommandFailure.cannotWrite(out.resolve(relative), e);
            }
        }
    }

    /**
     * Swaps the staged folders in for the output folder's, then deletes the workspace and the old
     * folders.
     *
     * @param folders the folders written, such as {@code html} and {@code json}
     * @throws CommandFailure if the swap fails; the folders swapped so far are put back first, or,
     *     if that fails too, left for the next export to finish
     */
    void commit(List<String> folders) {
        synchronized (lock) {
            if (cancelled) {
                throw new CommandFailure("the export was stopped; " + out + " is as it was");
            }
            try {
                for (String folder : folders) {
                    checkReplaceable(folder);
                    keepPermissions(out.resolve(folder), fresh.resolve(folder));
                }
                Path written = workspace.resolve("journal.tmp");
                Files.write(written, folders, UTF_8);
                Files.move(written, journal, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                throw CommandFailure.cannotWrite(Path.of(e.getFile()), e);
            } catch (IOException e) {
                throw CommandFailure.cannotWrite(journal, e);
            }
            swapping = true;
            List<String> done = new ArrayList<>();
            try {
                for (String folder : folders) {
                    done.add(folder);
                    swap(folder);
                }
            } catch (IOException e) {
                rollBack(done, e);
            }
            finished = true;
            try {
                Files.delete(journal);
                deleteTree(workspace);
            } catch (IOException e) {
                // The export is in place; the next one removes the old folders left here.
            }
        }
    }

    /** Deletes the workspace unless the export was committed, and forgets the shutdown hook. */
    @Override
    public void close() {
        synchronized (lock) {
            if (!finished && !swapping) {
                quietlyDeleteTree(workspace);
            }
            finished = true;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Shutting down: the hook runs, or ran, and found nothing left to do.
        }
    }

    /**
     * What the shutdown hook does on SIGTERM or SIGINT: waits for a swap under way to end, else
     * deletes the unfinished export and stops any more staging.
     */
    void interrupted() {
        synchronized (lock) {
            cancelled = true;
            if (!finished && !swapping) {
                quietlyDeleteTree(workspace);
            }
        }
    }

    private void recover(Consumer<String> said) {
        if (!Files.exists(workspace, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            if (!Files.isDirectory(workspace, LinkOption.NOFOLLOW_LINKS)) {
                throw new CommandFailure(workspace + " is in the way: it is the export's working folder,"
                        + " but not a folder; remove it");
            }
            if (Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)) {
                for (String folder : Files.readAllLines(journal, UTF_8)) {
                    if (isFolderName(folder)) {
                        swap(folder);
                    }
                }
                said.accept("finished the export into " + out + " that was interrupted while it swapped its folders in;"
                        + " it holds that export whole, and this export starts from there");
            } else {
                said.accept("removed the unfinished files of an export into " + out + " that was interrupted;"
                        + " it still held the export before that one");
            }
            deleteTree(workspace);
        } catch (IOException e) {
            throw new CommandFailure("cannot recover the interrupted export in " + workspace + ": "
                    + CommandFailure.reason(e) + "; move " + WORKSPACE + " out of the way to start afresh", e);
        }
    }

    /** Moves one folder in: the old one aside, then the new one in its place. Each step is done once. */
    private void swap(String folder) throws IOException {
        Path target = out.resolve(folder);
        Path replacement = fresh.resolve(folder);
        if (!Files.exists(replacement, LinkOption.NOFOLLOW_LINKS)) {
            return; // swapped already
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(previous);
            Files.move(target, previous.resolve(folder), StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(replacement, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Puts the folders swapped so far back, newest first, then reports the failure. */
    private void rollBack(List<String> done, IOException cause) {
        try {
            for (int i = done.size() - 1; i >= 0; i--) {
                String folder = done.get(i);
                Path target = out.resolve(folder);
                Path old = previous.resolve(folder);
                if (!Files.exists(fresh.resolve(folder), LinkOption.NOFOLLOW_LINKS) && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(target, fresh.resolve(folder), StandardCopyOption.ATOMIC_MOVE);
                }
                if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            Files.delete(journal);
        } catch (IOException e) {
            throw new CommandFailure("cannot write " + out + ": " + CommandFailure.reason(cause)
                    + "; the next export into it finishes this one", cause);
        }
        swapping = false;
        throw new CommandFailure("cannot write " + out + ": " + CommandFailure.reason(cause) + "; it is as it was", cause);
    }

    /**
     * Only folders are swapped: a file, or a link, where a format's folder goes is someone's, and
     * is not replaced.
     *
     * @throws FileAlreadyExistsException naming it if it is in the way
     */
    private void checkReplaceable(String folder) throws FileAlreadyExistsException {
        Path target = out.resolve(folder);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
    }

    /** A folder keeps its permissions when its new copy replaces it. */
    private static void keepPermissions(Path old, Path replacement) throws IOException {
        PosixFileAttributeView from = Files.getFileAttributeView(old, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (from != null && Files.isDirectory(old, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(replacement)) {
            Files.setPosixFilePermissions(replacement, from.readAttributes().permissions());
        }
    }

    /** Whether a journal line names a folder directly inside the output folder. */
    private static boolean isFolderName(String name) {
        return !name.isEmpty() && !name.equals(".") && !name.equals("..") && name.indexOf('/') < 0 && name.indexOf('\\') < 0;
    }

    private static void quietlyDeleteTree(Path root) {
        try {
            deleteTree(root);
        } catch (IOException e) {
            // Best effort while a failure or a signal is handled; the next export removes the rest.
        }
    }

    /** Deletes a folder and everything in it, never following a link out of it. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
