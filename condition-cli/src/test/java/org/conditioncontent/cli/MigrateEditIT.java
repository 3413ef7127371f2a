package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.conditioncontent.cli.CommandRun.BUILT_JAR;
import static org.conditioncontent.cli.CommandRun.JAVA;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article saved while {@code conditions migrate} of 3,000 files runs, at moments spread over a
 * whole run, through the built jar in a child process: the save is never lost. Either the run read
 * the saved text and migrated it, or it refuses with exit code 2 and writes nothing. Before, a
 * save made while the run loaded and checked the files was overwritten with the migration of the
 * older text, and the run said it had migrated them all.
 */
class MigrateEditIT {

    private static final int ARTICLES = 3000;
    private static final int EDITED = 1500;

    private static final String ARTICLE = """
            formatVersion: 1
            id: %s
            title: %s
            definition:
              - Leg cramps are sudden, painful tightening of the muscles in the calf.
            symptoms:
              - The main symptom is a sudden, painful cramp in the calf.
            """;

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aSaveDuringARunIsNeverLost() throws Exception {
        Path whole = articles("whole");
        long start = System.nanoTime();
        Process first = start(whole);
        assertThat(first.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(first.exitValue()).isZero();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        int refused = 0;
        for (int part : new int[] {40, 60, 75, 90}) {
            Path folder = articles("run-" + part);
            Path file = folder.resolve(name(EDITED));
            Process run = start(folder);
            Thread.sleep(millis * part / 100);
            Path saved = folder.resolve(".save.tmp");
            Files.writeString(saved, ARTICLE.formatted(id(EDITED), "Saved Meanwhile"), UTF_8);
            Files.move(saved, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            assertThat(run.waitFor(5, TimeUnit.MINUTES)).isTrue();
            String err = Files.readString(temp.resolve("err.txt"), UTF_8);

            assertThat(Files.readString(file, UTF_8)).as("the save survives (saved at %d%% of a run; %s)", part, err)
                    .contains("title: Saved Meanwhile");
            if (run.exitValue() == 2) {
                refused++;
                assertThat(err).contains(name(EDITED) + " changed while migrate ran; nothing was written: run the command again");
                assertThat(Files.readString(folder.resolve(name(0)), UTF_8)).as("nothing written").contains("formatVersion: 1");
            } else {
                assertThat(run.exitValue()).as(err).isZero();
                assertThat(Files.readString(file, UTF_8)).as("the saved text, migrated").contains("formatVersion: 2");
            }
        }
        System.out.println("MigrateEditIT: " + refused + " of 4 runs refused a file saved meanwhile");
    }

    private Path articles(String name) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(name));
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(folder.resolve(name(i)), ARTICLE.formatted(id(i), "Leg Cramps " + i), UTF_8);
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
