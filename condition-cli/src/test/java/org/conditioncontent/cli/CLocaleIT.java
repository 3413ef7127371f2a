package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.assertj.core.api.Assumptions.assumeThatCode;
import static org.conditioncontent.cli.CommandRun.BUILT_JAR;
import static org.conditioncontent.cli.CommandRun.JAVA;
import static org.conditioncontent.cli.CommandRun.SEED;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built jar in the C locale, as a container with no locale set runs it. A JVM on Linux then
 * reads the bytes of a file name beyond ASCII as U+FFFD, and cannot make a path of that name
 * again: such a file must still be checked and named in every report, not end the run with
 * "unmappable characters" (exit 2), an export of the folder must still be written, and the
 * preview must still show it.
 */
class CLocaleIT {

    @TempDir
    Path temp;

    private Path articles;

    @BeforeEach
    void namesBeyondAsciiInAFolder() throws IOException, InterruptedException {
        assumeThat(System.getProperty("os.name")).as("a JVM names files in its locale's charset on Linux").isEqualToIgnoringCase("linux");
        assumeThat(run(temp, "-XshowSettings:properties", "-version").err())
                .as("the C locale gives a JVM of this JDK another charset than UTF-8 for file names")
                .contains("sun.jnu.encoding = ").doesNotContain("sun.jnu.encoding = UTF-8");
        for (String name : List.of("ñandú.yaml", "café.yaml")) {
            assumeThatCode(() -> Path.of(name)).as("the test's own JVM can name %s", name).doesNotThrowAnyException();
        }
        articles = Files.createDirectories(temp.resolve("articles"));
        Files.copy(SEED, articles.resolve("ñandú.yaml"));
        Files.writeString(articles.resolve("café.yaml"), "id: cafe\n", UTF_8);
    }

    @ParameterizedTest(name = "--report {0}")
    @ValueSource(strings = {"text", "json", "sarif", "github", "junit"})
    void aFileNamedBeyondAsciiIsCheckedAndReported(String report) throws IOException, InterruptedException {
        Run run = run(articles, "-jar", BUILT_JAR.toString(), "validate", "--report", report, ".");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out() + run.err()).as("the findings of café.yaml, by its name as the JVM reads it")
                .contains("caf").contains("required").doesNotContain("unmappable").doesNotContain("Exception");
    }

    @Test
    void aFolderWithNamesBeyondAsciiExports() throws IOException, InterruptedException {
        Files.delete(articles.resolve("café.yaml"));
        Path out = temp.resolve("site");

        Run run = run(articles, "-jar", BUILT_JAR.toString(), "export", "--out", out.toString(), ".");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("html/nocturnal-leg-cramps.html")).isNotEmptyFile();
        assertThat(out.resolve("json/nocturnal-leg-cramps.json")).isNotEmptyFile();
    }

    @Test
    void aFormatOneFileNamedBeyondAsciiIsMigrated() throws IOException, InterruptedException {
        Files.delete(articles.resolve("café.yaml"));
        Path file = Files.copy(CommandRun.FIXTURES.resolve("migrate/seed-format1.yaml"), articles.resolve("ñandú.yaml"),
                StandardCopyOption.REPLACE_EXISTING);

        Run run = run(articles, "-jar", BUILT_JAR.toString(), "migrate", ".");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(file, UTF_8)).contains("formatVersion: 2");
        assertThat(run(articles, "-jar", BUILT_JAR.toString(), "validate", ".").exitCode()).isZero();
        try (var left = Files.list(articles)) {
            assertThat(left).as("no temporary file left").containsExactly(file);
        }
    }

    @Test
    void aNameBeyondAsciiOnTheCommandLineSaysToRunInAUtf8Locale() throws IOException, InterruptedException {
        // This JVM cannot make a path of such an argument at all: the message says what to do.
        Run run = run(articles, "-jar", BUILT_JAR.toString(), "validate", "café.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot be a file name here").contains("run in a UTF-8 locale, such as LC_ALL=C.UTF-8")
                .doesNotContain("Exception");
    }

    @Test
    void thePreviewShowsAFileNamedBeyondAscii() throws IOException, InterruptedException {
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process preview = start(articles, out, err, "-jar", BUILT_JAR.toString(), "preview", "--port", "0", ".");
        try {
            // "Previewing 2 article files at http://127.0.0.1:PORT/ (Ctrl-C stops)", once it listens.
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2); // a hang guard only
            String said = "";
            while (!said.contains("(Ctrl-C stops)") && preview.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
                said = Files.readString(out, UTF_8);
            }
            assertThat(said).as(Files.readString(err, UTF_8)).startsWith("Previewing 2 article files at http://127.0.0.1:");
            URI url = URI.create(said.substring(said.indexOf("http://"), said.indexOf(" (Ctrl-C stops)")));

            assertThat(get(url.resolve("/"))).as("the index: the seed, and café.yaml's findings by the name the JVM reads")
                    .contains("Nocturnal Leg Cramps").contains("Preview: 2 files, ").contains("<a href=\"/caf-.html\">./caf")
                    .doesNotContain("unmappable");
            // The page's route is its name made safe: "caf" and a hyphen for what is not ASCII.
            assertThat(get(url.resolve("/caf-.html"))).contains("This article has errors").contains("required");
        } finally {
            preview.destroy();
            if (!preview.waitFor(1, TimeUnit.MINUTES)) {
                preview.destroyForcibly().waitFor();
            }
        }
    }

    private static String get(URI url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection();
        try (InputStream body = connection.getInputStream()) {
            return new String(body.readAllBytes(), UTF_8);
        } finally {
            connection.disconnect();
        }
    }

    /** Runs java in a folder in the C locale. */
    private Run run(Path folder, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process process = start(folder, out, err, args);
        if (!process.waitFor(5, TimeUnit.MINUTES)) { // a hang guard only
            process.destroyForcibly().waitFor();
        }
        return new Run(process.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8));
    }

    /** Starts java in a folder in the C locale, its output into files. */
    private static Process start(Path folder, Path out, Path err, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(JAVA.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS"));
        environment.put("LC_ALL", "C"); // over LANG and every other LC_ variable
        return builder.start();
    }

    private record Run(int exitCode, String out, String err) {}
}
