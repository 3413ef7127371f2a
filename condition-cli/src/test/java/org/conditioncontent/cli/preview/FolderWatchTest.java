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

    @Test
    void theFoldersTheSearchPassesOverAreNotWatched() throws IOException {
        Path articles = Files.createDirectories(root.resolve("articles"));
        Path nested = Files.createDirectories(articles.resolve("skin/rashes"));
        Files.createDirectories(articles.resolve(".git/objects/ab"));
        Files.createDirectories(articles.resolve("node_modules/some-package/lib"));
        Files.createDirectories(articles.resolve("skin/.drafts"));
        Path hiddenRoot = Files.createDirectories(root.resolve(".articles"));

        try (FolderWatch watch = new FolderWatch(List.of(articles, hiddenRoot), 50, 1000, () -> { })) {
            assertThat(watch.watchedFolders()).as("a hidden folder given by name is watched, as it is searched")
                    .containsExactlyInAnyOrder(articles, articles.resolve("skin"), nested, hiddenRoot);
        }
    }

    @Test
    void aFolderGivenAsALinkIsWatchedWhereItLeads() throws IOException {
        assumeThat(System.getProperty("os.name")).doesNotContainIgnoringCase("windows"); // links need rights there
        Path articles = Files.createDirectories(root.resolve("articles/skin")).getParent().toRealPath();
        Path link = Files.createSymbolicLink(root.resolve("linked"), articles);

        try (FolderWatch watch = new FolderWatch(List.of(link), 50, 1000, () -> { })) {
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

        try (FolderWatch watch = new FolderWatch(List.of(articles), 50, 1000, reloads::incrementAndGet)) {
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

        try (FolderWatch watch = new FolderWatch(List.of(articles), 200, 600, reloads::incrementAndGet)) {
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

        try (FolderWatch watch = new FolderWatch(List.of(articles), 100, 300, slowSecondReload)) {
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
}
