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

    /**
     * Asserts that the folders watched become exactly these, within 30 s (a limit against a
     * hang): the whole set is waited for, since the watch's thread changes it a folder at a time.
     */
    private static void assertWatchedSoon(FolderWatch watch, Path... expected) throws InterruptedException {
        java.util.Set<Path> wanted = java.util.Set.of(expected);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!watch.watchedFolders().equals(wanted) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(watch.watchedFolders()).containsExactlyInAnyOrder(expected);
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
            assertWatchedSoon(watch, articles, renamed, renamed.resolve("rashes"));

            Path later = Files.createDirectories(renamed.resolve("rashes/hives"));
            assertWatchedSoon(watch, articles, renamed, renamed.resolve("rashes"), later);
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
            assertWatchedSoon(watch, articles, from, to, moved, moved.resolve("inner"));
            Path made = Files.createDirectory(moved.resolve("inner/made"));
            assertWatchedSoon(watch, articles, from, to, moved, moved.resolve("inner"), made);

            Files.move(moved, elsewhere.resolve("moved"));
            assertWatchedSoon(watch, articles, from, to);
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
            assertWatchedSoon(watch);
            Files.createDirectories(articles.resolve("eyes"));
            assertWatchedSoon(watch, articles, articles.resolve("eyes"));

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
            assertWatchedSoon(watch, articles, articles.resolve("new"));
        }
    }

    /** Waits until no reload has run for half a second (or 30 s have passed), and gives the count. */
    private static int waitForQuiet(AtomicInteger reloads) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        int seen;
        do {
            seen = reloads.get();
            Thread.sleep(500);
        } while (reloads.get() != seen && System.nanoTime() < deadline);
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
        Path locked = Files.createDirectories(articles.resolve("locked-one"));
        FolderWatch.Registrar limited = (service, folder) -> {
            if (folder.getFileName().toString().startsWith("full")) {
                throw new IOException("User limit of inotify watches reached");
            }
            if (folder.getFileName().toString().startsWith("locked")) {
                throw new java.nio.file.AccessDeniedException(folder.toString()); // whose message is only the name
            }
            return FolderWatch.WATCH.register(service, folder);
        };

        try (FolderWatch watch = new FolderWatch(List.of(articles), 50, 1000, () -> { }, problems::add, limited)) {
            assertThat(watch.watchedFolders()).containsExactlyInAnyOrder(articles, fine);
            assertThat(problems).containsExactlyInAnyOrder("The preview cannot watch " + full + " for changes (User limit of inotify"
                    + " watches reached), nor other folders for the same reason: raise the system's limit (sysctl"
                    + " fs.inotify.max_user_watches) or preview fewer folders, and restart the preview.",
                    "The preview cannot watch " + locked + " for changes (access denied), nor other folders for the same"
                    + " reason: changes there show after a change elsewhere, or when the preview is restarted.");
            Files.createDirectory(articles.resolve("full-two"));
            Files.createDirectory(articles.resolve("locked-two"));
            Path later = Files.createDirectory(articles.resolve("later"));
            assertWatchedSoon(watch, articles, fine, later);
            assertThat(problems).as("the same reason again is not told twice").hasSize(2);
        }
    }

    /**
     * A file given inside a folder given: its folder replaced is watched again, and folders made
     * in it later are still watched, as they are inside the folder given. Before, the file's own
     * check took the folder out of the tree, and what was made in it later was never watched.
     */
    @Test
    void aFolderOfAFileGivenInsideAFolderGivenStaysPartOfTheTree() throws Exception {
        Path articles = Files.createDirectories(root.resolve("articles"));
        Path skin = Files.createDirectories(articles.resolve("skin"));
        Path file = Files.writeString(skin.resolve("eczema.yaml"), "id: eczema\n");

        try (FolderWatch watch = new FolderWatch(List.of(articles, file), 50, 1000, () -> { }, problems::add)) {
            Files.delete(file);
            Files.delete(skin);
            Files.createDirectory(skin);
            Files.writeString(file, "id: eczema\n");
            Thread.sleep(2 * FolderWatch.ROOT_CHECK_MILLIS + 500); // the file's folder looked at again, twice
            Path later = Files.createDirectory(skin.resolve("later"));
            assertWatchedSoon(watch, articles, skin, later);
        }
        assertThat(problems).isEmpty();
    }

    /**
     * A folder given through a link and a file in it given through the same link are one folder:
     * it is watched once, under the name the link leads to. Watched under both names, each look
     * at the folders given took the key from the other, and the articles were loaded again every
     * second.
     */
    @Test
    void oneFolderReachedByTwoNamesIsWatchedOnceAndLoadedOnce() throws Exception {
        assumeThat(System.getProperty("os.name")).doesNotContainIgnoringCase("windows"); // links need rights there
        Path articles = Files.createDirectories(root.resolve("articles")).toRealPath();
        Files.writeString(articles.resolve("eczema.yaml"), "id: eczema\n");
        Path link = Files.createSymbolicLink(root.resolve("linked"), articles);
        AtomicInteger reloads = new AtomicInteger();

        try (FolderWatch watch = new FolderWatch(List.of(link, link.resolve("eczema.yaml")), 50, 1000, reloads::incrementAndGet,
                problems::add)) {
            Thread.sleep(3 * FolderWatch.ROOT_CHECK_MILLIS + 500); // three looks at the folders given
            assertThat(watch.watchedFolders()).containsExactly(articles);
            assertThat(reloads.get()).as("the one load made as the watch began").isEqualTo(1);
        }
    }
}
