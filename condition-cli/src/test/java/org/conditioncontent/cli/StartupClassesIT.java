package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.conditioncontent.cli.CommandRun.REPOSITORY;
import static org.conditioncontent.cli.CommandRun.SEED;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the command's start loads, in a JVM of its own as a user starts it: picocli registers no
 * converter for the {@code java.time} and {@code java.sql} types, which no option takes (see
 * {@link Main#UNUSED_CONVERTERS}), while an option of type {@code Path} still converts.
 */
class StartupClassesIT {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"--version", "validate --help", "validate SEED", "render --format text SEED"})
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void theCommandLineLoadsNoJavaTimeOrSqlConverterClasses(String commandLine) throws IOException, InterruptedException {
        Path classes = temp.resolve("classes.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:off", "-Xlog:class+load=info:file=" + classes,
                "-jar", REPOSITORY.resolve("condition-cli/target/conditions.jar").toString()));
        for (String arg : commandLine.split(" ")) {
            command.add(arg.equals("SEED") ? SEED.toString() : arg);
        }
        Process process = new ProcessBuilder(command)
                .redirectOutput(temp.resolve("out.txt").toFile())
                .redirectError(temp.resolve("err.txt").toFile())
                .start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(Files.readString(temp.resolve("err.txt"), UTF_8)).isZero();
        assertThat(Files.readString(temp.resolve("out.txt"), UTF_8)).isNotEmpty();
        String loaded = Files.readString(classes, UTF_8);
        assertThat(loaded).as("picocli's own classes are in the log").contains("picocli.CommandLine ");
        assertThat(loaded)
                .doesNotContain("java.time.MonthDay ")
                .doesNotContain("java.time.ZonedDateTime ")
                .doesNotContain("java.sql.");
    }
}
