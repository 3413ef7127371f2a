package org.conditioncontent.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import org.conditioncontent.render.export.FolderSwap;

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
 *       hook deletes the workspace, and {@code OUT} itself and its parents if the export made
 *       them and they are still empty. One during the swap waits for the swap to end (a few
 *       renames).
 *   <li>After a SIGKILL or a power cut, the next export into {@code OUT} finds the workspace
 *       before it does anything else: with a journal, it finishes the swap (the new folders were
 *       complete before the journal was written); without one, it deletes the unfinished files.
 *       Either way it says so on standard error.
 * </ul>
 *
 * <p>The swap, its journal and the recovery are {@link FolderSwap}'s, which the Maven plugin's
 * export shares; this class adds the staging on several threads and the shutdown hook. Files are
 * not forced to the disk, which would cost a sync per file: after a power cut the
 * journal is replayed, but the files' content is only as safe as the file system keeps it. An
 * export into a folder that another running process exports into stops before it changes anything
 * ({@link FolderSwap#begin}). {@link #stage} may be called from
 * several threads at once, and the shutdown hook may run while they stage; the other methods are
 * for one thread.
 */
final class StagedExport implements AutoCloseable {

    /** The workspace's name inside the output folder. */
    static final String WORKSPACE = FolderSwap.WORKSPACE;

    private final Path out;
    private final FolderSwap swap;
    private final Path workspace;
    private final Path fresh;
    /**
     * Staging takes the read lock, so that several threads can write files at once; everything
     * that changes the workspace as a whole (the swap, the clean-up, the shutdown hook) takes the
     * write lock, so that it never runs while a file is half written.
     */
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Thread hook;
    private final Set<String> replaceable = ConcurrentHashMap.newKeySet();
    private final Map<Path, Boolean> created = new ConcurrentHashMap<>();
    /**
     * The folders this export made to hold its workspace, the output folder first, then each
     * parent it made: an export that ends without its commit removes them again if they are
     * empty, so that it leaves no new folder behind. Only a folder this export's own call
     * created is listed, never one that another process made meanwhile. Guarded by the lock.
     */
    private final List<Path> made = new ArrayList<>();
    private volatile boolean swapping;
    private volatile boolean finished;
    private volatile boolean cancelled;

    private StagedExport(Path out) {
        this.out = out;
        this.swap = FolderSwap.into(out);
        this.workspace = swap.workspace();
        this.fresh = swap.staging();
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
            export.makeWorkspace();
        } catch (FolderSwap.Failure e) {
            export.close();
            throw e.kind() == FolderSwap.Failure.Kind.BUSY ? new CommandFailure(e.busyNote(out)) : CommandFailure.cannotWrite(out, cause(e));
        } catch (IOException e) {
            export.close();
            throw CommandFailure.cannotWrite(out, e);
        } catch (RuntimeException | Error e) {
            export.close(); // the hold on the folder and the shutdown hook go too
            throw e;
        }
        return export;
    }

    /**
     * Makes the output folder where it is missing, one folder at a time from the first missing
     * parent down, noting each this call created, then the workspace in it. Under the staging
     * lock, so that a signal meanwhile waits for the list to be whole before it cleans up.
     */
    private void makeWorkspace() throws IOException {
        Lock staging = lock.readLock();
        staging.lock();
        try {
            if (cancelled) {
                return; // shutting down: nothing is made, and the first file staged says so
            }
            List<Path> missing = new ArrayList<>();
            for (Path p = out.toAbsolutePath().normalize(); p != null && Files.notExists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
                missing.add(p);
            }
            for (int i = missing.size() - 1; i >= 0; i--) {
                try {
                    Files.createDirectory(missing.get(i));
                    made.add(0, missing.get(i)); // deepest first
                } catch (FileAlreadyExistsException e) {
                    // Made by someone else since it was found missing: theirs, never removed.
                }
            }
            swap.begin();
            Files.createDirectories(fresh);
        } finally {
            staging.unlock();
        }
    }

    /**
     * Writes one file of the new export into the workspace.
     *
     * @param relative its path inside the output folder, such as {@code html/index.html}
     * @param content what to write; it may stage other files itself, each written whole before it
     *     returns
     * @throws CommandFailure if it cannot be written, or the process is shutting down
     */
    void stage(String relative, StagedFiles.Content content) {
        Lock staging = lock.readLock();
        staging.lock();
        try {
            if (cancelled) {
                throw new CommandFailure("the export was stopped; " + out + " is as it was");
            }
            Path file = fresh.resolve(relative);
            try {
                String folder = relative.substring(0, Math.max(0, relative.indexOf('/')));
                if (!replaceable.contains(folder)) {
                    // Until a check passes, every file of the folder checks it, so that the one
                    // reported is the first, whichever thread got there first.
                    swap.requireReplaceable(folder);
                    replaceable.add(folder);
                }
                // Made once per folder: for thousands of files, asking again cost a failed
                // mkdir, its exception and a stat each time.
                created.computeIfAbsent(file.getParent(), StagedExport::createFolder);
                // An export thread writes every file through its own writers (a second one for a
                // file staged while another is written, as the bundle stages the JSON files);
                // any other caller gets one for the file.
                StagingThread thread = Thread.currentThread() instanceof StagingThread t ? t : null;
                StagingWriter w = thread != null ? thread.take() : new StagingWriter();
                try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    w.open(channel);
                    content.writeTo(w);
                    w.finish();
                } finally {
                    w.release(); // after a failure too: nothing of this file may reach the thread's next one
                    if (thread != null) {
                        thread.give();
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                throw CommandFailure.cannotWrite(out.resolve(relative), e);
            }
        } finally {
            staging.unlock();
        }
    }

    /**
     * A thread of {@link #stageAll}, with the writers it writes its files through: one for each
     * file being written at once, which is one, or two while a file's content stages another.
     */
    private static final class StagingThread extends Thread {
        private final List<StagingWriter> writers = new ArrayList<>(2);
        private int inUse;

        StagingThread(Runnable task, String name) {
            super(task, name);
        }

        /** The writer for the file this thread starts, made the first time this many are open at once. */
        StagingWriter take() {
            if (inUse == writers.size()) {
                writers.add(new StagingWriter());
            }
            return writers.get(inUse++);
        }

        /** The file taken last is written: its writer is free for the next. */
        void give() {
            inUse--;
        }
    }

    /**
     * One file of an export.
     *
     * @param relative its path inside the output folder, such as {@code html/index.html}
     * @param content what to write
     * @param wholeCorpus whether it is made from every article (an index, a bundle): such files
     *     take long, and are started first, so that the export does not end on one of them while
     *     the other threads have nothing left to do
     */
    record Document(String relative, StagedFiles.Content content, boolean wholeCorpus) {}

    /**
     * Writes files of the new export into the workspace, several at once: rendering an article is
     * work for a processor, and every core can do it. The files are the same as {@link #stage}
     * writes one by one, in any order, and the failure reported is the same too: that of the
     * first file, in list order, that could not be written, after every file before it was
     * written. Every thread started has ended when this returns or throws.
     *
     * @param documents the files, in the order a failure is looked for in
     * @param parallelism how many files to write at once
     * @throws CommandFailure if a file cannot be written, or the process is shutting down
     */
    void stageAll(List<Document> documents, int parallelism) {
        List<Thread> started = Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, parallelism), task -> {
            Thread thread = new StagingThread(task, "conditions-export-" + (started.size() + 1));
            thread.setDaemon(true); // never keeps the JVM alive, even if a renderer hangs
            started.add(thread);
            return thread;
        });
        try {
            Future<?>[] written = new Future<?>[documents.size()];
            // Opened when every file is written or one failed: waiting on each file in turn woke
            // this thread once a file it waited for (20,002 times in an export of 10,000 articles in
            // three formats), a thread that had nothing to do but wait.
            CountDownLatch doneOrFailed = new CountDownLatch(documents.isEmpty() ? 0 : 1);
            AtomicInteger left = new AtomicInteger(documents.size());
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < documents.size(); i++) {
                    Document d = documents.get(i);
                    if (d.wholeCorpus() == (pass == 0)) {
                        written[i] = threads.submit(() -> {
                            try {
                                stage(d.relative(), d.content());
                            } catch (RuntimeException | Error e) {
                                doneOrFailed.countDown();
                                throw e;
                            } finally {
                                if (left.decrementAndGet() == 0) {
                                    doneOrFailed.countDown();
                                }
                            }
                        });
                    }
                }
            }
            awaitDoneOrFailed(doneOrFailed);
            // Every file is written, or one failed: the failure reported is still the first in
            // list order, once every file before it is written.
            for (Future<?> file : written) {
                awaitWritten(file);
            }
        } finally {
            // A failure leaves the files after it unwritten: they are not started, and those
            // being written are stopped, before the workspace is cleaned up.
            threads.shutdownNow();
            awaitEnd(threads);
            // A terminated pool has run its last task, but its threads may still be on their way
            // out (a test saw one still alive on a loaded machine): join them, so that none outlives the export. A
            // terminated pool starts no more threads, so the list is complete.
            joinEvery(List.copyOf(started));
        }
    }

    private static CommandFailure interruptedWhileWriting() {
        return new CommandFailure("the export was interrupted; nothing was replaced");
    }

    private static void awaitDoneOrFailed(CountDownLatch doneOrFailed) {
        try {
            doneOrFailed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interruptedWhileWriting();
        }
    }

    private static void awaitWritten(Future<?> file) {
        try {
            file.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interruptedWhileWriting();
        }
    }

    private static void awaitEnd(ExecutorService threads) {
        boolean interrupted = false;
        while (true) {
            try {
                if (threads.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Swaps the staged folders in for the output folder's, then deletes the workspace and the old
     * folders.
     *
     * @param folders the folders written, such as {@code html} and {@code json}
     * @return true if the workspace was deleted; false if the export is in place but the old
     *     folders could not be deleted, which the next export does
     * @throws CommandFailure if the swap fails; the folders swapped so far are put back first, or,
     *     if that fails too, left for the next export to finish
     */
    boolean commit(List<String> folders) {
        Lock whole = lock.writeLock();
        whole.lock();
        try {
            if (cancelled) {
                throw new CommandFailure("the export was stopped; " + out + " is as it was");
            }
            // Under the lock from here to the end, so that a signal meanwhile waits for the swap,
            // and close() knows whether a journal was left for the next export to finish.
            swapping = true;
            boolean cleaned;
            try {
                cleaned = swap.commit(folders);
            } catch (FolderSwap.Failure e) {
                swapping = e.kind() == FolderSwap.Failure.Kind.LEFT_FOR_RECOVERY;
                throw switch (e.kind()) {
                    case FOLDER_IN_THE_WAY, NOT_STARTED -> CommandFailure.cannotWrite(e.path(), cause(e));
                    case PUT_BACK -> new CommandFailure("cannot write " + out + ": " + CommandFailure.reason(cause(e))
                            + "; it is as it was", cause(e));
                    case LEFT_FOR_RECOVERY -> new CommandFailure("cannot write " + out + ": " + CommandFailure.reason(cause(e))
                            + "; the next export into it finishes this one", cause(e));
                    case WORKSPACE_IN_THE_WAY, NOT_RECOVERED, BUSY -> new IllegalStateException("a commit does not recover", e);
                };
            }
            // Whether or not the old folders could be deleted: the export is in place, and the next
            // one removes what is left here.
            finished = true;
            return cleaned;
        } finally {
            whole.unlock();
        }
    }

    /**
     * Deletes the workspace, and the folders the export made to hold it, unless the export was
     * committed; ends the swap's hold on the folder ({@link FolderSwap#close}) and forgets the
     * shutdown hook.
     */
    @Override
    public void close() {
        Lock whole = lock.writeLock();
        whole.lock();
        try {
            if (!finished && !swapping) {
                quietlyAbandon();
                removeMade();
            }
            finished = true;
        } finally {
            // Over, whether it ended well or not: this process's next export into the folder
            // recovers what is left, rather than waiting for this one.
            swap.close();
            whole.unlock();
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
        // Stops new files at once; the lock then waits for the files being written to be closed.
        cancelled = true;
        Lock whole = lock.writeLock();
        whole.lock();
        try {
            if (!finished && !swapping) {
                quietlyAbandon();
                removeMade();
            }
        } finally {
            whole.unlock();
        }
    }

    /**
     * Removes the folders this export made, deepest first, as far as they are empty: a folder that
     * something else has put a file in since is kept, and so are its parents. The caller holds the
     * write lock.
     */
    private void removeMade() {
        for (Path folder : made) {
            try {
                Files.deleteIfExists(folder);
            } catch (IOException e) {
                return; // not empty, or not ours to remove: it stays, and so do its parents
            }
        }
    }

    private void recover(Consumer<String> said) {
        try {
            swap.recover().ifPresent(done -> said.accept(done.note(out)));
        } catch (FolderSwap.Failure e) {
            throw switch (e.kind()) {
                case WORKSPACE_IN_THE_WAY -> new CommandFailure(workspace + " is in the way: it is the export's working folder,"
                        + " but not a folder; remove it");
                case BUSY -> new CommandFailure(e.busyNote(out));
                default -> new CommandFailure("cannot recover the interrupted export in " + workspace + ": "
                        + CommandFailure.reason(cause(e)) + "; move " + WORKSPACE + " out of the way to start afresh", cause(e));
            };
        }
    }

    /** The exception behind a failure of the swap, which the command's message explains. */
    private static Exception cause(FolderSwap.Failure e) {
        return e.getCause() instanceof Exception cause ? cause : e;
    }

    private static Boolean createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            return Boolean.TRUE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes the workspace if this export began it ({@link FolderSwap#abandon}): never another
     * export's that is running.
     */
    private void quietlyAbandon() {
        try {
            swap.abandon();
        } catch (IOException e) {
            // Best effort while a failure or a signal is handled; the next export removes the rest.
        }
    }

    /**
     * Waits until every one of the writers' threads has ended. They end on their own once the
     * pool is shut down, so an interrupt of the caller does not cut the wait short: it is kept,
     * and set again on return.
     */
    private static void joinEvery(List<Thread> threads) {
        boolean interrupted = false;
        for (Thread thread : threads) {
            boolean ended = false;
            while (!ended) {
                try {
                    thread.join();
                    ended = true;
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
