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
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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

    private static final Path JAR = REPOSITORY.resolve("condition-cli/target/conditions.jar");

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

    @ParameterizedTest
    @ValueSource(strings = {"validate SEED", "validate --report text FOLDER", "validate no-such-file.json", "validate --no-such-option SEED"})
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void theCommandLineLeavesPicocliDefaultFactoryUnmade(String commandLine) throws IOException, InterruptedException {
        // Its initialiser looks for a Groovy class by name: the class loader then opens every jar
        // of the class path in turn, on the main thread before the first file (DeferredFactory).
        String initialised = run(commandLine, "-Xshare:off", "-Xlog:class+init=info:file=" + temp.resolve("log.txt"));

        assertThat(initialised).as("the log names initialised classes").contains("Initializing 'picocli/CommandLine'");
        assertThat(initialised).doesNotContain("Initializing 'picocli/CommandLine$DefaultFactory'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate SEED", "validate --no-such-option SEED"})
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aStaticArchiveOfARunHoldsEveryClassItsTrainingListed(String commandLine) throws IOException, InterruptedException {
        // As the launcher makes its archive on JDK 17 to 24: the classes a run loads, then a dump.
        Path list = temp.resolve("classes.lst");
        Path archive = temp.resolve("conditions.jsa");
        run(commandLine, "-XX:DumpLoadedClassList=" + list, "-Xlog:disable");
        Process dump = new ProcessBuilder(java(), "-Xshare:dump", "-XX:SharedClassListFile=" + list,
                "-XX:SharedArchiveFile=" + archive, "-cp", JAR.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("dump.txt").toFile()).start();
        assertThat(dump.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(dump.exitValue()).as(Files.readString(temp.resolve("dump.txt"), UTF_8)).isZero();

        String loaded = run(commandLine, "-XX:SharedArchiveFile=" + archive, "-Xshare:on",
                "-Xlog:class+load=info:file=" + temp.resolve("log.txt"));

        // A class of a jar left out of the archive (a class compiled for Java 5, such as
        // picocli's, once linked at the dump) is loaded from the jars on every run, the class
        // loader opening each jar of the class path on its way: about 15 ms of the main thread.
        // Only the classes the training listed are asked of the archive: Main's warm-up thread
        // races the exit, so a run that stops early (a usage error) can load a class the
        // training's run had not reached yet, and that class was never offered to the dump.
        Set<String> listed = Files.readAllLines(list, UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.startsWith("@"))
                .map(line -> line.split(" ", 2)[0].replace('/', '.'))
                .collect(Collectors.toSet());
        assertThat(listed).as("the training listed the command's classes").contains("org.conditioncontent.cli.Main");
        assertThat(loaded).as("the command's classes are in the log").contains("org.conditioncontent.cli.Main source: shared");
        assertThat(loaded.lines()
                .filter(line -> line.contains("source: file:"))
                .filter(line -> listed.contains(loadedClass(line)))
                .toList()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate SEED", "--version"})
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void mainSpinsNoClassOfItsOwnBeforeTheCommandLine(String commandLine) throws IOException, InterruptedException {
        // A lambda in Main's start (the warm-up thread's task) linked the program's first call
        // site on the main thread and spun its class on every run, 8 to 12 ms before picocli's
        // model was begun: the launcher's archive cannot hold it, since its training never runs
        // main (Main.HeadStart).
        String loaded = run(commandLine, "-Xshare:off", "-Xlog:class+load=info:file=" + temp.resolve("log.txt"));

        assertThat(loaded).as("the warm-up thread's class is in the log").contains("org.conditioncontent.cli.Main$HeadStart ");
        assertThat(loaded.lines().filter(line -> line.contains("org.conditioncontent.cli.Main$$")).toList()).isEmpty();
    }

    /** The class a line of {@code -Xlog:class+load} names: the word before " source: ". */
    private static String loadedClass(String line) {
        String head = line.substring(0, line.indexOf(" source: "));
        return head.substring(head.lastIndexOf(' ') + 1);
    }

    /**
     * Runs the command line in a JVM of its own with these JVM options, {@code SEED} standing for
     * an article and {@code FOLDER} for the examples' folder; returns what the JVM logged to
     * {@code log.txt} in the temporary folder, or "" when it logged nothing there.
     */
    private String run(String commandLine, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(List.of(options));
        command.addAll(List.of("-jar", JAR.toString()));
        for (String arg : commandLine.split(" ")) {
            command.add(switch (arg) {
                case "SEED" -> SEED.toString();
                case "FOLDER" -> REPOSITORY.resolve("examples/conditions").toString();
                default -> arg;
            });
        }
        Process process = new ProcessBuilder(command)
                .redirectOutput(temp.resolve("out.txt").toFile())
                .redirectError(temp.resolve("err.txt").toFile())
                .start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(temp.resolve("err.txt"), UTF_8)).isIn(0, 1, 2);
        Path log = temp.resolve("log.txt");
        return Files.exists(log) ? Files.readString(log, UTF_8) : "";
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
