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
 * Stops {@code conditions migrate} of 3,000 format-1 articles with SIGTERM (as a CI job's time-out
 * does) at moments spread over a whole run, through the built jar in a child process, and checks
 * what {@link StagedFiles} promises: no temporary file is left, each article is either its old
 * text, byte for byte, or migrated, and when the run says how many files it replaced, that many
 * are. Before, 3,985 hidden temporary files were left beside 4,000 articles.
 */
class MigrateKillIT {

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

    private static final Pattern REPLACED = Pattern.compile("stopped after replacing (\\d+) of (\\d+) files");

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aRunStoppedBySigtermLeavesEachFileOldOrMigratedAndNoTemporaryFile() throws Exception {
        // A whole run first, for how long one takes on this machine.
        Path whole = articles("whole");
        long start = System.nanoTime();
        Process first = start(whole);
        assertThat(first.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(first.exitValue()).as(Files.readString(temp.resolve("err.txt"), UTF_8)).isZero();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

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
                assertThat(migrated).as("stopped before replacing: %s", err).isZero();
            }
        }
        System.out.println("MigrateKillIT: " + cutShort + " of 4 runs stopped while replacing files");
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
