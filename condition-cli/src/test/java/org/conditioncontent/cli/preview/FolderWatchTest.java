package org.conditioncontent.cli.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

        try (FolderWatch watch = new FolderWatch(List.of(articles, hiddenRoot), 50, () -> { })) {
            assertThat(watch.watchedFolders()).as("a hidden folder given by name is watched, as it is searched")
                    .containsExactlyInAnyOrder(articles, articles.resolve("skin"), nested, hiddenRoot);
        }
    }

    @Test
    void aFolderGivenAsALinkIsWatchedWhereItLeads() throws IOException {
        assumeThat(System.getProperty("os.name")).doesNotContainIgnoringCase("windows"); // links need rights there
        Path articles = Files.createDirectories(root.resolve("articles/skin")).getParent().toRealPath();
        Path link = Files.createSymbolicLink(root.resolve("linked"), articles);

        try (FolderWatch watch = new FolderWatch(List.of(link), 50, () -> { })) {
            assertThat(watch.watchedFolders()).containsExactlyInAnyOrder(articles, articles.resolve("skin"));
        }
    }
}
