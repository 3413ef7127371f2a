package org.conditioncontent.cli.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.conditioncontent.loader.ArticleFiles;
import org.jspecify.annotations.Nullable;

/**
 * Watches the previewed folders, recursively (folders created later are watched too), and the
 * folder of each file given by name, and calls back once after a burst of changes: an editor's save is often several events
 * (a temporary file written, renamed, the old one deleted), and one reload should follow it.
 * It also calls back once as soon as it watches, since a file saved before then (while the
 * articles were first loaded, say) raised no event. Closing it stops the watching thread.
 *
 * <p>A folder renamed inside a tree is watched under its new name, and one moved out of the trees
 * is no longer watched. A folder given that is moved away, deleted or made again (a branch
 * switched, a copy put in its place) is looked for again every {@link #ROOT_CHECK_MILLIS} ms, and
 * watched anew when it is back: its parent is not watched, so no event would say so. A folder that
 * cannot be watched (the system's limit of watches reached) is reported, once for each reason,
 * rather than left unwatched without a word. One thread, the watch's own, changes what is
 * watched: the events, the look at the folders given and the walk after lost events never race.
 */
final class FolderWatch implements AutoCloseable {

    /** How often the folders given are looked for again, in case one was replaced (ms). */
    static final long ROOT_CHECK_MILLIS = 1000;

    /** How a folder is watched: {@link #WATCH}, or otherwise in tests. */
    @FunctionalInterface
    interface Registrar {
        /**
         * Watches a folder.
         *
         * @param service the watch service
         * @param folder the folder
         * @return its key, which may be the key it already had when the folder was watched under another name
         * @throws IOException if it cannot be watched
         */
        WatchKey register(WatchService service, Path folder) throws IOException;
    }

    /** Watches a folder for files and folders made, deleted and changed in it. */
    static final Registrar WATCH = (service, folder) -> folder.register(service,
            StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);

    /**
     * A folder given, or the folder of a file given, and what it was when last watched. Its
     * folder is taken where links lead: two roots that reach one folder by different names (a
     * folder given through a link, and a file in it) then watch it under one name.
     */
    private static final class Root {
        final Path given;
        final boolean tree;
        /** The file system's identity of the folder watched ({@code fileKey}), or null when it was absent. */
        @Nullable Object identity;
        /** Where the folder was watched, or null when it was absent. */
        @Nullable Path watchedAt;

        Root(Path given, boolean tree) {
            this.given = given;
            this.tree = tree;
        }
    }

    private final WatchService service;
    private final Registrar registrar;
    private final Runnable changed;
    private final Consumer<String> problems;
    private final long quietMillis;
    /** The longest a burst of changes that does not end postpones a reload, in nanoseconds. */
    private final long maxPostponeNanos;
    private final List<Root> roots = new ArrayList<>();
    /**
     * The folders watched, by their path as text: sorted, so that the folders inside one are a
     * range of it ({@link #forget}). Changed only by the watch's thread (and the constructor,
     * before it starts); read by tests from others.
     */
    private final ConcurrentSkipListMap<String, WatchKey> keys = new ConcurrentSkipListMap<>();
    private final Set<String> reported = new HashSet<>();
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
     * @param problems told, once for each reason, of a folder that cannot be watched, in a
     *     sentence for people; called on the watch's thread (or the caller's, at the start)
     * @throws UncheckedIOException if a folder given cannot be watched
     */
    FolderWatch(List<Path> roots, long quietMillis, long maxPostponeMillis, Runnable changed, Consumer<String> problems) {
        this(roots, quietMillis, maxPostponeMillis, changed, problems, null);
    }

    /**
     * Starts watching, with folders watched by {@code registrar} (tests use it to fail).
     *
     * @see #FolderWatch(List, long, long, Runnable, Consumer)
     */
    FolderWatch(List<Path> roots, long quietMillis, long maxPostponeMillis, Runnable changed, Consumer<String> problems,
            @Nullable Registrar registrar) {
        this.changed = changed;
        this.problems = problems;
        this.quietMillis = quietMillis;
        this.maxPostponeNanos = TimeUnit.MILLISECONDS.toNanos(maxPostponeMillis);
        this.registrar = registrar != null ? registrar : WATCH;
        try {
            this.service = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch the articles for changes: " + e.getMessage(), e);
        }
        try {
            for (Path given : roots) {
                Path absolute = given.toAbsolutePath().normalize();
                Path folder = absolute.getParent();
                if (Files.isDirectory(absolute)) {
                    this.roots.add(new Root(absolute, true));
                } else if (folder != null) {
                    this.roots.add(new Root(folder, false)); // a file's own folder, not the tree around it
                }
            }
            for (Root root : this.roots) {
                watchRoot(root);
            }
        } catch (IOException e) {
            closeService(); // the system's watches it took are its to give back
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

    /** Watches a root's folder (and, for a folder given, the folders in it), and notes which folder that is. */
    private void watchRoot(Root root) throws IOException {
        Path folder = root.given.toRealPath();
        if (root.tree) {
            registerTree(folder);
        } else {
            register(folder);
        }
        root.identity = Files.readAttributes(folder, BasicFileAttributes.class).fileKey();
        root.watchedAt = folder;
    }

    /**
     * Looks for each folder given again: one that is no longer the folder watched (moved away,
     * deleted, made again) stops being watched where it was and is watched again when it is back,
     * and the articles are loaded again.
     */
    private void checkRoots() {
        boolean replaced = false;
        for (Root root : roots) {
            Path folder;
            Object now;
            try {
                folder = root.given.toRealPath();
                now = Files.readAttributes(folder, BasicFileAttributes.class).fileKey();
            } catch (IOException e) {
                folder = null;
                now = null; // absent for now
            }
            if (folder != null && folder.equals(root.watchedAt) && Objects.equals(now, root.identity) && isWatched(folder)) {
                continue;
            }
            if (folder == null && root.watchedAt == null) {
                continue; // still absent
            }
            replaced = true;
            Path before = root.watchedAt;
            if (before != null) {
                forget(before, root.tree);
            }
            root.identity = null;
            root.watchedAt = null;
            if (folder != null) {
                try {
                    watchRoot(root);
                } catch (NoSuchFileException | NotDirectoryException e) {
                    // Gone again meanwhile: looked for again at the next check.
                } catch (IOException e) {
                    report(folder, e);
                }
            }
        }
        if (replaced) {
            schedule(0);
        }
    }

    private boolean isWatched(Path folder) {
        WatchKey key = keys.get(folder.toString());
        return key != null && key.isValid();
    }

    /** Whether new folders made in {@code folder} are watched: it is inside a folder given. */
    private boolean isInTree(Path folder) {
        for (Root root : roots) {
            if (root.tree && root.watchedAt != null && folder.startsWith(root.watchedAt)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Watches a folder and the folders in it, less those the search passes over ({@code .git},
     * {@code node_modules}, other hidden folders): no article is ever read from them, and a large
     * {@code node_modules} would use up the system's watches and reload the preview on every
     * install. Links to folders are not followed, as the search does not descend into them. A
     * folder inside that cannot be watched is reported, and the others are still watched.
     *
     * @throws IOException if {@code folder} itself cannot be watched
     */
    private void registerTree(Path folder) throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (!dir.equals(folder) && ArticleFiles.isPassedOverFolder(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                try {
                    register(dir);
                } catch (NoSuchFileException | NotDirectoryException e) {
                    if (dir.equals(folder)) {
                        throw e;
                    }
                    return FileVisitResult.SKIP_SUBTREE; // removed meanwhile: the reload will not find it either
                } catch (IOException e) {
                    if (dir.equals(folder)) {
                        throw e;
                    }
                    report(dir, e);
                    return FileVisitResult.SKIP_SUBTREE;
                }
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
        return keys.keySet().stream().map(Path::of).collect(Collectors.toUnmodifiableSet());
    }

    private void register(Path folder) throws IOException {
        if (isWatched(folder)) {
            return;
        }
        WatchKey key = registrar.register(service, folder);
        if (!folder.equals(key.watchable())) {
            // The folder was watched under another name, and renamed: the key it kept would go on
            // naming the old place (and a polling watch service would look there, find nothing and
            // cancel it). Watched again, it is watched where it is now.
            keys.remove(key.watchable().toString(), key);
            key.cancel();
            key = registrar.register(service, folder);
        }
        keys.put(folder.toString(), key);
    }

    /**
     * Stops watching a folder and, with {@code below}, the folders in it. A folder watched under
     * another name by now (moved from one watched folder to another, the event of its arrival
     * read first) has its key under that name, and stays watched.
     */
    private void forget(Path folder, boolean below) {
        String name = folder.toString();
        WatchKey own = keys.remove(name);
        if (own != null) {
            own.cancel();
        }
        if (below && own != null) {
            // The folders inside: the range of names that begin with this one and a separator.
            char separator = folder.getFileSystem().getSeparator().charAt(0);
            Map<String, WatchKey> inside = keys.subMap(name + separator, name + (char) (separator + 1));
            for (WatchKey key : List.copyOf(inside.values())) {
                key.cancel();
            }
            inside.clear();
        }
    }

    private void forgetKey(WatchKey key) {
        keys.remove(key.watchable().toString(), key);
    }

    /**
     * The watch's thread: reads the events as they come, and every {@link #ROOT_CHECK_MILLIS}
     * looks at the folders given. A failure is reported and the watch goes on.
     */
    private void watch() {
        long nextCheck = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ROOT_CHECK_MILLIS);
        try {
            while (true) {
                long wait = Math.max(0, nextCheck - System.nanoTime());
                WatchKey key = service.poll(wait, TimeUnit.NANOSECONDS);
                try {
                    if (key != null) {
                        // Every key signalled now, then one walk if events were lost: the system
                        // tells each key of the loss, and one walk finds what they all missed.
                        boolean lost = false;
                        for (WatchKey next = key; next != null; next = service.poll()) {
                            lost |= take(next);
                        }
                        if (lost) {
                            rewatchTrees();
                        }
                        schedule(quietMillis);
                    }
                    if (System.nanoTime() - nextCheck >= 0) {
                        checkRoots();
                        nextCheck = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ROOT_CHECK_MILLIS);
                    }
                } catch (RuntimeException e) {
                    problems.accept("The preview's watch of the folders failed (" + e + "); it goes on watching.");
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the preview is stopping
        }
    }

    /** Takes a key's events: folders made inside a tree are watched, folders gone are not. Whether events were lost. */
    private boolean take(WatchKey key) {
        Path folder = (Path) key.watchable();
        boolean tree = isInTree(folder);
        boolean lost = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                lost = true;
            } else if (event.context() instanceof Path name) {
                Path child = folder.resolve(name);
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                    // A link to a folder is not a folder the search descends into: a link to /
                    // brought by a pull would otherwise have every folder of the disk watched.
                    if (tree && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS) && !ArticleFiles.isPassedOverFolder(child)) {
                        registerQuietly(child);
                    }
                } else if (event.kind() == StandardWatchEventKinds.ENTRY_DELETE) {
                    forget(child, true); // deleted, or moved: to where it is watched again if inside
                }
            }
        }
        if (!key.reset()) {
            forgetKey(key);
        }
        return lost;
    }

    private void rewatchTrees() {
        for (Root root : roots) {
            if (root.tree && root.watchedAt != null) {
                registerQuietly(root.watchedAt);
            }
        }
    }

    private void registerQuietly(Path folder) {
        try {
            registerTree(folder);
        } catch (NoSuchFileException | NotDirectoryException e) {
            // Removed again before it could be watched: the reload will not find it either.
        } catch (IOException e) {
            report(folder, e);
        }
    }

    /** Tells of a folder that cannot be watched, once for each reason (the limit reached is one reason for many folders). */
    private void report(Path folder, IOException e) {
        // A file system exception's message is its file's name; its reason (when it has one) says why.
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            reason = e.getClass().getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT)
                    .replace(" exception", "");
        }
        if (!reported.add(e.getClass().getName() + ": " + reason)) {
            return;
        }
        String remedy = reason.contains("inotify")
                ? "raise the system's limit (sysctl fs.inotify.max_user_watches) or preview fewer folders, and restart the preview"
                : "changes there show after a change elsewhere, or when the preview is restarted";
        problems.accept("The preview cannot watch " + folder + " for changes (" + reason
                + "), nor other folders for the same reason: " + remedy + ".");
    }

    /**
     * Runs {@code changed} after {@code delayMillis}, in place of a pending run that has not
     * started: each event of a burst postpones the reload, until the burst has lasted
     * {@link #maxPostponeNanos}, when the pending run is left to run as due. An event that comes
     * while a run is under way begins a new burst, with a run of its own after that one: the run
     * under way may have read the files before the change.
     */
    private synchronized void schedule(long delayMillis) {
        if (timer.isShutdown()) {
            return; // closed: the preview is stopping
        }
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
        closeService();
        thread.interrupt();
        timer.shutdownNow();
    }

    private void closeService() {
        try {
            service.close();
        } catch (IOException e) {
            // Nothing is left to release that closing again could.
        }
    }
}
