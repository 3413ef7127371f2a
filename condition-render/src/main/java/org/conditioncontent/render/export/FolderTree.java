package org.conditioncontent.render.export;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Deletes a folder and everything in it, never following a link out of it, several files at once
 * when there are many: what an export does with the old format folders {@link FolderSwap}
 * replaced and with the workspace an interrupted export left. Holds no state; may be called from
 * any thread, though two deletions of one tree at once race for its files and one may fail.
 */
public final class FolderTree {

    // How many files delete removes at once. Removing a file whose blocks were written waits for
    // the file system to free them (on a disk mounted with discard, a discard request each), and
    // such waits overlap: an export's 30,002 files took 51 s one by one and 7.5 s eight at a time
    // on the machine of docs/performance.md.
    static final int DELETERS = 8;

    /** Below this many files a tree is deleted by the calling thread alone. */
    private static final int DELETED_ALONE = 256;

    private FolderTree() {}

    /**
     * Deletes a folder and everything in it, never following a link out of it: a link is deleted,
     * not what it leads to. A path that does not exist is no error; a file or a link is deleted.
     * A folder is checked not to be a link before it is listed by its path, so one that another
     * process swaps for a link between the two is not guarded against.
     *
     * <p>When a folder holds many entries (256 or more), up to seven threads besides the caller's
     * delete them, and the method returns once all have ended; an interrupt of the caller does not
     * cut that short, and is set again on return. Where the platform can (Linux), each entry is
     * deleted by its name in the listed folder, which saves reading its attributes.
     *
     * @param root the folder
     * @throws IOException if an entry cannot be listed or deleted: one such failure, after which
     *     no thread starts deleting another entry (those being deleted finish)
     * @throws NullPointerException if {@code root} is {@code null}
     */
    public static void delete(Path root) throws IOException {
        // By name: a walk that reads every entry's attributes and a Files.deleteIfExists that reads
        // them again before the unlink cost two statx calls per file more, and the walk ran on one
        // thread before any deleter started (docs/performance.md, "export's files and phases,
        // round 8"). An entry that is a folder fails that call and is emptied in turn; any other
        // failure is repeated through Files.deleteIfExists, so that the exception names the path.
        delete(Objects.requireNonNull(root, "root must not be null"), true);
    }

    /**
     * Deletes a tree as {@link #delete(Path)} does.
     *
     * @param root the folder
     * @param byName whether to delete the entries by their names in the listed folder when the
     *     platform can; false takes the way of the platforms that cannot, for tests
     * @throws IOException if an entry cannot be listed or deleted; the first such failure
     */
    static void delete(Path root, boolean byName) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            empty(root, byName);
        }
        Files.deleteIfExists(root);
    }

    /** Deletes everything inside a folder (never followed through a link: the caller checked). */
    private static void empty(Path folder, boolean byName) throws IOException {
        List<Path> entries = new ArrayList<>();
        List<Path> folders = Collections.synchronizedList(new ArrayList<>());
        try (DirectoryStream<Path> listed = Files.newDirectoryStream(folder)) {
            try {
                for (Path entry : listed) {
                    entries.add(entry);
                }
            } catch (DirectoryIteratorException e) {
                // The listing's own failure, unchecked in the iterator: reported as the IOException it is.
                throw e.getCause();
            }
            @Nullable SecureDirectoryStream<Path> inFolder = byName && listed instanceof SecureDirectoryStream<Path> s ? s : null;
            deleteAll(entries.size(), i -> {
                Path entry = entries.get(i);
                if (inFolder != null && deletedByName(inFolder, entry)) {
                    return;
                }
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    folders.add(entry); // emptied below, once every entry beside it is gone
                } else {
                    Files.deleteIfExists(entry);
                }
            });
        }
        for (Path inside : folders) {
            empty(inside, byName);
            Files.deleteIfExists(inside);
        }
    }

    /**
     * Deletes a file or a link by its name in the listed folder, without reading its attributes.
     *
     * @return false if that failed: the entry is a folder, is gone, or cannot be deleted
     */
    private static boolean deletedByName(SecureDirectoryStream<Path> inFolder, Path entry) {
        try {
            inFolder.deleteFile(Objects.requireNonNull(entry.getFileName(), "a listed entry has a name"));
            return true;
        } catch (IOException e) {
            return false; // the caller finds out which, the usual way
        }
    }

    /** Deletes one entry of a folder's listing. */
    @FunctionalInterface
    private interface Deletion {
        void delete(int entry) throws IOException;
    }

    /** Deletes entries {@code 0} to {@code count - 1}, on {@link #DELETERS} threads when there are many. */
    private static void deleteAll(int count, Deletion deletion) throws IOException {
        if (count < DELETED_ALONE) {
            for (int i = 0; i < count; i++) {
                deletion.delete(i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<IOException> failure = new AtomicReference<>();
        Runnable deleter = () -> {
            for (int i = next.getAndIncrement(); i < count && failure.get() == null; i = next.getAndIncrement()) {
                try {
                    deletion.delete(i);
                } catch (IOException e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        List<Thread> threads = new ArrayList<>(DELETERS - 1);
        for (int t = 1; t < DELETERS; t++) {
            Thread thread = new Thread(deleter, "conditions-export-delete-" + t);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        deleter.run(); // the calling thread is one of the deleters
        joinAll(threads);
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /**
     * Waits until every thread has ended. The threads end on their own (their work is finite, or
     * they were interrupted), so an interrupt of the caller does not stop the wait: it is kept and
     * set again on return.
     *
     * @param threads the threads, started
     */
    private static void joinAll(List<Thread> threads) {
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
