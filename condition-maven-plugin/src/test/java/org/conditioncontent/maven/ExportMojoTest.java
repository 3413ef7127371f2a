package org.conditioncontent.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.conditioncontent.render.export.FolderSwap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export goal run as Maven runs it, its parameters set as Maven sets them: what it does with
 * what a killed build left in the output folder, and what an export that is up to date logs.
 * (Building the site and the plugin's configuration are covered by the integration tests in
 * src/it.)
 */
class ExportMojoTest {

    @TempDir
    Path project;

    private Path articles;
    private Path out;
    private final List<String> logged = new ArrayList<>();

    @BeforeEach
    void articleWithAWarning() throws IOException {
        articles = Files.createDirectories(project.resolve("articles"));
        copy("http-link.yaml");
        out = project.resolve("target/conditions-export");
    }

    @Test
    void theNextExportFinishesASwapThatAKilledBuildLeftHalfway() throws Exception {
        export();
        // Killed after html was swapped and json moved aside, before the new json moved in: the
        // journal names the three folders, and the stamp was deleted before the first move.
        write(".conditions-export/journal", "html\njson\ntext\nend\n");
        write(".conditions-export/old/html/http-link.html", "old");
        move("json", ".conditions-export/old/json");
        write(".conditions-export/new/json/http-link.json", "interrupted");
        write(".conditions-export/new/text/http-link.txt", "interrupted");
        Files.delete(project.resolve("target/conditions-export.sha256"));
        logged.clear();

        export();

        assertThat(logged).contains("[WARNING] conditions: finished the export into " + out
                + " that was interrupted while it swapped its folders in; it holds that export whole, and this export starts from there");
        assertThat(logged).anyMatch(line -> line.startsWith("[INFO] conditions: exported 1 articles in 3 formats to " + out));
        assertThat(files()).containsExactly("html/", "html/conditions.jsonl", "html/http-link.html", "html/index.html",
                "json/", "json/http-link.json", "text/", "text/http-link.txt");
        assertThat(Files.readString(out.resolve("json/http-link.json"))).startsWith("{");
    }

    @Test
    void aFinishedSwapIsWholeEvenWhenTheArticlesThenFailValidation() throws Exception {
        export();
        write(".conditions-export/journal", "html\njson\ntext\nend\n");
        move("html", ".conditions-export/old/html");
        write("html/http-link.html", "interrupted");
        move("json", ".conditions-export/old/json");
        write(".conditions-export/new/json/http-link.json", "interrupted");
        write(".conditions-export/new/text/http-link.txt", "interrupted");
        Files.delete(project.resolve("target/conditions-export.sha256"));
        copy("blank-disclaimer.yaml");

        assertThatThrownBy(this::export).isInstanceOf(MojoFailureException.class).hasMessageContaining("nothing was exported");

        // Not some formats of one export and some of another: the interrupted one, whole.
        assertThat(files()).containsExactly("html/", "html/http-link.html", "json/", "json/http-link.json", "text/", "text/http-link.txt");
        for (String file : List.of("html/http-link.html", "json/http-link.json", "text/http-link.txt")) {
            assertThat(out.resolve(file)).hasContent("interrupted");
        }
    }

    @Test
    void theNextExportRemovesTheFilesOfOneKilledBeforeItsSwap() throws Exception {
        export();
        String page = Files.readString(out.resolve("html/http-link.html"));
        write(".conditions-export/new/html/http-link.html", "half");
        copy("blank-disclaimer.yaml");

        assertThatThrownBy(this::export).isInstanceOf(MojoFailureException.class);

        assertThat(logged).contains("[WARNING] conditions: removed the unfinished files of an export into " + out
                + " that was interrupted; it still held the export before that one");
        assertThat(out.resolve(".conditions-export")).doesNotExist();
        assertThat(out.resolve("html/http-link.html")).hasContent(page);
    }

    @Test
    void theStagingFoldersOfEarlierVersionsAreDeleted() throws Exception {
        write(".conditions-new-1x2y/html/http-link.html", "half");
        write(".conditions-old-3z/json/http-link.json", "old");

        export();

        assertThat(logged).contains("[WARNING] conditions: deleted " + out.resolve(".conditions-new-1x2y")
                + ", left by an export of an earlier version of the plugin that was interrupted");
        assertThat(files()).noneMatch(file -> file.startsWith("."));
    }

    @Test
    void aFormatFolderThatAnEarlierVersionMovedAsideIsPutBackBeforeAFailedValidation() throws Exception {
        export();
        // An earlier version, killed between its two renames: json moved aside, never replaced.
        move("json", ".conditions-old-3z/json");
        Files.delete(project.resolve("target/conditions-export.sha256"));
        copy("blank-disclaimer.yaml");
        logged.clear();

        assertThatThrownBy(this::export).isInstanceOf(MojoFailureException.class);

        assertThat(logged).contains("[WARNING] conditions: put " + out.resolve("json") + " back from " + out.resolve(".conditions-old-3z")
                + ", where an interrupted export of an earlier version of the plugin had moved it");
        assertThat(out.resolve("json/http-link.json")).exists();
        assertThat(files()).noneMatch(file -> file.startsWith("."));
    }

    @Test
    void anExportOfAnotherDayIsNotUpToDate() throws Exception {
        // The rules about dates judge against today: a review due tomorrow is a finding then.
        export(Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC));
        logged.clear();
        export(Clock.fixed(Instant.parse("2026-12-01T23:00:00Z"), ZoneOffset.UTC));
        assertThat(logged).anyMatch(line -> line.startsWith("[INFO] conditions: export is up to date"));
        logged.clear();

        export(Clock.fixed(Instant.parse("2026-12-02T00:30:00Z"), ZoneOffset.UTC));

        assertThat(logged).anyMatch(line -> line.startsWith("[INFO] conditions: exported 1 articles"));
    }

    @Test
    void anExportWhileAnotherProcessExportsIntoTheFolderIsRefusedAndChangesNothing() throws Exception {
        export();
        String page = Files.readString(out.resolve("html/http-link.html"));
        ProcessHandle other = ProcessHandle.current().parent().orElse(null);
        org.assertj.core.api.Assumptions.assumeThat(other).isNotNull();
        write(".conditions-export/owner", other.pid() + " -\n");
        write(".conditions-export/new/html/http-link.html", "being written");
        Files.delete(project.resolve("target/conditions-export.sha256"));

        assertThatThrownBy(this::export).isInstanceOf(MojoExecutionException.class)
                .hasMessage("Another export into " + out + " is running (process " + other.pid() + "); wait for it to end, or, if none is"
                        + " running, delete " + out.resolve(".conditions-export"));

        assertThat(out.resolve(".conditions-export/new/html/http-link.html")).hasContent("being written");
        assertThat(out.resolve("html/http-link.html")).hasContent(page);
    }

    @Test
    void anExportWhileAnotherModuleOfThisBuildExportsIntoTheFolderIsRefusedAndChangesNothing() throws Exception {
        export();
        String page = Files.readString(out.resolve("html/http-link.html"));
        Files.delete(project.resolve("target/conditions-export.sha256"));
        try (FolderSwap otherModule = FolderSwap.into(out)) {
            // A module on another thread of the same build, writing into the same folder.
            otherModule.begin();
            write(".conditions-export/new/html/http-link.html", "being written");

            assertThatThrownBy(this::export).isInstanceOf(MojoExecutionException.class)
                    .hasMessage("Another export into " + out + " is running in this process (" + ProcessHandle.current().pid()
                            + "); give each export a folder of its own, or run them one after the other");

            assertThat(out.resolve(".conditions-export/new/html/http-link.html")).hasContent("being written");
            assertThat(out.resolve("html/http-link.html")).hasContent(page);
        }
    }

    @Test
    void anExportGivesTheFolderBackToTheBuildWhenItEnds() throws Exception {
        export();

        // Ended: the next module's export into the folder, in this process, may begin.
        try (FolderSwap next = FolderSwap.into(out)) {
            next.begin();
            assertThat(next.workspace()).isDirectory();
        }
    }

    @Test
    void aFileWhereAFormatsFolderGoesIsRefusedAndKept() throws Exception {
        write("json", "the user's");

        assertThatThrownBy(this::export).isInstanceOf(MojoExecutionException.class)
                .hasMessage("Cannot write the export to " + out + ": " + out.resolve("json") + " is in the way: it is a file or a link,"
                        + " not a folder; move it");

        assertThat(out.resolve("json")).hasContent("the user's");
        assertThat(files()).containsExactly("json");
    }

    @Test
    void anExportThatIsUpToDateLogsTheFindingsOfTheLastOne() throws Exception {
        export();
        List<String> findings = logged.stream().filter(line -> line.contains("http-link.yaml:")).toList();
        assertThat(findings).singleElement().asString()
                .startsWith("[WARNING] " + articles.resolve("http-link.yaml") + ":16:10: warning: The link");
        logged.clear();

        export();

        assertThat(logged).containsSubsequence(findings.get(0), "[INFO] conditions: export is up to date, nothing changed since the"
                + " last one: " + out + "; 1 files, 0 errors, 1 warnings, as the last export found");
        assertThat(logged).noneMatch(line -> line.contains("conditions: exported"));
    }

    @Test
    void aStampOfTheEarlierFormIsNotUpToDate() throws Exception {
        export();
        Path stamp = project.resolve("target/conditions-export.sha256");
        List<String> lines = Files.readAllLines(stamp);
        Files.writeString(stamp, lines.get(0) + "\n" + lines.get(1)); // the two lines of decision 176
        logged.clear();

        export();

        assertThat(logged).anyMatch(line -> line.startsWith("[INFO] conditions: exported 1 articles"));
    }

    /** Runs the goal as a build with the articles folder, the built-in formats and no configuration would. */
    private void export() throws MojoExecutionException, MojoFailureException {
        export(Clock.systemUTC());
    }

    /** Runs the goal as {@link #export()} does, on the day the clock gives. */
    private void export(Clock clock) throws MojoExecutionException, MojoFailureException {
        ExportMojo mojo = new ExportMojo();
        mojo.clock = clock;
        set(mojo, "folders", List.of(articles.toFile()));
        set(mojo, "formats", List.of("html", "json", "text"));
        set(mojo, "outputDirectory", out.toFile());
        set(mojo, "reportsDirectory", project.resolve("target/conditions").toFile());
        set(mojo, "buildDirectory", project.resolve("target").toFile());
        set(mojo, "basedir", project.toFile());
        set(mojo, "multiModuleProjectDirectory", project.toFile());
        set(mojo, "pluginVersion", "0.0.0-test");
        mojo.setLog(new RecordingLog(logged));
        mojo.execute();
    }

    /** Sets a parameter's field, as Maven does. */
    private static void set(Object mojo, String name, Object value) {
        for (Class<?> type = mojo.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(mojo, value);
                return;
            } catch (NoSuchFieldException e) {
                // a field of a superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("no parameter " + name);
    }

    private void copy(String fixture) throws IOException {
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/" + fixture), fixture)) {
            Files.copy(in, articles.resolve(fixture));
        }
    }

    private void write(String relative, String text) throws IOException {
        Path file = out.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Moves a folder of the output folder as a swap does, the folder it goes into made first. */
    private void move(String from, String to) throws IOException {
        Files.createDirectories(out.resolve(to).getParent());
        Files.move(out.resolve(from), out.resolve(to));
    }

    /** Every file and folder in the output folder, folders ending in {@code /}, sorted. */
    private List<String> files() throws IOException {
        try (Stream<Path> all = Files.walk(out)) {
            return all.filter(p -> !p.equals(out))
                    .map(p -> out.relativize(p).toString().replace(File.separatorChar, '/') + (Files.isDirectory(p) ? "/" : ""))
                    .sorted().toList();
        }
    }

    /**
     * A log that keeps each line the goal logs, as {@code [LEVEL] message}; the goal logs by the
     * one-argument methods, and anything else goes to the console as usual.
     */
    private static final class RecordingLog extends SystemStreamLog {
        private final List<String> lines;

        RecordingLog(List<String> lines) {
            this.lines = lines;
        }

        @Override
        public void info(CharSequence content) {
            lines.add("[INFO] " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("[WARNING] " + content);
        }

        @Override
        public void error(CharSequence content) {
            lines.add("[ERROR] " + content);
        }
    }
}
