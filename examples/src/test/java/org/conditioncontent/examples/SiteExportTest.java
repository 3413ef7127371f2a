package org.conditioncontent.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.conditioncontent.cli.Main;
import org.conditioncontent.loader.CorpusResult;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.render.export.FolderSwap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application's export made of the library's parts writes what {@code conditions export}
 * writes, replaces its folders whole, writes nothing for articles with errors, and stays out of
 * the way of another export into the same folder.
 */
class SiteExportTest {

    private static final Path ARTICLES = Path.of("conditions");

    @TempDir
    Path temp;

    private final List<String> notes = new ArrayList<>();

    @Test
    void itWritesTheCommandsFilesByteForByte() throws IOException {
        Path byCommand = temp.resolve("by-command");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"export", ARTICLES.toString(), "--out", byCommand.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, UTF_8), new PrintStream(err, true, UTF_8));
        assertThat(exit).as(err.toString(UTF_8)).isZero();

        CorpusResult found = SiteExport.export(ARTICLES, temp.resolve("by-application"), notes::add);

        assertThat(found.hasAtLeast(Severity.ERROR)).isFalse();
        Map<String, String> expected = tree(byCommand);
        assertThat(expected).containsKeys("html/index.html", "html/conditions.jsonl", "json/muscle-cramps.json",
                "text/muscle-cramps.txt");
        assertThat(tree(temp.resolve("by-application"))).isEqualTo(expected);
        assertThat(notes).isEmpty();
    }

    @Test
    void aSecondExportReplacesTheFormatFoldersWholeAndLeavesTheRest() throws IOException {
        Path site = temp.resolve("site");
        SiteExport.export(ARTICLES, site, notes::add);
        Files.writeString(site.resolve("html/gone.html"), "a page of an article since removed");
        Files.writeString(site.resolve("notes.txt"), "the team's own");

        SiteExport.export(ARTICLES, site, notes::add);

        assertThat(site.resolve("html/gone.html")).doesNotExist();
        assertThat(site.resolve("notes.txt")).hasContent("the team's own");
        assertThat(site.resolve(FolderSwap.WORKSPACE)).doesNotExist();
        assertThat(site.resolve("html/muscle-cramps.html")).isRegularFile();
    }

    @Test
    void articlesWithErrorsWriteNothing() throws IOException {
        Path articles = Files.createDirectories(temp.resolve("articles"));
        Files.writeString(articles.resolve("broken.yaml"), "formatVersion: 2\nid: Not An Id\n");

        CorpusResult found = SiteExport.export(articles, temp.resolve("site"), notes::add);

        assertThat(found.hasAtLeast(Severity.ERROR)).isTrue();
        assertThat(temp.resolve("site")).doesNotExist();
    }

    @Test
    void anotherExportIntoTheFolderIsLeftToFinish() throws IOException {
        Path site = temp.resolve("site");
        try (FolderSwap running = FolderSwap.into(site)) {
            running.begin();

            assertThatThrownBy(() -> SiteExport.export(ARTICLES, site, notes::add)).isInstanceOfSatisfying(FolderSwap.Failure.class,
                    e -> assertThat(e.kind()).isEqualTo(FolderSwap.Failure.Kind.BUSY));
            assertThat(running.workspace()).isDirectory();
        }
    }

    @Test
    void anExportThatWasKilledIsUndoneFirstAndTheUserIsTold() throws IOException {
        Path site = temp.resolve("site");
        Files.createDirectories(site.resolve(FolderSwap.WORKSPACE + "/new/html"));
        Files.writeString(site.resolve(FolderSwap.WORKSPACE + "/new/html/half.html"), "cut short");

        SiteExport.export(ARTICLES, site, notes::add);

        assertThat(notes).containsExactly(FolderSwap.Recovery.REMOVED.note(site));
        assertThat(site.resolve("html/half.html")).doesNotExist();
        assertThat(site.resolve("html/muscle-cramps.html")).isRegularFile();
    }

    @Test
    void aFileWhereAFormatsFolderGoesStopsTheExportBeforeItWritesAndIsKept() throws IOException {
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(site.resolve("json"), "the team's own");

        assertThatThrownBy(() -> SiteExport.export(ARTICLES, site, notes::add)).isInstanceOf(FileAlreadyExistsException.class)
                .hasMessage(site.resolve("json").toString());

        assertThat(site.resolve("json")).hasContent("the team's own");
        try (Stream<Path> left = Files.list(site)) {
            assertThat(left).containsExactly(site.resolve("json"));
        }
    }

    @Test
    void aFolderWithoutArticlesIsRefusedAndTheSiteKept() throws IOException {
        Path site = temp.resolve("site");
        SiteExport.export(ARTICLES, site, notes::add);
        Map<String, String> before = tree(site);
        Path empty = Files.createDirectories(temp.resolve("empty"));

        assertThatThrownBy(() -> SiteExport.export(empty, site, notes::add)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no article files");

        assertThat(tree(site)).isEqualTo(before);
    }

    @Test
    void anOutputFolderInsideTheArticlesIsRefused() throws IOException {
        Path articles = Files.createDirectories(temp.resolve("articles"));
        Files.copy(ARTICLES.resolve("muscle-cramps.yaml"), articles.resolve("muscle-cramps.yaml"));

        assertThatThrownBy(() -> SiteExport.export(articles, articles.resolve("site"), notes::add))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is inside");

        assertThat(articles.resolve("site")).doesNotExist();
    }

    /** Every file under a folder, by its path with {@code /}, with its text. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file, UTF_8));
            }
        }
        return files;
    }
}
