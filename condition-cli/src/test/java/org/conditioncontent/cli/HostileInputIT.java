package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.conditioncontent.cli.CommandRun.BUILT_JAR;
import static org.conditioncontent.cli.CommandRun.JAVA;
import static org.conditioncontent.cli.CommandRun.REPOSITORY;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile input class, through the built jar in a child process with a small heap, as a
 * CI job would run it: {@code java -Xmx256m -jar condition-cli/target/conditions.jar validate FILE}.
 * Each gives exit code 1 and findings one line each, never an exception, a stack trace, a hang or
 * an out-of-memory error.
 *
 * <p>The wall time of each run is printed and written to {@code target/hostile-input-times.txt}
 * (docs/performance.md quotes it); it is not asserted, since no test asserts on wall-clock time.
 * The only time limit is a guard against a hang, far above any real run.
 */
class HostileInputIT {

    /** The loader's fixtures, one file per hostile input class. */
    private static final Path HOSTILE = Path.of("condition-loader/src/test/resources/hostile");

    /** A finding line of the text report. */
    private static final String FINDING = ".+:\\d+:\\d+: (error|warning|info): [^\\n]+ \\[[a-z0-9-]+]";

    /** The rule each class must trigger; classes not listed need only some finding. */
    private static final Map<String, String> EXPECTED_RULE = Map.ofEntries(
            Map.entry("alias-bomb.yaml", "yaml-feature"),
            Map.entry("binary.json", "encoding"),
            Map.entry("deep-nesting.json", "limit"),
            Map.entry("deep-nesting.yaml", "limit"),
            Map.entry("duplicate-keys.json", "duplicate-key"),
            Map.entry("empty.json", "syntax"),
            Map.entry("empty.yaml", "syntax"),
            Map.entry("huge-number.json", "limit"),
            Map.entry("invalid-utf8.json", "encoding"),
            Map.entry("invalid-utf8.yaml", "encoding"),
            Map.entry("malformed.json", "syntax"),
            Map.entry("malformed.yaml", "syntax"),
            Map.entry("not-an-object.json", "wrong-type"),
            Map.entry("scalar-document.yaml", "wrong-type"),
            Map.entry("truncated.json", "syntax"),
            Map.entry("truncated.yaml", "syntax"),
            Map.entry("two-documents.yaml", "syntax"),
            Map.entry("whitespace-only.json", "syntax"),
            Map.entry("yaml-tags.yaml", "yaml-feature"));

    private static final StringBuilder TIMES = new StringBuilder();

    @TempDir
    Path temp;

    static Stream<String> hostileFiles() throws IOException {
        try (Stream<Path> files = Files.list(REPOSITORY.resolve(HOSTILE))) {
            // bom.json and bom.yaml are well-formed articles with a byte order mark, not hostile.
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("bom.")).sorted().toList();
            assertThat(names).hasSizeGreaterThanOrEqualTo(EXPECTED_RULE.size());
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("hostileFiles")
    void givesExitCode1AndOneLinePerFinding(String name) throws IOException, InterruptedException {
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        String file = HOSTILE.resolve(name).toString();
        ProcessBuilder command = new ProcessBuilder(JAVA.toString(), "-Xmx256m", "-jar", BUILT_JAR.toString(), "validate", file)
                .directory(REPOSITORY.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        // Options the machine may have set, which the JVM notes on standard error.
        command.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS"));

        long start = System.nanoTime();
        Process process = command.start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES); // a hang guard only
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!finished) {
            process.destroyForcibly();
        }
        String stdout = Files.readString(out, UTF_8);
        String stderr = Files.readString(err, UTF_8);
        String time = String.format("%-22s %5d ms  %s", name, millis, stdout.lines().reduce((a, b) -> b).orElse(""));
        System.out.println("hostile input: " + time);
        synchronized (TIMES) {
            TIMES.append(time).append('\n');
        }

        assertThat(finished).as("finished").isTrue();
        assertThat(process.exitValue()).as(stdout + stderr).isEqualTo(1);
        assertThat(stdout + stderr).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("\tat ")
                .doesNotContain("OutOfMemoryError");
        assertThat(stderr).isEmpty();
        List<String> lines = stdout.lines().toList();
        String summary = lines.get(lines.size() - 1);
        assertThat(summary).matches("1 files, [1-9]\\d* errors, \\d+ warnings");
        List<String> findings = lines.subList(0, lines.size() - 1);
        assertThat(findings).allSatisfy(line -> assertThat(line).startsWith(file + ":").matches(FINDING));
        long errors = findings.stream().filter(line -> line.contains(": error: ")).count();
        long warnings = findings.stream().filter(line -> line.contains(": warning: ")).count();
        assertThat(summary).isEqualTo("1 files, " + errors + " errors, " + warnings + " warnings");
        String rule = EXPECTED_RULE.get(name);
        if (rule != null) {
            assertThat(findings).anySatisfy(line -> assertThat(line).contains(": error: ").endsWith("[" + rule + "]"));
        }
    }

    @AfterAll
    static void writeTimes() throws IOException {
        Path target = REPOSITORY.resolve("condition-cli/target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("hostile-input-times.txt"), TIMES.toString(), UTF_8);
        }
    }
}
