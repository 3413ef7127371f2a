package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.conditioncontent.cli.CommandRun.BUILT_JAR;
import static org.conditioncontent.cli.CommandRun.JAVA;
import static org.conditioncontent.cli.CommandRun.REPOSITORY;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export writes the same files, byte for byte, whether the site's bundle pass writes the JSON
 * files (up to {@link ExportCommand#MAX_THREADS_FOR_ONE_PASS} threads) or each JSON file is a
 * document of its own (more threads). Which path a run takes follows the machine's processor
 * count, so the built jar runs in child JVMs told how many processors they have
 * ({@code -XX:ActiveProcessorCount}): the test covers both paths on any machine, where an
 * in-process export covered only the one its machine's cores chose.
 */
class ExportThreadsIT {

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theJsonFilesAreTheSameFromTheBundlesPassAndOnTheirOwn() throws IOException, InterruptedException {
        Path examples = REPOSITORY.resolve("examples/conditions");
        Path few = temp.resolve("few");
        Path many = temp.resolve("many");

        export(ExportCommand.MAX_THREADS_FOR_ONE_PASS, few, examples);
        export(ExportCommand.MAX_THREADS_FOR_ONE_PASS + 4, many, examples);

        Map<String, String> fromBundle = ExportKillIT.snapshot(few);
        assertThat(fromBundle.keySet())
                .as("every format, the site's index and bundle")
                .anyMatch(f -> f.startsWith("json/"))
                .anyMatch(f -> f.startsWith("text/"))
                .contains("html/index.html", "html/conditions.jsonl");
        long articles;
        try (Stream<Path> files = Files.list(examples)) {
            articles = files.filter(f -> f.getFileName().toString().endsWith(".yaml")).count();
        }
        assertThat(fromBundle.keySet().stream().filter(f -> f.startsWith("json/"))).hasSize((int) articles);
        assertThat(ExportKillIT.snapshot(many)).as("files and their digests").isEqualTo(fromBundle);
    }

    /** Runs {@code java -jar conditions.jar export} in a JVM that sees the given number of processors. */
    private void export(int processors, Path out, Path articles) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-XX:ActiveProcessorCount=" + processors,
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", BUILT_JAR.toString(),
                "export", "--out", out.toString(), "--format", "html,json,text", articles.toString()));
        Path log = temp.resolve("export-" + processors + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(4, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(log, UTF_8)).isZero();
    }
}
