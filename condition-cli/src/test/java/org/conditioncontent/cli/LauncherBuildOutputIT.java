package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.conditioncontent.cli.CommandRun.REPOSITORY;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a newcomer sees while {@code ./conditions} builds itself: one progress line per module and
 * no terminal codes, whatever Maven writes; on a failed build, Maven's errors without their
 * colours. Maven is stood in for (through {@code CONDITIONS_MAVEN}) by a script that writes what
 * Maven 3.8 wrote here, colour resets included, so the test takes seconds; {@code .ci/run} runs the
 * real first build from a clean clone.
 */
class LauncherBuildOutputIT {

    @TempDir
    Path repository;

    private Path launcher() throws IOException {
        assumeThat(System.getProperty("os.name")).doesNotContainIgnoringCase("windows");
        Path target = Files.createDirectories(repository.resolve("condition-cli/target"));
        Files.copy(REPOSITORY.resolve("conditions"), repository.resolve("conditions"));
        Files.writeString(repository.resolve("pom.xml"), "<project/>\n");
        Path built = REPOSITORY.resolve("condition-cli/target");
        // The stand-in "builds" by putting the real jar and its libraries in place.
        Files.writeString(repository.resolve("jar-from.txt"), built.toString());
        return target;
    }

    private Path maven(String script) throws IOException {
        Path maven = repository.resolve("maven");
        Files.writeString(maven, "#!/usr/bin/env bash\n" + script);
        Files.setPosixFilePermissions(maven, PosixFilePermissions.fromString("rwxr-xr-x"));
        return maven;
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void showsOneLinePerModuleAndNoTerminalCodes() throws IOException, InterruptedException {
        Path target = launcher();
        Path maven = maven("""
                printf '\\033[0m\\033[0m[INFO] Scanning for projects...\\n'
                printf '[INFO] Building Condition Content model 0.1.0-SNAPSHOT                   [1/2]\\n'
                printf '[INFO] Building jar: /x/condition-model.jar\\n'
                printf '[INFO] Building Condition Content command 0.1.0-SNAPSHOT                 [2/2]\\n'
                from="$(cat jar-from.txt)"
                cp "$from/conditions.jar" condition-cli/target/ && cp -r "$from/lib" condition-cli/target/
                printf '[INFO] BUILD SUCCESS\\n\\033[0m\\033[0m'
                """);
        Process launcher = new ProcessBuilder("env", "CONDITIONS_MAVEN=" + maven, "CONDITIONS_CDS=off",
                "bash", repository.resolve("conditions").toString(), "--version")
                .redirectError(repository.resolve("err.txt").toFile())
                .redirectOutput(repository.resolve("out.txt").toFile())
                .directory(repository.toFile())
                .start();

        assertThat(launcher.waitFor(90, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(repository.resolve("err.txt"), UTF_8);
        assertThat(launcher.exitValue()).as(err).isZero();
        assertThat(err).doesNotContain("\u001b");
        assertThat(err.lines()).contains(
                "conditions: building 1/2: Condition Content model",
                "conditions: building 2/2: Condition Content command",
                "conditions: built " + target.resolve("conditions.jar"));
        assertThat(err).doesNotContain("Scanning", "BUILD SUCCESS", "Building jar");
        assertThat(Files.readString(repository.resolve("out.txt"), UTF_8)).startsWith("conditions ");
        assertThat(target.resolve("conditions-build.log")).content().contains("BUILD SUCCESS");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aFailedBuildShowsMavensErrorsWithoutColours() throws IOException, InterruptedException {
        launcher();
        Path maven = maven("""
                printf '[INFO] Building Condition Content model 0.1.0-SNAPSHOT                   [1/2]\\n'
                printf '\\033[1;31m[ERROR]\\033[m Failed to execute goal compile on project condition-model\\n'
                exit 1
                """);
        Process launcher = new ProcessBuilder("env", "CONDITIONS_MAVEN=" + maven,
                "bash", repository.resolve("conditions").toString(), "--version")
                .redirectError(repository.resolve("err.txt").toFile())
                .redirectOutput(repository.resolve("out.txt").toFile())
                .directory(repository.toFile())
                .start();

        assertThat(launcher.waitFor(90, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(repository.resolve("err.txt"), UTF_8);
        assertThat(launcher.exitValue()).isEqualTo(2);
        assertThat(err).doesNotContain("\u001b")
                .contains("[ERROR] Failed to execute goal compile on project condition-model")
                .contains("conditions: the Maven build failed; the whole log is in");
    }
}
