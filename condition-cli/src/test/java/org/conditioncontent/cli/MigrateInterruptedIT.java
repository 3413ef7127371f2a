package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.conditioncontent.cli.CommandRun.BUILT_JAR;
import static org.conditioncontent.cli.CommandRun.JAVA;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code conditions migrate} of 3,000 format-1 articles, disturbed while it runs, through the
 * built jar in a child process as a CI job or a person would run it: stopped by SIGTERM (a CI
 * job's time-out), and an article saved meanwhile. Neither may lose anything: no temporary file
 * is left, each article is its old text or migrated whole, the count of files replaced is told
 * right, and a save is never overwritten with the migration of the older text.
 */
class MigrateInterruptedIT {

    private static final int ARTICLES = 3000;

    private static final String ARTICLE = """
            formatVersion: 1
            id: %s
            title: Leg Cramps %d
            definition:
              - Leg cramps are sudden, painful tightening of the muscles in the calf.
            symptoms:
              - The main symptom is a sudden, painful cramp in the calf.
            """;

    /** The article saved while a run goes on. */
    private static final int EDITED = 1500;

    private static final Pattern REPLACED = Pattern.compile("stopped after replacing (\\d+) of (\\d+) files");

    @TempDir
    Path temp;

    /**
     * Stopped by SIGTERM half-way, and three times as the renames begin: no temporary file is
     * left, each article is its old text, byte for byte, or migrated, and when the run says how
     * many files it replaced, that many are. Before, 3,985 hidden temporary files were left
     * beside 4,000 articles.
     */
    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aRunStoppedBySigtermLeavesEachFileOldOrMigratedAndNoTemporaryFile() throws Exception {
        long millis = wholeRunMillis();

        int cutShort = 0;
        // Half-way through (loading or staging), then three times as soon as the files begin to be
        // replaced (the first file in the search's order is new), which lasts a fraction of a run.
        for (int part : new int[] {50, -1, -1, -1}) {
            Path folder = articles("run-" + cutShort + "-" + part + "-" + System.nanoTime());
            Process run = start(folder);
            if (part > 0) {
                Thread.sleep(millis * part / 100);
            } else {
                Path firstFile = folder.resolve(name(0));
                String old = ARTICLE.formatted(id(0), 0);
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
                while (run.isAlive() && Files.readString(firstFile, UTF_8).equals(old) && System.nanoTime() < deadline) {
                    Thread.sleep(1);
                }
            }
            run.destroy(); // SIGTERM
            assertThat(run.waitFor(5, TimeUnit.MINUTES)).isTrue();
            String err = Files.readString(temp.resolve("err.txt"), UTF_8);

            int migrated = 0;
            List<Path> files;
            try (Stream<Path> listed = Files.list(folder)) {
                files = listed.toList();
            }
            assertThat(files).as("no temporary file left (stopped at %d%%): %s", part, err)
                    .allMatch(f -> f.getFileName().toString().endsWith(".yaml") && !f.getFileName().toString().startsWith("."));
            assertThat(files).hasSize(ARTICLES);
            for (int i = 0; i < ARTICLES; i++) {
                String text = Files.readString(folder.resolve(name(i)), UTF_8);
                if (text.equals(ARTICLE.formatted(id(i), i))) {
                    continue;
                }
                assertThat(text).as("a file replaced is whole: %s", name(i)).contains("formatVersion: 2\n")
                        .contains("id: " + id(i) + "\n").endsWith("\n");
                migrated++;
            }
            Matcher said = REPLACED.matcher(err);
            if (said.find()) {
                cutShort++;
                assertThat(Integer.parseInt(said.group(1))).as("the count the run gave").isEqualTo(migrated);
                assertThat(said.group(2)).isEqualTo(Integer.toString(ARTICLES));
            } else if (run.exitValue() == 0) {
                assertThat(migrated).as("a run that ended first migrated every file").isEqualTo(ARTICLES);
            } else {
                // Stopped before replacing, or after the last rename (the hook then gone): all or nothing.
                assertThat(migrated).as("stopped before or after replacing: %s", err).isIn(0, ARTICLES);
            }
        }
        System.out.println("MigrateInterruptedIT: " + cutShort + " of 4 runs stopped while replacing files");
    }

    /**
     * An article saved at moments spread over a run is never lost: either the run read the saved
     * text and migrated it, or it refuses with exit code 2 and writes nothing. Before, a save made
     * while the run loaded and checked the files was overwritten with the migration of the older
     * text, and the run said it had migrated them all.
     */
    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aSaveDuringARunIsNeverLost() throws Exception {
        long millis = wholeRunMillis();

        int refused = 0;
        for (int part : new int[] {40, 60, 75, 85, 95}) {
            Path folder = articles("run-" + part);
            Path file = folder.resolve(name(EDITED));
            Process run = start(folder);
            Thread.sleep(millis * part / 100);
            Path saved = folder.resolve(".save.tmp");
            Files.writeString(saved, ARTICLE.formatted(id(EDITED), EDITED).replace("title: Leg Cramps " + EDITED, "title: Saved Meanwhile"), UTF_8);
            Files.move(saved, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            assertThat(run.waitFor(5, TimeUnit.MINUTES)).isTrue();
            String err = Files.readString(temp.resolve("err.txt"), UTF_8);

            assertThat(Files.readString(file, UTF_8)).as("the save survives (saved at %d%% of a run; %s)", part, err)
                    .contains("title: Saved Meanwhile");
            if (run.exitValue() == 2) {
                refused++;
                assertThat(err).contains(name(EDITED) + " changed while migrate ran; ");
                if (err.contains("nothing was written")) {
                    assertThat(Files.readString(folder.resolve(name(0)), UTF_8)).as("nothing written").contains("formatVersion: 1");
                } else {
                    assertThat(err).contains("it and the files after it were not replaced: run the command again to finish");
                }
            } else {
                // Saved after the run read it again, or after its rename, or after the run: kept as saved, or migrated.
                assertThat(run.exitValue()).as(err).isZero();
            }
        }
        System.out.println("MigrateInterruptedIT: " + refused + " of 5 runs refused a file saved meanwhile");
    }

    /** How long a whole run takes on this machine (ms), for the moments spread over one. */
    private long wholeRunMillis() throws IOException, InterruptedException {
        Path whole = articles("whole");
        long start = System.nanoTime();
        Process first = start(whole);
        assertThat(first.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(first.exitValue()).as(Files.readString(temp.resolve("err.txt"), UTF_8)).isZero();
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private Path articles(String name) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(name));
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(folder.resolve(name(i)), ARTICLE.formatted(id(i), i), UTF_8);
        }
        return folder;
    }

    private static String id(int i) {
        return "cramps-" + i;
    }

    private static String name(int i) {
        return id(i) + ".yaml";
    }

    private Process start(Path folder) throws IOException {
        return new ProcessBuilder(JAVA.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", BUILT_JAR.toString(),
                "migrate", folder.toString())
                .redirectOutput(temp.resolve("out.txt").toFile())
                .redirectError(temp.resolve("err.txt").toFile())
                .start();
    }
}
