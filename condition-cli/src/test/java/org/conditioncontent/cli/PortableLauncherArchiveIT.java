package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.conditioncontent.cli.CommandRun.REPOSITORY;
import static org.conditioncontent.cli.CommandRun.SEED;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portable archive's launcher ({@code src/dist/bin/conditions} with the jars in {@code lib/}):
 * on JDK 19 and later it has the JVM write a class-data-sharing archive into the user's cache
 * folder on the first run and map it on the next, without changing what a run prints or how it
 * exits; on JDK 17, or with {@code CONDITIONS_CDS=off}, it writes none. The installation is laid
 * out in a temporary folder from the built jars.
 */
class PortableLauncherArchiveIT {

    @TempDir
    Path temp;

    private Path home;
    private Path cache;
    private Path article;

    @BeforeEach
    void layOutAnInstallation() throws IOException {
        assumeThat(System.getProperty("os.name")).doesNotContainIgnoringCase("windows");
        home = temp.resolve("conditions-0.1.0");
        Path lib = Files.createDirectories(home.resolve("lib"));
        Path built = REPOSITORY.resolve("condition-cli/target");
        try (Stream<Path> jars = Files.list(built.resolve("lib"))) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Files.copy(jar, lib.resolve(jar.getFileName()));
            }
        }
        Files.copy(built.resolve("conditions.jar"), lib.resolve("conditions.jar"));
        Path launcher = Files.createDirectories(home.resolve("bin")).resolve("conditions");
        Files.copy(REPOSITORY.resolve("condition-cli/src/dist/bin/conditions"), launcher);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        // A space in the folder's name, as in a home folder named for a person: the archive's path
        // must reach the JVM as one argument.
        cache = temp.resolve("user cache");
        article = SEED.toAbsolutePath().normalize();
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void jdk25WritesAnArchiveOnTheFirstRunAndMapsItOnTheNext() throws IOException, InterruptedException {
        Path jdk = LauncherArchiveIT.realJdk25();
        LauncherArchiveIT.Launch without = launch(jdk, List.of("CONDITIONS_CDS=off"), "validate", article.toString());
        assertThat(archives()).as("CONDITIONS_CDS=off writes no archive").isEmpty();

        LauncherArchiveIT.Launch first = launch(jdk, List.of(), "validate", article.toString());
        assertThat(first.exitCode()).as(first.err()).isZero().isEqualTo(without.exitCode());
        assertThat(first.out()).isEqualTo(without.out()).isEqualTo("1 files, 0 errors, 0 warnings\n");
        assertThat(first.err()).isEmpty();
        assertThat(archives()).hasSize(1);
        assertThat(archives().get(0)).isNotEmptyFile();

        Path classes = temp.resolve("classes.txt");
        LauncherArchiveIT.Launch second = launch(jdk, List.of("CONDITIONS_JAVA_OPTIONS=-Xlog:class+load=info:file=" + classes),
                "validate", article.toString());
        assertThat(second.out()).isEqualTo(without.out());
        assertThat(second.err()).isEmpty();
        assertThat(Files.readString(classes, UTF_8))
                .as("the command's classes come from the archive")
                .contains("org.conditioncontent.cli.Main source: shared objects file")
                .contains("org.conditioncontent.loader.ConditionLoader source: shared objects file");
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void jdk17WritesNoArchive() throws IOException, InterruptedException {
        LauncherArchiveIT.Launch run = launch(LauncherArchiveIT.realJdkBefore25(), List.of(), "validate", article.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("1 files, 0 errors, 0 warnings\n");
        assertThat(run.err()).isEmpty();
        assertThat(archives()).as("JDK 17 has no -XX:+AutoCreateSharedArchive").isEmpty();
    }

    /**
     * A collector chosen in the JVM's environment variables or CONDITIONS_JAVA_OPTIONS is kept:
     * the launcher's serial collector beside it stopped the JVM from starting, with its error on
     * standard output and exit code 1.
     */
    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aCollectorChosenByTheUserIsKept() throws IOException, InterruptedException {
        Path jdk = LauncherArchiveIT.realJdkBefore25();
        for (String chosen : List.of("JDK_JAVA_OPTIONS=-XX:+UseParallelGC", "JAVA_TOOL_OPTIONS=-XX:+UseG1GC",
                "CONDITIONS_JAVA_OPTIONS=-XX:+UseG1GC -Xlog:gc*=off")) {
            LauncherArchiveIT.Launch run = launch(jdk, List.of(chosen), "validate", article.toString());
            assertThat(run.exitCode()).as(chosen + ": " + run.err()).isZero();
            assertThat(run.out()).isEqualTo("1 files, 0 errors, 0 warnings\n");
            assertThat(run.err()).doesNotContain("Multiple garbage collectors");
        }
    }

    private LauncherArchiveIT.Launch launch(Path jdk, List<String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("env", "JAVA_HOME=" + jdk, "XDG_CACHE_HOME=" + cache));
        command.addAll(environment);
        command.add(home.resolve("bin/conditions").toString());
        command.addAll(List.of(args));
        return LauncherArchiveIT.Launch.run(command, temp);
    }

    /** The archives in the cache folder. */
    private List<Path> archives() throws IOException {
        Path folder = cache.resolve("conditions");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jsa")).toList();
        }
    }
}
