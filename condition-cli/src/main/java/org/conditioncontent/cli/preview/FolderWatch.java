package org.conditioncontent.cli.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.conditioncontent.loader.ArticleFiles;
import org.jspecify.annotations.Nullable;

/**
 * Watches the previewed folders, recursively (folders created later are watched too), and the
 * folder of each file given by name, and calls back once after a burst of changes: an editor's save is often several events
 * (a temporary file written, renamed, the old one deleted), and one reload should follow it.
 * It also calls back once as soon as it watches, since a file saved before then (while the
 * articles were first loaded, say) raised no event. Closing it stops the watching thread.
 */
final class FolderWatch implements AutoCloseable {

    private final WatchService service;
    private final Runnable changed;
    private final long quietMillis;
    /** The longest a burst of changes that does not end postpones a reload, in nanoseconds. */
    private final long maxPostponeNanos;
    private final Set<Path> watched = ConcurrentHashMap.newKeySet();
    /** The folders inside a folder given, whose new subfolders are watched too. */
    private final Set<Path> trees = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer;
    private final Thread thread;
    private @Nullable ScheduledFuture<?> pending;
    /** When the burst whose reload is pending began ({@link System#nanoTime()}). */
    private long burstStart;

    /**
     * Starts watching.
     *
     * @param roots the files and folders given; a file's folder is watched
     * @param quietMillis how long no event must come before {@code changed} runs
     * @param maxPostponeMillis the longest a burst that does not end (a log written to every
     *     50 ms beside the articles) postpones {@code changed}: after that it runs, and the
     *     burst's later events make another reload
     * @param changed what to do after a burst of changes, and once right away; runs on the watch's
     *     own timer thread, never twice at once
     * @throws UncheckedIOException if the file system cannot be watched
     */
    FolderWatch(List<Path> roots, long quietMillis, long maxPostponeMillis, Runnable changed) {
        this.changed = changed;
        this.quietMillis = quietMillis;
        this.maxPostponeNanos = TimeUnit.MILLISECONDS.toNanos(maxPostponeMillis);
        try {
            this.service = FileSystems.getDefault().newWatchService();
            for (Path root : roots) {
                Path absolute = root.toAbsolutePath().normalize();
                Path folder = absolute.getParent();
                if (Files.isDirectory(absolute)) {
                    registerRoot(absolute);
                } else if (folder != null) {
                    register(folder); // a file's own folder, not the tree around it
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch the articles for changes: " + e.getMessage(), e);
        }
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("conditions-preview-reload"));
        this.thread = daemon("conditions-preview-watch").newThread(this::watch);
        thread.start();
        // Everything is watched from here on; what changed before is caught by one call now.
        schedule(0);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Watches a folder given and the folders in it (see {@link #registerTree(Path)}). A folder
     * given as a link is watched where it leads, as the search reads it there; the walk would
     * take the link itself for a file.
     */
    private void registerRoot(Path given) throws IOException {
        registerTree(Files.isSymbolicLink(given) ? given.toRealPath() : given);
    }

    /**
     * Watches a folder and the folders in it, less those the search passes over ({@code .git},
     * {@code node_modules}, other hidden folders): no article is ever read from them, and a large
     * {@code node_modules} would use up the system's watches and reload the preview on every
     * install. Links to folders are not followed, as the search does not descend into them.
     */
    private void registerTree(Path folder) throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (!dir.equals(folder) && ArticleFiles.isPassedOverFolder(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                trees.add(dir);
                register(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(folder)) {
                    throw e;
                }
                return FileVisitResult.CONTINUE; // removed or unreadable meanwhile: the reload says so
            }
        });
    }

    /** The folders watched, for tests. */
    Set<Path> watchedFolders() {
        return Set.copyOf(watched);
    }

    private void register(Path folder) throws IOException {
        if (watched.add(folder)) {
            folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                    StandardWatchEventKinds.ENTRY_MODIFY);
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = service.take();
                Path folder = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path name && event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                        Path created = folder.resolve(name);
                        // A link to a folder is not a folder the search descends into: a link to /
                        // brought by a pull would otherwise have every folder of the disk watched.
                        if (trees.contains(folder) && Files.isDirectory(created, LinkOption.NOFOLLOW_LINKS)
                                && !ArticleFiles.isPassedOverFolder(created)) {
                            registerQuietly(created);
                        }
                    }
                }
                if (!key.reset()) {
                    watched.remove(folder);
                }
                schedule(quietMillis);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the preview is stopping
        }
    }

    private void registerQuietly(Path folder) {
        try {
            registerTree(folder);
        } catch (IOException e) {
            // Removed again before it could be watched: the reload will not find it either.
        }
    }

    /**
     * Runs {@code changed} after {@code delayMillis}, in place of a pending run that has not
     * started: each event of a burst postpones the reload, until the burst has lasted
     * {@link #maxPostponeNanos}, when the pending run is left to run as due. An event that comes
     * while a run is under way begins a new burst, with a run of its own after that one: the run
     * under way may have read the files before the change.
     */
    private synchronized void schedule(long delayMillis) {
        long now = System.nanoTime();
        ScheduledFuture<?> waiting = pending;
        if (waiting != null && !waiting.isDone() && waiting.getDelay(TimeUnit.NANOSECONDS) > 0) {
            if (now - burstStart >= maxPostponeNanos) {
                return;
            }
            if (!waiting.cancel(false)) {
                burstStart = now; // it started meanwhile: this event begins the next burst
            }
        } else {
            burstStart = now;
        }
        pending = timer.schedule(changed, delayMillis, TimeUnit.MILLISECONDS);
    }

    /** Stops watching; a reload already running finishes. */
    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // Nothing is left to release that closing again could.
        }
        thread.interrupt();
        timer.shutdownNow();
    }
}
