package org.conditioncontent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.conditioncontent.cli.CommandRun.REPOSITORY;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./conditions} launcher hands its process to the JVM on every run, the first after a
 * build included (the run that trains the start-up archive first), so that SIGTERM from a CI
 * runner or Ctrl-C reaches the command and an export it stops cleans up (docs/safety.md).
 */
class LauncherIT {

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void theFirstRunAfterABuildBecomesTheJvmAndStopsOnSigterm() throws IOException, InterruptedException {
        assumeThat(System.getProperty("os.name")).doesNotContainIgnoringCase("windows");
        Path target = REPOSITORY.resolve("condition-cli/target");
        // No archive: this run is the one that writes it.
        try (Stream<Path> archives = Files.list(target)) {
            for (Path p : archives.filter(p -> p.getFileName().toString().matches("conditions\\.(jsa|aot).*")).toList()) {
                Files.delete(p);
            }
        }
        Path articles = Files.createDirectories(temp.resolve("articles"));
        String article = Files.readString(REPOSITORY.resolve("condition-loader/src/test/resources/passing/https.yaml"));
        for (int i = 0; i < 500; i++) {
            Files.writeString(articles.resolve("a-" + i + ".yaml"), article.replace("id: https", "id: a-" + i));
        }
        Path out = temp.resolve("out");

        Process launcher = new ProcessBuilder("bash", REPOSITORY.resolve("conditions").toString(),
                "export", "--out", out.toString(), articles.toString())
                .redirectOutput(temp.resolve("out.txt").toFile())
                .redirectError(temp.resolve("err.txt").toFile())
                .start();
        boolean becameJava = false;
        while (launcher.isAlive() && !becameJava) {
            Optional<String> command = launcher.toHandle().info().command();
            becameJava = command.isPresent() && Path.of(command.get()).getFileName().toString().equals("java");
            Thread.sleep(5);
        }
        assertThat(becameJava).as("the launcher's process runs java itself (exec), not as a child").isTrue();
        launcher.destroy(); // SIGTERM
        assertThat(launcher.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(out.resolve(StagedExport.WORKSPACE)).as("the export cleaned up after SIGTERM").doesNotExist();
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aRelativeCallWithCdpathExportedRunsTheCommand() throws IOException, InterruptedException {
        // docs/ci.md has CI call condition-content/conditions from the folder beside it; with
        // CDPATH exported, bash's cd printed the folder it went to, that became part of the
        // repository's path, and the launcher ran Maven in a folder that does not exist.
        assumeThat(System.getProperty("os.name")).doesNotContainIgnoringCase("windows");
        Path parent = REPOSITORY.getParent();
        String relative = REPOSITORY.getFileName() + "/conditions";
        ProcessBuilder builder = new ProcessBuilder("bash", relative, "--version")
                .directory(parent.toFile())
                .redirectOutput(temp.resolve("out.txt").toFile())
                .redirectError(temp.resolve("err.txt").toFile());
        builder.environment().put("CDPATH", ".:" + temp);
        builder.environment().put("CONDITIONS_CDS", "off");

        Process launcher = builder.start();

        assertThat(launcher.waitFor(4, TimeUnit.MINUTES)).isTrue();
        String err = Files.readString(temp.resolve("err.txt"));
        assertThat(launcher.exitValue()).as(err).isZero();
        assertThat(Files.readString(temp.resolve("out.txt"))).startsWith("conditions ");
        assertThat(err).doesNotContain("Maven");
    }
}
