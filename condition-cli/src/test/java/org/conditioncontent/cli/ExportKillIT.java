package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.conditioncontent.cli.CommandRun.BUILT_JAR;
import static org.conditioncontent.cli.CommandRun.JAVA;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a 1,000-article export at random moments, 36 times, with SIGTERM, SIGINT and SIGKILL in
 * turn, through the built jar in a child process as a CI job or a person at a terminal would stop
 * it, and checks the all-or-nothing promise of {@code export} (see {@link StagedExport}):
 *
 * <ul>
 *   <li>after SIGTERM or SIGINT the output folder is, at once, exactly the old export or exactly
 *       the new one, byte for byte, with nothing else in it (no temporary file, no workspace);
 *   <li>after SIGKILL it is exactly one of them apart from the export's workspace; when a
 *       workspace was left, the next export says that it finished or removed the interrupted one,
 *       and afterwards the folder is exactly the new export with nothing else in it.
 * </ul>
 *
 * <p>Two sets of articles with different ids and titles are exported over each other in turn, so
 * that a file of the old export among the new ones, or a missing one, changes the folder's
 * snapshot. A third of the kills wait for the swap's journal and kill at once; a third wait until
 * the export has started writing (its workspace appears) and then a random part of the time
 * writing and swapping took in a first, whole export; the others fall anywhere from the start of
 * the JVM. The kill moments come from a fixed seed, but
 * where they land depends on the machine, so the test prints how many runs each signal actually
 * cut short. The time limit guards against a hang only: each of the 37 exports starts a JVM and
 * loads 1,000 articles, which took 12 minutes in all on two cores shared by six builds.
 */
class ExportKillIT {

    private static final int ARTICLES = 1000;
    private static final int KILLS = 36;

    /** A small valid article, to keep each of the 36 child processes short. */
    private static final String ARTICLE = """
            formatVersion: 1
            id: %s
            title: %s
            definition:
              - Leg cramps are sudden, painful tightening of the muscles in the calf.
            symptoms:
              - The main symptom is a sudden, painful cramp in the calf.
            treatment:
              options:
                - name: Stretching the calf
                  note: when a cramp starts
            references:
              - type: webpage
                title: Leg cramps
                site: Example Health
                url: https://example.org/leg-cramps
            """;

    private enum Kill { TERM, INT, KILL }

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void exportIsWhollyOldOrWhollyNewAfterEveryKill() throws Exception {
        assumeThat(System.getProperty("os.name").toLowerCase(Locale.ROOT)).doesNotContain("windows");
        Path[] sets = {articles("a"), articles("b")};
        Path out = temp.resolve("out");

        // A whole export of each set gives the two snapshots a folder may match, and the timing
        // the kills are spread over.
        Path referenceB = temp.resolve("reference-b");
        assertThat(CommandRun.of("export", "--out", referenceB, sets[1]).exitCode()).isZero();
        Map<String, String> newB = snapshot(referenceB);
        long start = System.nanoTime();
        Process first = start(out, sets[0]);
        long writingFrom = awaitFile(first, out.resolve(StagedExport.WORKSPACE));
        assertThat(first.waitFor()).isZero();
        long end = System.nanoTime();
        Map<String, String> oldA = snapshot(out);
        assertThat(oldA).hasSize(3 * ARTICLES + 2 + 3); // each article in 3 formats, the index and the bundle, 3 folders
        List<Map<String, String>> exports = List.of(oldA, newB);
        long whole = end - start;
        long writing = writingFrom > 0 ? end - writingFrom : whole;

        Random random = new Random(14);
        int current = 0;
        int[] cutShort = new int[Kill.values().length];
        int finished = 0;
        int removed = 0;
        for (int i = 0; i < KILLS; i++) {
            Kill kill = Kill.values()[i % 3];
            int target = 1 - current;
            Process export = start(out, sets[target]);
            int moment = random.nextInt(3);
            if (moment == 0) {
                // The swap itself lasts a few renames: wait for its journal and kill at once.
                awaitFile(export, out.resolve(StagedExport.WORKSPACE).resolve("journal"));
            } else if (moment == 1) {
                // Land in the writing, where the guarantee is earned.
                if (awaitFile(export, out.resolve(StagedExport.WORKSPACE)) > 0) {
                    sleepNanos((long) (random.nextDouble() * writing));
                }
            } else {
                sleepNanos((long) (random.nextDouble() * whole));
            }
            signal(export, kill);
            assertThat(export.waitFor(10, TimeUnit.MINUTES)).as("the export ends after SIG%s", kill).isTrue();
            if (export.exitValue() != 0) {
                cutShort[kill.ordinal()]++;
            }
            Map<String, String> after = snapshot(out);
            if (kill != Kill.KILL) {
                assertThat(after).as("after SIG%s (run %d), the folder is the old or the new export, and only that", kill, i)
                        .isIn(exports);
                current = after.equals(exports.get(target)) ? target : current;
                continue;
            }
            boolean left = Files.exists(out.resolve(StagedExport.WORKSPACE));
            boolean journal = Files.exists(out.resolve(StagedExport.WORKSPACE).resolve("journal"));
            if (!journal) {
                assertThat(withoutWorkspace(after)).as("after SIGKILL (run %d) with no swap under way", i).isIn(exports);
            }
            // The next export into the folder recovers it first and says so.
            CommandRun next = CommandRun.of("export", "--out", out, sets[target]);
            assertThat(next.exitCode()).as(next.err()).isZero();
            if (journal) {
                finished++;
                assertThat(next.err()).contains("finished the export into " + out + " that was interrupted");
            } else if (left) {
                removed++;
                assertThat(next.err()).contains("removed the unfinished files of an export into " + out);
            } else {
                assertThat(next.err()).doesNotContain("interrupted");
            }
            assertThat(snapshot(out)).as("after the export that followed SIGKILL (run %d)", i).isEqualTo(exports.get(target));
            current = target;
        }
        System.out.printf(Locale.ROOT, "ExportKillIT: %d kills; cut short by SIGTERM %d, SIGINT %d, SIGKILL %d;"
                + " after SIGKILL the next export finished %d swaps and removed %d unfinished exports%n",
                KILLS, cutShort[0], cutShort[1], cutShort[2], finished, removed);
        assertThat(cutShort[Kill.KILL.ordinal()]).as("SIGKILL always ends a run that is still going").isPositive();
    }

    /** Writes 1,000 articles whose ids and titles carry the set's name. */
    private Path articles(String set) throws IOException {
        Path folder = temp.resolve("articles-" + set);
        Files.createDirectories(folder);
        for (int i = 0; i < ARTICLES; i++) {
            String id = String.format(Locale.ROOT, "article-%s-%04d", set, i);
            Files.writeString(folder.resolve(id + ".yaml"), ARTICLE.formatted(id, "Leg Cramps " + set.toUpperCase(Locale.ROOT) + " " + i), UTF_8);
        }
        return folder;
    }

    /** Starts {@code java -jar conditions.jar export --out OUT ARTICLES} with SIGINT at its default. */
    private Process start(Path out, Path articles) throws IOException {
        List<String> command = new ArrayList<>();
        // A process started in the background inherits SIGINT ignored, and the JVM then ignores
        // it too; coreutils' env can put it back, so that SIGINT acts as Ctrl-C does.
        if (envResetsSignals()) {
            command.addAll(List.of("env", "--default-signal=INT"));
        }
        command.addAll(List.of(JAVA.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", BUILT_JAR.toString(),
                "export", "--out", out.toString(), articles.toString()));
        return new ProcessBuilder(command)
                .redirectOutput(temp.resolve("child-out.txt").toFile())
                .redirectError(temp.resolve("child-err.txt").toFile())
                .start();
    }

    private static Boolean envResetsSignals;

    private static synchronized boolean envResetsSignals() {
        if (envResetsSignals == null) {
            try {
                Process p = new ProcessBuilder("env", "--default-signal=INT", "true").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                envResetsSignals = p.waitFor() == 0;
            } catch (IOException | InterruptedException e) {
                envResetsSignals = false;
            }
        }
        return envResetsSignals;
    }

    /** Waits until a file of the export appears; the time it did, or 0 if the export ended first. */
    private static long awaitFile(Process export, Path file) throws InterruptedException {
        while (export.isAlive()) {
            if (Files.exists(file)) {
                return System.nanoTime();
            }
            LockSupport.parkNanos(200_000); // 0.2 ms: the swap takes a few renames
        }
        return 0;
    }

    private static void sleepNanos(long nanos) throws InterruptedException {
        Thread.sleep(Duration.ofNanos(nanos).toMillis());
    }

    private static void signal(Process process, Kill kill) throws IOException, InterruptedException {
        switch (kill) {
            case TERM -> process.destroy();
            case KILL -> process.destroyForcibly();
            // The shell's own kill: a machine without procps has no kill program. Its status is not
            // checked, as before: an export that ended first has no process left to signal.
            case INT -> new ProcessBuilder("sh", "-c", "kill -s INT \"$1\"", "sh", Long.toString(process.pid())).start().waitFor();
        }
    }

    /**
     * Every file and folder under a folder, hidden ones too, by its path relative to the folder with
     * forward slashes, with a digest of each file's bytes ("folder" for a folder); empty when the
     * folder does not exist.
     */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        if (!Files.exists(root)) {
            return entries;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (p.equals(root)) {
                    continue;
                }
                String name = root.relativize(p).toString().replace('\\', '/');
                entries.put(name, Files.isDirectory(p) ? "folder" : digest(Files.readAllBytes(p)));
            }
        }
        return entries;
    }

    private static Map<String, String> withoutWorkspace(Map<String, String> snapshot) {
        Map<String, String> rest = new TreeMap<>(snapshot);
        rest.keySet().removeIf(name -> name.equals(StagedExport.WORKSPACE) || name.startsWith(StagedExport.WORKSPACE + "/"));
        return rest;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
