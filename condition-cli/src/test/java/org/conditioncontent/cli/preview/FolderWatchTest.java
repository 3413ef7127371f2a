package org.conditioncontent.cli.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which folders the preview watches: those the search reads articles from, and no others. */
class FolderWatchTest {

    @TempDir
    Path root;

    /** What the watches said they cannot watch. */
    private final List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Test
    void theFoldersTheSearchPassesOverAreNotWatched() throws IOException {
        Path articles = Files.createDirectories(root.resolve("articles"));
        Path nested = Files.createDirectories(articles.resolve("skin/rashes"));
        Files.createDirectories(articles.resolve(".git/objects/ab"));
        Files.createDirectories(articles.resolve("node_modules/some-package/lib"));
        Files.createDirectories(articles.resolve("skin/.drafts"));
        Path hiddenRoot = Files.createDirectories(root.resolve(".articles"));

        try (FolderWatch watch = new FolderWatch(List.of(articles, hiddenRoot), 50, 1000, () -> { }, problems::add)) {
            assertThat(watch.watchedFolders()).as("a hidden folder given by name is watched, as it is searched")
                    .containsExactlyInAnyOrder(articles, articles.resolve("skin"), nested, hiddenRoot);
        }
    }

    @Test
    void aFolderGivenAsALinkIsWatchedWhereItLeads() throws IOException {
        assumeThat(System.getProperty("os.name")).doesNotContainIgnoringCase("windows"); // links need rights there
        Path articles = Files.createDirectories(root.resolve("articles/skin")).getParent().toRealPath();
        Path link = Files.createSymbolicLink(root.resolve("linked"), articles);

        try (FolderWatch watch = new FolderWatch(List.of(link), 50, 1000, () -> { }, problems::add)) {
            assertThat(watch.watchedFolders()).containsExactlyInAnyOrder(articles, articles.resolve("skin"));
        }
    }

    /**
     * A link to a folder made while the preview runs (a pull that brings in {@code x -> /}) is not
     * descended into, as the search does not descend into it: before, its whole target was
     * walked and watched.
     */
    @Test
    void aLinkToAFolderMadeLaterIsNotWatched(@TempDir Path elsewhere) throws Exception {
        assumeThat(System.getProperty("os.name")).doesNotContainIgnoringCase("windows"); // links need rights there
        Path articles = Files.createDirectories(root.resolve("articles"));
        Path outside = Files.createDirectories(elsewhere.resolve("big/tree"));
        AtomicInteger reloads = new AtomicInteger();

        try (FolderWatch watch = new FolderWatch(List.of(articles), 50, 1000, reloads::incrementAndGet, problems::add)) {
            Files.createSymbolicLink(articles.resolve("x"), outside.getParent());
            Path made = Files.createDirectories(articles.resolve("made/later"));
            // The folder made later is watched once the watch has seen it: wait for that, then look.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!watch.watchedFolders().contains(made) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(watch.watchedFolders()).containsExactlyInAnyOrder(articles, articles.resolve("made"), made);
        }
    }

    /**
     * Changes that never stop (a log written to every 30 ms beside the articles) still let the
     * reload run, at most the longest postponement after they began, and again after that: before,
     * each event postponed it, and an article saved meanwhile stayed unseen until the log stopped.
     */
    @Test
    void changesThatNeverStopPostponeAReloadOnlySoLong() throws Exception {
        Path articles = Files.createDirectories(root.resolve("articles"));
        Path log = articles.resolve("build.log");
        AtomicInteger reloads = new AtomicInteger();

        try (FolderWatch watch = new FolderWatch(List.of(articles), 200, 600, reloads::incrementAndGet, problems::add)) {
            assertThat(watch.watchedFolders()).containsExactly(articles);
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(4000);
            while (System.nanoTime() < end) {
                Files.writeString(log, "a line\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                Thread.sleep(30);
            }
            // 4 s of events 30 ms apart: with each postponing the reload, none would have run.
            assertThat(reloads.get()).as("reloads while the log was written").isGreaterThanOrEqualTo(3);
        }
    }

    /**
     * A save that comes while a reload runs, after the burst it belongs to has been postponed as
     * long as it may be, gets a reload of its own: the one running may have read the files before
     * the save. It was dropped, and the page stayed stale until another file changed.
     */
    @Test
    void aChangeWhileAReloadRunsGetsAReloadOfItsOwn() throws Exception {
        Path articles = Files.createDirectories(root.resolve("articles"));
        AtomicInteger reloads = new AtomicInteger();
        java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(1);
        Runnable slowSecondReload = () -> {
            if (reloads.incrementAndGet() == 2) {
                running.countDown();
                try {
                    Thread.sleep(1500); // a cold reload of many articles
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };

        try (FolderWatch watch = new FolderWatch(List.of(articles), 100, 300, slowSecondReload, problems::add)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (reloads.get() < 1 && System.nanoTime() < deadline) {
                Thread.sleep(10); // the first run, made as soon as the watch began
            }
            Files.writeString(articles.resolve("a.yaml"), "id: a\n");
            assertThat(running.await(30, TimeUnit.SECONDS)).as("the save's reload started").isTrue();
            Thread.sleep(500); // the burst began over 300 ms ago; its reload is still running
            Files.writeString(articles.resolve("b.yaml"), "id: b\n");
            while (reloads.get() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(reloads.get()).as("a reload after the one that was running").isGreaterThanOrEqualTo(3);
        }
    }

    /** Waits until the folders watched are as expected, or 30 s have passed (a limit against a hang). */
    private static void awaitWatched(FolderWatch watch, java.util.function.Predicate<java.util.Set<Path>> expected)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!expected.test(watch.watchedFolders()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    /**
     * A folder renamed is watched under its new name, so a folder made in it later is watched too;
     * before, the watch kept the old name, and a folder made in the renamed one was looked for
     * under the old name, not found and never watched.
     */
    @Test
    void aFolderRenamedIsWatchedUnderItsNewNameAndSoIsWhatIsMadeInItLater() throws Exception {
        Path articles = Files.createDirectories(root.resolve("articles"));
        Path skin = Files.createDirectories(articles.resolve("skin/rashes"));

        try (FolderWatch watch = new FolderWatch(List.of(articles), 50, 1000, () -> { }, problems::add)) {
            Path renamed = Files.move(skin.getParent(), articles.resolve("dermatology"));
            awaitWatched(watch, w -> w.contains(renamed.resolve("rashes")));
            assertThat(watch.watchedFolders()).containsExactlyInAnyOrder(articles, renamed, renamed.resolve("rashes"));

            Path later = Files.createDirectories(renamed.resolve("rashes/hives"));
            awaitWatched(watch, w -> w.contains(later));
            assertThat(watch.watchedFolders()).containsExactlyInAnyOrder(articles, renamed, renamed.resolve("rashes"), later);
        }
        assertThat(problems).isEmpty();
    }

    /**
     * A folder moved from one watched folder to another is watched in its new place, whichever of
     * the two folders' events is read first; one moved out of the articles is no longer watched.
     */
    @Test
    void aFolderMovedElsewhereInsideIsWatchedThereAndOneMovedOutIsNot(@TempDir Path elsewhere) throws Exception {
        Path articles = Files.createDirectories(root.resolve("articles"));
        Path from = Files.createDirectories(articles.resolve("from"));
        Path to = Files.createDirectories(articles.resolve("to"));
        Files.createDirectories(from.resolve("moved/inner"));

        try (FolderWatch watch = new FolderWatch(List.of(articles), 50, 1000, () -> { }, problems::add)) {
            Path moved = Files.move(from.resolve("moved"), to.resolve("moved"));
            awaitWatched(watch, w -> w.contains(moved.resolve("inner")) && !w.contains(from.resolve("moved")));
            assertThat(watch.watchedFolders()).containsExactlyInAnyOrder(articles, from, to, moved, moved.resolve("inner"));
            Path made = Files.createDirectory(moved.resolve("inner/made"));
            awaitWatched(watch, w -> w.contains(made));
            assertThat(watch.watchedFolders()).contains(made);

            Files.move(moved, elsewhere.resolve("moved"));
            awaitWatched(watch, w -> !w.contains(moved));
            assertThat(watch.watchedFolders()).containsExactlyInAnyOrder(articles, from, to);
        }
        assertThat(problems).isEmpty();
    }

    /**
     * A folder given that is replaced while the preview runs (deleted and made again, as a branch
     * switch or a fresh copy does) is watched again, and the articles are loaded again: its parent
     * is not watched, so no event says it is back, and before, nothing in it was seen again.
     */
    @Test
    void aFolderGivenThatIsMadeAgainIsWatchedAgain() throws Exception {
        Path articles = Files.createDirectories(root.resolve("articles/skin")).getParent();
        AtomicInteger reloads = new AtomicInteger();

        try (FolderWatch watch = new FolderWatch(List.of(articles), 50, 1000, reloads::incrementAndGet, problems::add)) {
            Files.delete(articles.resolve("skin"));
            Files.delete(articles);
            awaitWatched(watch, java.util.Set::isEmpty);
            assertThat(watch.watchedFolders()).isEmpty();
            Files.createDirectories(articles.resolve("eyes"));
            awaitWatched(watch, w -> w.contains(articles.resolve("eyes")));
            assertThat(watch.watchedFolders()).containsExactlyInAnyOrder(articles, articles.resolve("eyes"));

            // Once watched again, a save in it is seen.
            int before = waitForQuiet(reloads);
            Files.writeString(articles.resolve("eyes/dry-eye.yaml"), "id: dry-eye\n");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (reloads.get() == before && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(reloads.get()).as("a reload after the save").isGreaterThan(before);
        }
    }

    /**
     * A folder given that is moved away is no longer watched where it went, and one put in its
     * place is watched: the watch follows the folder, not the name, so before, the copy put in its
     * place was never watched and the old one, elsewhere, still was.
     */
    @Test
    void aFolderGivenThatIsMovedAwayAndReplacedIsWatchedInItsPlace(@TempDir Path elsewhere) throws Exception {
        Path articles = Files.createDirectories(root.resolve("articles"));

        try (FolderWatch watch = new FolderWatch(List.of(articles), 50, 1000, () -> { }, problems::add)) {
            Files.move(articles, elsewhere.resolve("old"));
            Files.createDirectories(articles.resolve("new"));
            awaitWatched(watch, w -> w.contains(articles.resolve("new")));
            assertThat(watch.watchedFolders()).containsExactlyInAnyOrder(articles, articles.resolve("new"));
        }
    }

    /** Waits until no reload has run for half a second, and gives the count. */
    private static int waitForQuiet(AtomicInteger reloads) throws InterruptedException {
        int seen;
        do {
            seen = reloads.get();
            Thread.sleep(500);
        } while (reloads.get() != seen);
        return seen;
    }

    /**
     * A folder that cannot be watched (the system's limit of watches reached) is reported once for
     * its reason, however many folders fail for it, and the others are still watched: before, a
     * folder made while the preview ran was left unwatched without a word, and one found at the
     * start stopped the preview.
     */
    @Test
    void aFolderThatCannotBeWatchedIsReportedOnceForItsReasonAndTheOthersAreWatched() throws Exception {
        Path articles = Files.createDirectories(root.resolve("articles"));
        Path full = Files.createDirectories(articles.resolve("full-one"));
        Path fine = Files.createDirectories(articles.resolve("fine"));
        FolderWatch.Registrar limited = (service, folder) -> {
            if (folder.getFileName().toString().startsWith("full")) {
                throw new IOException("User limit of inotify watches reached");
            }
            return FolderWatch.WATCH.register(service, folder);
        };

        try (FolderWatch watch = new FolderWatch(List.of(articles), 50, 1000, () -> { }, problems::add, limited)) {
            assertThat(watch.watchedFolders()).containsExactlyInAnyOrder(articles, fine);
            assertThat(problems).containsExactly("The preview cannot watch " + full + " for changes (User limit of inotify watches"
                    + " reached), nor other folders for the same reason: raise the system's limit (sysctl"
                    + " fs.inotify.max_user_watches) or preview fewer folders, and restart the preview.");
            Files.createDirectory(articles.resolve("full-two"));
            Path later = Files.createDirectory(articles.resolve("later"));
            awaitWatched(watch, w -> w.contains(later));
            assertThat(watch.watchedFolders()).containsExactlyInAnyOrder(articles, fine, later);
            assertThat(problems).as("the same reason again is not told twice").hasSize(1);
        }
    }
}
