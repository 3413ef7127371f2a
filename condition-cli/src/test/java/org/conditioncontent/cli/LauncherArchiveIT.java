package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.conditioncontent.cli.CommandRun.REPOSITORY;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up archive of {@code ./conditions}: on JDK 17 (up to 24) a class-data-sharing archive,
 * {@code conditions.jsa}; on JDK 25 and later an ahead-of-time cache, {@code conditions.aot}. Each
 * is written by a training run before the first validate after a build, mapped by the runs after,
 * holds the classes of a format the first run did not read, and never changes what a run prints
 * or how it exits, even when it is unusable.
 *
 * <p>The launcher runs from a copy of the repository with the built jar, its libraries and the
 * examples, so that no test touches the archive of the real one. The JDK a run uses is the first
 * {@code java} on PATH, as for users: a stand-in JDK folder whose {@code lib} and {@code release}
 * are the real JDK's and whose {@code bin/java} notes each command line in {@code calls.txt}
 * before it runs the real one, adding the options in {@code EXTRA_JAVA_OPTIONS} just before
 * {@code -jar} (the launcher's {@code -Xlog:disable} would clear a class log given earlier).
 * JDK 17 is the JDK the tests run on (CI's); JDK 25 is looked for in {@code JDK25_HOME}, else in
 * {@code /usr/lib/jvm}, and its tests are skipped without one.
 */
class LauncherArchiveIT {

    private static final Path JDKS = Path.of("/usr/lib/jvm");

    @TempDir
    Path repository;

    private Path target;
    private Path article;
    private Path jsonArticle;

    @AfterEach
    void removeTheStandInJdks() throws IOException {
        // The links lead out of the temporary folder, which JUnit would warn about.
        try (Stream<Path> homes = Files.list(repository)) {
            for (Path home : homes.filter(p -> p.getFileName().toString().startsWith("jdk-")).toList()) {
                Files.deleteIfExists(home.resolve("lib"));
                Files.deleteIfExists(home.resolve("release"));
            }
        }
    }

    @BeforeEach
    void copyTheRepository() throws IOException, InterruptedException {
        assumeThat(System.getProperty("os.name")).doesNotContainIgnoringCase("windows");
        target = Files.createDirectories(repository.resolve("condition-cli/target"));
        Files.copy(REPOSITORY.resolve("conditions"), repository.resolve("conditions"));
        Path built = REPOSITORY.resolve("condition-cli/target");
        copyTree(built.resolve("lib"), target.resolve("lib"));
        // Copied last, so that nothing the launcher compares with it is newer.
        Files.copy(built.resolve("conditions.jar"), target.resolve("conditions.jar"));
        copyTree(REPOSITORY.resolve("examples/conditions"), repository.resolve("examples/conditions"));
        copyTree(REPOSITORY.resolve("examples/invalid"), repository.resolve("examples/invalid"));
        article = repository.resolve("examples/conditions/nocturnal-leg-cramps.yaml");
        // A JSON article, which the first run after the build never reads.
        jsonArticle = repository.resolve("nocturnal-leg-cramps.json");
        Files.write(jsonArticle, CommandRun.of("render", "--format", "json", CommandRun.SEED.toString()).outBytes());
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void jdk17WritesAndMapsAClassDataSharingArchive() throws IOException, InterruptedException {
        String loaded = writesAnArchiveAndMapsIt(jdkBefore25(), "conditions.jsa", "conditions.aot");
        // JDK 17 stays on class-data sharing: no ahead-of-time cache option in any call.
        assertTheJavaCalls("DumpLoadedClassList", "-Xshare:on -XX:SharedArchiveFile", "SharedArchiveFile", "AOTCache");
        // A static archive, dumped from the training's list of classes: a dynamic one
        // (-XX:ArchiveClassesAtExit) leaves out picocli's classes, compiled for Java 5. The dump
        // names G1, the one collector that writes the archive's heap objects.
        String file = target.resolve("conditions.jsa").toString();
        assertThat(Files.readAllLines(repository.resolve("calls.txt")))
                .noneMatch(c -> c.contains("-XX:ArchiveClassesAtExit"))
                .anyMatch(c -> c.startsWith("-XX:+UseG1GC -Xshare:dump -XX:SharedClassListFile=" + file + ".")
                        && c.contains(" -XX:SharedArchiveFile=" + file + "."));
        assertThat(loaded).as("picocli's classes come from the archive")
                .contains("picocli.CommandLine source: shared objects file")
                .contains("picocli.CommandLine$Model$CommandSpec source: shared objects file");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void jdk25WritesAndMapsAnAheadOfTimeCache() throws IOException, InterruptedException {
        writesAnArchiveAndMapsIt(jdk25(), "conditions.aot", "conditions.jsa");
        assertTheJavaCalls("AOTCacheOutput", "-XX:AOTMode=on -XX:AOTCache", "AOTCache", "SharedArchiveFile");
        assertThat(Files.readString(repository.resolve("calls.txt"))).doesNotContain("ArchiveClassesAtExit");
    }

    /**
     * The launcher's java command lines: a training run that writes the file under a temporary
     * name, a strict run that maps it before it is moved into place, and the command run with
     * it; and never the other kind's option.
     */
    private void assertTheJavaCalls(String write, String strict, String use, String otherKind) throws IOException {
        String file = target.resolve(write.equals("AOTCacheOutput") ? "conditions.aot" : "conditions.jsa").toString();
        assertThat(Files.readAllLines(repository.resolve("calls.txt")))
                .noneMatch(c -> c.contains("-XX:" + otherKind))
                .anyMatch(c -> c.contains("-XX:" + write + "=" + file + ".") && c.contains("TrainingRun"))
                .anyMatch(c -> c.contains(strict + "=" + file + ".") && c.endsWith("--version"))
                .anyMatch(c -> c.contains("-XX:" + use + "=" + file + " -jar"));
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void jdk17RunsWithAnUnusableArchiveAsWithout() throws IOException, InterruptedException {
        runsWithAnUnusableArchiveAsWithout(jdkBefore25(), "conditions.jsa");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void jdk25RunsWithAnUnusableCacheAsWithout() throws IOException, InterruptedException {
        runsWithAnUnusableArchiveAsWithout(jdk25(), "conditions.aot");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void anotherJdkWritesItsOwnArchive() throws IOException, InterruptedException {
        Path jdk17 = jdkBefore25();
        Path jdk25 = jdk25();
        assertThat(launch(jdk17, List.of(), "validate", article.toString()).exitCode()).isZero();
        assertThat(target.resolve("conditions.jsa.java")).content().isEqualTo(stamp(jdk17, target));

        assertThat(launch(jdk25, List.of(), "validate", article.toString()).exitCode()).isZero();
        assertThat(target.resolve("conditions.aot")).isNotEmptyFile();
        assertThat(target.resolve("conditions.aot.java")).content().isEqualTo(stamp(jdk25, target));

        // Back on JDK 17 its archive, written by JDK 17, is still the one used: nothing rewritten.
        FileTime written = Files.getLastModifiedTime(target.resolve("conditions.jsa"));
        assertThat(launch(jdk17, List.of(), "validate", article.toString()).exitCode()).isZero();
        assertThat(Files.getLastModifiedTime(target.resolve("conditions.jsa"))).isEqualTo(written);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aNewerJarHasItsArchiveWrittenAgain() throws IOException, InterruptedException {
        Path jdk = jdkBefore25();
        assertThat(launch(jdk, List.of(), "validate", article.toString()).exitCode()).isZero();
        Path archive = target.resolve("conditions.jsa");
        FileTime written = Files.getLastModifiedTime(archive);
        // As a build leaves it: the jar newer than the archive. Aged from the jar's time, not the
        // archive's: on a loaded machine the runs between the jar's copy and the archive's dump
        // can take longer than any fixed step back from the archive.
        long jar = Files.getLastModifiedTime(target.resolve("conditions.jar")).toMillis();
        Files.setLastModifiedTime(archive, FileTime.fromMillis(Math.min(jar, written.toMillis()) - 60_000));
        FileTime aged = Files.getLastModifiedTime(archive);

        assertThat(launch(jdk, List.of(), "validate", article.toString()).exitCode()).isZero();
        assertThat(Files.getLastModifiedTime(archive)).isGreaterThan(aged);
    }

    /**
     * A checkout moved or copied elsewhere with its dates kept ({@code cp -a}, {@code mv}) has an
     * archive made for the old class path, which the JVM would refuse without a word on every run:
     * the jar's path in the archive's stamp has it written again for the new one, and mapped.
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aMovedCheckoutHasItsArchiveWrittenAgain() throws IOException, InterruptedException {
        Path jdk = jdkBefore25();
        assertThat(launch(repository, jdk, List.of(), "validate", article.toString()).exitCode()).isZero();
        Path moved = repository.resolve("moved");
        Files.createDirectories(moved);
        Files.copy(repository.resolve("conditions"), moved.resolve("conditions"), StandardCopyOption.COPY_ATTRIBUTES);
        copyTree(repository.resolve("examples"), moved.resolve("examples"));
        copyTree(repository.resolve("condition-cli"), moved.resolve("condition-cli"));
        Path movedTarget = moved.resolve("condition-cli/target");
        // The folder's date too, as cp -a and mv keep it: the launcher compares it with the archive's.
        Files.setLastModifiedTime(movedTarget.resolve("lib"), Files.getLastModifiedTime(target.resolve("lib")));
        Path archive = movedTarget.resolve("conditions.jsa");
        FileTime copied = Files.getLastModifiedTime(archive);
        assertThat(movedTarget.resolve("conditions.jsa.java")).content().isEqualTo(stamp(jdk, target));

        Path classes = repository.resolve("moved-classes.txt");
        Launch run = launch(moved, jdk, List.of("EXTRA_JAVA_OPTIONS=-Xlog:class+load=info:file=" + classes),
                "validate", article.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.getLastModifiedTime(archive)).isGreaterThan(copied);
        assertThat(movedTarget.resolve("conditions.jsa.java")).content().isEqualTo(stamp(jdk, movedTarget));
        assertThat(Files.readString(classes, UTF_8)).as("the run maps the archive written for the moved jar")
                .contains("org.conditioncontent.loader.ConditionLoader source: shared objects file");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void conditionsCdsOffWritesNoArchive() throws IOException, InterruptedException {
        Path jdk = jdkBefore25();
        Launch run = launch(jdk, List.of("CONDITIONS_CDS=off"), "validate", article.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(archiveFiles()).isEmpty();
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void commandsThatCheckNoArticlesWriteNoArchive() throws IOException, InterruptedException {
        Path jdk = jdkBefore25();
        assertThat(launch(jdk, List.of(), "rules").exitCode()).isZero();
        assertThat(archiveFiles()).isEmpty();
    }

    /**
     * From 50,000 article files on, validate keeps tiered compilation and gives the JVM the options
     * for large runs' memory and C2's inlining (docs/decisions.md, 91, 96 and 110), with no initial
     * heap when the JVM's environment caps the heap (an initial size above the cap stops the JVM);
     * below, C1 alone.
     * The runs stop at a bad option value, after the launcher has counted the files.
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void fiftyThousandFilesRunTieredWithTheOptionsForLargeRuns() throws IOException, InterruptedException {
        Path many = Files.createDirectories(repository.resolve("many"));
        for (int i = 0; i < 50_000; i++) {
            Files.createFile(many.resolve(i + ".json"));
        }
        Path jdk = jdkBefore25();
        String[] args = {"validate", "--max-warnings", "some", many.toString()};
        Launch large = launch(jdk, List.of("CONDITIONS_CDS=off"), args);
        Launch capped = launch(jdk, List.of("CONDITIONS_CDS=off", "JDK_JAVA_OPTIONS=-Xmx40m"), args);
        Files.delete(many.resolve("0.json"));
        Launch fewer = launch(jdk, List.of("CONDITIONS_CDS=off"), args);

        for (Launch run : List.of(large, capped, fewer)) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.err()).contains("--max-warnings").doesNotContain("Initial heap size");
        }
        List<String> calls = Files.readAllLines(repository.resolve("calls.txt"));
        assertThat(calls).hasSize(3);
        assertThat(calls.get(0)).doesNotContain("TieredStopAtLevel")
                .contains("-XX:MaxNodeLimit=16000", "-XX:FreqInlineSize=100 -XX:InlineSmallCode=1000",
                        "-Xms32m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20");
        assertThat(calls.get(1)).doesNotContain("TieredStopAtLevel", "-Xms")
                .contains("-XX:MaxNodeLimit=16000", "-XX:FreqInlineSize=100 -XX:InlineSmallCode=1000",
                        "-XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20");
        assertThat(calls.get(2)).contains("-XX:TieredStopAtLevel=1")
                .doesNotContain("MaxNodeLimit", "FreqInlineSize", "InlineSmallCode", "-Xms", "HeapFreeRatio");
    }

    /**
     * On two CPUs, where JDK 25 starts one C1 compiler thread and JDK 17 two, a JDK 25 run gets two;
     * on four, where JDK 25 starts three, and on JDK 17, the launcher leaves the count alone. The
     * CPUs are counted by a stand-in {@code getconf} first on PATH.
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void jdk25OnTwoCpusRunsTwoCompilerThreads() throws IOException, InterruptedException {
        Path jdk25 = jdk25();
        Path jdk17 = jdkBefore25();
        for (Path jdk : List.of(jdk25, jdk17)) {
            for (int cpus : new int[] {2, 4}) {
                Launch run = launch(jdk, List.of("CONDITIONS_CDS=off",
                        "PATH=" + jdk.resolve("bin") + ":" + cpus(cpus) + ":" + System.getenv("PATH")),
                        "validate", article.toString());
                assertThat(run.exitCode()).as(run.err()).isZero();
                assertThat(run.out()).contains("1 files, 0 errors");
            }
        }
        List<String> calls = Files.readAllLines(repository.resolve("calls.txt"));
        assertThat(calls).hasSize(4);
        assertThat(calls.get(0)).as("JDK 25, two CPUs").contains("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=2 ");
        assertThat(calls.get(1)).as("JDK 25, four CPUs").doesNotContain("CICompilerCount");
        assertThat(calls.get(2)).as("JDK 17, two CPUs").doesNotContain("CICompilerCount");
        assertThat(calls.get(3)).as("JDK 17, four CPUs").doesNotContain("CICompilerCount");
    }

    /**
     * A run whose archive is current starts no program but find: the build check's, and for a
     * folder the count of its files. Each program the launcher started (dirname, sed, cat, head,
     * wc, readlink, a subshell each) cost about 5 ms on a two-core virtual machine, 0.15 s a run
     * in all (docs/performance.md, "Issue 20: the launcher, round 12"). The runs' PATH holds only
     * the java, reached through two links as Debian's alternatives reach it (so that following
     * them again would call readlink), and stand-ins for common programs that note their name and
     * arguments, then run the real one: a program not among them fails the run.
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aRunWithACurrentArchiveStartsNoProgramButFind() throws IOException, InterruptedException {
        Path jdk = jdkBefore25();
        Path links = Files.createDirectories(repository.resolve("links"));
        Path alternatives = Files.createDirectories(repository.resolve("alternatives"));
        Files.createSymbolicLink(alternatives.resolve("java"), jdk.resolve("bin/java"));
        Files.createSymbolicLink(links.resolve("java"), alternatives.resolve("java"));
        Path folder = repository.resolve("examples/conditions");
        Launch first = launch(jdk, List.of("PATH=" + links + ":" + System.getenv("PATH")),
                "validate", "--report", "json", folder.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(target.resolve("conditions.jsa.java")).content().isEqualTo(stamp(jdk, target));
        int written = Files.readAllLines(repository.resolve("calls.txt")).size();

        Path programs = programsThatNoteTheirCalls("find", "readlink", "dirname", "basename", "sed", "cat", "head",
                "wc", "getconf", "cksum", "cut", "mkdir", "grep", "awk", "tr", "stat", "date", "ls", "uname");
        List<String> environment = List.of("PATH=" + links + ":" + programs, "PROGRAMS=" + repository.resolve("programs.txt"));
        Launch ofAFolder = launch(jdk, environment, "validate", "--report", "json", folder.toString());
        Launch ofAFile = launch(jdk, environment, "validate", "--report", "json", article.toString());

        assertThat(ofAFolder.exitCode()).as(ofAFolder.err()).isZero();
        assertThat(ofAFolder.out()).isEqualTo(first.out());
        assertThat(ofAFile.exitCode()).as(ofAFile.err()).isZero();
        List<String> calls = Files.readAllLines(repository.resolve("calls.txt"));
        assertThat(calls.subList(written, calls.size()))
                .as("each run is one java, which maps the archive the first run wrote")
                .hasSize(2)
                .allMatch(c -> c.contains("-XX:SharedArchiveFile=" + target.resolve("conditions.jsa") + " -jar"));
        List<String> started = Files.readAllLines(repository.resolve("programs.txt"));
        assertThat(started).hasSize(3);
        assertThat(started.get(0)).as("the build check").startsWith("find " + repository.toRealPath() + " -mindepth 1");
        assertThat(started.get(1)).as("the count of the folder's files").startsWith("find " + folder + " -type f");
        assertThat(started.get(2)).as("the build check; a file is not counted").startsWith("find " + repository.toRealPath() + " -mindepth 1");
    }

    /**
     * Where the kernel gives transparent huge pages on request ("madvise"), the heap asks for
     * them, and the JVM says nothing about it; elsewhere the option is left out, since a JVM
     * given it where the kernel has none warns on standard error. This machine's kernel decides
     * which of those two the test sees. Either way, an option about them in the JVM's environment
     * ({@code JDK_JAVA_OPTIONS}) decides instead: the launcher gives none.
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theHeapAsksForHugePagesWhereTheKernelGivesThemOnRequest() throws IOException, InterruptedException {
        Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        String mode = Files.isReadable(setting) ? Files.readString(setting) : "";
        Path jdk = jdkBefore25();
        Launch run = launch(jdk, List.of("CONDITIONS_CDS=off"), "validate", article.toString());
        Launch off = launch(jdk, List.of("CONDITIONS_CDS=off", "JDK_JAVA_OPTIONS=-XX:-UseTransparentHugePages"),
                "validate", article.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(off.exitCode()).as(off.err()).isZero();
        List<String> calls = Files.readAllLines(repository.resolve("calls.txt"));
        assertThat(calls).hasSize(2);
        if (mode.contains("[madvise]")) {
            assertThat(calls.get(0)).contains("-XX:+UseTransparentHugePages");
        } else {
            assertThat(calls.get(0)).doesNotContain("TransparentHugePages");
        }
        assertThat(calls.get(1)).as("turned off in JDK_JAVA_OPTIONS").doesNotContain("TransparentHugePages");
    }

    /**
     * A folder of stand-ins for these programs: each notes its name and arguments in the file
     * {@code PROGRAMS} names, then runs the real one found on PATH. It also holds bash, which the
     * stand-ins (and the stand-in JDK's java) run on, unnoted.
     */
    private Path programsThatNoteTheirCalls(String... names) throws IOException {
        Path folder = Files.createDirectories(repository.resolve("programs"));
        Files.createSymbolicLink(folder.resolve("bash"), onPath("bash").orElseThrow());
        for (String name : names) {
            Optional<Path> real = onPath(name);
            if (real.isEmpty()) {
                continue;
            }
            Path program = folder.resolve(name);
            Files.writeString(program, """
                    #!/usr/bin/env bash
                    echo "%s $*" >> "$PROGRAMS"
                    exec %s "$@"
                    """.formatted(name, real.get()));
            Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return folder;
    }

    /** The first executable of this name on the tests' PATH. */
    private static Optional<Path> onPath(String name) {
        return Stream.of(System.getenv("PATH").split(":"))
                .map(d -> Path.of(d, name))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** A folder with a {@code getconf} that counts this many CPUs online and runs the real one otherwise. */
    private Path cpus(int count) throws IOException {
        Path folder = Files.createDirectories(repository.resolve("cpus-" + count));
        Path real = onPath("getconf").orElseThrow(() -> new IllegalStateException("no getconf on PATH"));
        Path getconf = folder.resolve("getconf");
        Files.writeString(getconf, """
                #!/usr/bin/env bash
                if [ "$1" = _NPROCESSORS_ONLN ]; then
                    echo %d
                else
                    exec %s "$@"
                fi
                """.formatted(count, real));
        Files.setPosixFilePermissions(getconf, PosixFilePermissions.fromString("rwxr-xr-x"));
        return folder;
    }

    /**
     * The first validate, of a YAML article, trains and writes the archive (and no other kind),
     * then prints what a run without one prints; the second, of a JSON article, maps it, and finds
     * the JSON reader's classes in it, which only the training read.
     */
    /** Returns the class-loading log of the run with the archive. */
    private String writesAnArchiveAndMapsIt(Path jdk, String name, String otherName) throws IOException, InterruptedException {
        Launch yamlWithout = launch(jdk, List.of("CONDITIONS_CDS=off"), "validate", article.toString());
        Launch jsonWithout = launch(jdk, List.of("CONDITIONS_CDS=off"), "validate", jsonArticle.toString());
        assertThat(archiveFiles()).as("CONDITIONS_CDS=off writes no archive").isEmpty();

        // A training folder left by a launcher killed outright (a process id no system gives) goes too.
        Files.createDirectories(target.resolve("training.999999999/left"));
        Launch first = launch(jdk, List.of(), "validate", article.toString());
        assertThat(first.exitCode()).as(first.err()).isEqualTo(yamlWithout.exitCode());
        assertThat(first.out()).isEqualTo(yamlWithout.out());
        assertThat(first.err()).isEmpty();
        assertThat(target.resolve(name)).isNotEmptyFile();
        assertThat(target.resolve(name + ".java")).content().isEqualTo(stamp(jdk, target));
        assertThat(target.resolve(otherName)).doesNotExist();
        assertThat(archiveFiles()).as("no temporary file or training folder left")
                .containsExactlyInAnyOrder(name, name + ".java");

        Path classes = repository.resolve("classes.txt");
        Launch second = launch(jdk, List.of("EXTRA_JAVA_OPTIONS=-Xlog:class+load=info:file=" + classes),
                "validate", jsonArticle.toString());
        assertThat(second.exitCode()).isEqualTo(jsonWithout.exitCode());
        assertThat(second.out()).isEqualTo(jsonWithout.out());
        String loaded = Files.readString(classes, UTF_8);
        assertThat(loaded)
                .as("the command's classes come from the archive")
                .contains("org.conditioncontent.loader.ConditionLoader source: shared objects file")
                .as("the JSON reader's classes too, which only the training read")
                .contains("tools.jackson.core.json.UTF8StreamJsonParser source: shared objects file");
        return loaded;
    }

    /** An archive that is current by its dates but holds nothing usable changes nothing a run shows. */
    private void runsWithAnUnusableArchiveAsWithout(Path jdk, String name) throws IOException, InterruptedException {
        Launch without = launch(jdk, List.of("CONDITIONS_CDS=off"), "validate", "--report", "json",
                repository.resolve("examples/invalid").toString());
        assertThat(without.exitCode()).isEqualTo(1);
        Files.writeString(target.resolve(name), "not an archive\n".repeat(1000));
        Files.writeString(target.resolve(name + ".java"), stamp(jdk, target));

        Launch broken = launch(jdk, List.of(), "validate", "--report", "json", repository.resolve("examples/invalid").toString());
        assertThat(broken.exitCode()).as(broken.err()).isEqualTo(1);
        assertThat(broken.out()).isEqualTo(without.out());
        assertThat(broken.err()).isEmpty();
    }

    /**
     * A collector chosen in the JVM's environment variables (as containers and CI set them) is
     * kept: the launcher's serial collector beside it stopped the JVM from starting ("Multiple
     * garbage collectors selected", on standard output, exit code 1), and the archive's dump named
     * G1 beside it too.
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aCollectorChosenInTheJvmsEnvironmentIsKept() throws IOException, InterruptedException {
        Path jdk = jdkBefore25();
        String invalid = repository.resolve("examples/invalid").toString();
        Launch without = launch(jdk, List.of("CONDITIONS_CDS=off"), "validate", "--report", "json", invalid);
        Files.delete(repository.resolve("calls.txt")); // the calls of the run with the collector chosen, below

        // G1 too, whose name has a digit (the first version's pattern left it out), through another variable.
        Launch g1 = launch(jdk, List.of("CONDITIONS_CDS=off", "JAVA_TOOL_OPTIONS=-XX:+UseG1GC"), "validate", "--report", "json", invalid);
        assertThat(g1.exitCode()).as(g1.err()).isEqualTo(1);
        assertThat(g1.out()).isEqualTo(without.out());
        Files.delete(repository.resolve("calls.txt"));

        Launch parallel = launch(jdk, List.of("JDK_JAVA_OPTIONS=-XX:+UseParallelGC"), "validate", "--report", "json", invalid);

        assertThat(parallel.exitCode()).as(parallel.err()).isEqualTo(1);
        assertThat(parallel.out()).isEqualTo(without.out());
        assertThat(parallel.err()).doesNotContain("Multiple garbage collectors").doesNotContain("Error occurred");
        assertThat(target.resolve("conditions.jsa")).as("the archive, dumped with the collector chosen").isNotEmptyFile();
        assertThat(Files.readAllLines(repository.resolve("calls.txt"))).noneMatch(c -> c.contains("-XX:+UseSerialGC"))
                .noneMatch(c -> c.contains("-XX:+UseG1GC"));
    }

    /**
     * An archive changed after the launcher checked and stamped it (written over, damaged on
     * disk) is written again: a JVM that maps a damaged archive of the right size can crash, and
     * the dates the launcher compared said nothing of it.
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void anArchiveChangedAfterItsStampIsWrittenAgain() throws IOException, InterruptedException {
        Path jdk = jdkBefore25();
        Launch first = launch(jdk, List.of(), "validate", article.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        Path archive = target.resolve("conditions.jsa");
        long size = Files.size(archive);
        byte[] noise = new byte[(int) Math.min(4 << 20, size / 2)];
        new java.util.Random(20261201L).nextBytes(noise);
        Thread.sleep(20); // a later time than the stamp's, on any file system's clock
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(archive.toFile(), "rw")) {
            file.seek(size / 4);
            file.write(noise);
        }
        assertThat(Files.size(archive)).isEqualTo(size);

        Launch second = launch(jdk, List.of(), "validate", article.toString());

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.err()).isEmpty();
        byte[] now = new byte[noise.length];
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(archive.toFile(), "r")) {
            file.seek(size / 4);
            file.readFully(now);
        }
        assertThat(now).as("the archive was written again").isNotEqualTo(noise);
    }

    /** JAVA_HOME names the JDK that runs, as it names the one Maven builds with; the java on PATH is another. */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void javaHomeNamesTheJdkThatRuns() throws IOException, InterruptedException {
        Path jdk = jdkBefore25();
        List<String> command = List.of("env", "JAVA_HOME=" + jdk, "CALLS=" + repository.resolve("calls.txt"), "bash",
                repository.resolve("conditions").toString(), "--version");
        Launch run = Launch.run(command, repository);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(repository.resolve("calls.txt")).as("the stand-in JDK of JAVA_HOME ran it").isNotEmptyFile();

        Launch nowhere = Launch.run(List.of("env", "JAVA_HOME=" + repository.resolve("no-jdk"), "bash",
                repository.resolve("conditions").toString(), "--version"), repository);
        assertThat(nowhere.exitCode()).isEqualTo(2);
        assertThat(nowhere.err()).isEqualTo("conditions: JAVA_HOME is " + repository.resolve("no-jdk") + ", which has no bin/java;"
                + " set it to a JDK 17 or later, or unset it to use the java on PATH\n");
    }

    /**
     * A Java older than 17 is named and refused with exit code 2 (a usage problem), before it
     * runs: it failed with an UnsupportedClassVersionError and exit code 1, which says the
     * articles have problems.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void anOlderJavaIsRefusedWithExitCodeTwo() throws IOException, InterruptedException {
        Path old = Files.createDirectories(repository.resolve("jdk-11/bin"));
        Files.writeString(old.getParent().resolve("release"), "IMPLEMENTOR=\"Someone\"\nJAVA_VERSION=\"11.0.22\"\n");
        Path java = old.resolve("java");
        Files.writeString(java, "#!/usr/bin/env bash\necho ran >> \"$CALLS\"\nexit 1\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

        Launch run = launch(old.getParent(), List.of(), "validate", article.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("conditions: " + java + " is Java 11; the command needs Java 17 or later (set JAVA_HOME to one)\n");
        assertThat(run.out()).isEmpty();
        assertThat(repository.resolve("calls.txt")).as("the old Java was never started").doesNotExist();
    }

    /** Run with sh, the launcher runs itself with bash: sh stopped at bash's own options, with exit code 2. */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void runWithShItRunsItselfWithBash() throws IOException, InterruptedException {
        Launch run = Launch.run(List.of("env", "PATH=" + jdkBefore25().resolve("bin") + ":" + System.getenv("PATH"),
                "CALLS=" + repository.resolve("calls.txt"), "sh", repository.resolve("conditions").toString(), "--version"), repository);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("conditions ");
        assertThat(run.err()).isEmpty();
    }

    /**
     * A training that fails (here a JDK that refuses it; a full disk does the same) is noted and
     * said once, and not tried again on each run, seconds each time, until the jar changes.
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aTrainingThatFailsIsSaidOnceAndNotTriedOnEveryRun() throws IOException, InterruptedException {
        Path jdk = jdkBefore25();
        Path java = jdk.resolve("bin/java");
        String real = Files.readString(java, UTF_8);
        // The stand-in JDK refuses the training run and passes everything else on.
        Files.writeString(java, real.replace("echo \"$*\" >> \"$CALLS\"\n",
                "echo \"$*\" >> \"$CALLS\"\n[[ \" $* \" == *\" org.conditioncontent.cli.TrainingRun \"* ]] && exit 3\n"), UTF_8);

        Launch first = launch(jdk, List.of(), "validate", article.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).isEqualTo("1 files, 0 errors, 0 warnings\n");
        assertThat(first.err()).isEqualTo("conditions: the start-up archive could not be written (the training run ended with exit"
                + " code 3); the command runs without it, slower to start, until the jar or the JDK changes (remove "
                + target.toRealPath().resolve("conditions.jsa.failed") + " to try again)\n");
        assertThat(trainings()).isEqualTo(1);

        Launch second = launch(jdk, List.of(), "validate", article.toString());
        assertThat(second.exitCode()).isZero();
        assertThat(second.err()).isEmpty();
        assertThat(trainings()).as("not tried again").isEqualTo(1);

        // A new build: tried again.
        Files.setLastModifiedTime(target.resolve("conditions.jar"), FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        launch(jdk, List.of(), "validate", article.toString());
        assertThat(trainings()).as("tried again for the new jar").isEqualTo(2);
    }

    private long trainings() throws IOException {
        return Files.readAllLines(repository.resolve("calls.txt")).stream().filter(c -> c.contains("TrainingRun")).count();
    }

    /** A launcher's run: its exit code and what it wrote. */
    record Launch(int exitCode, String out, String err) {

        /** Runs a command in a folder, its output in files there, and waits up to 4 minutes for it. */
        static Launch run(List<String> command, Path folder) throws IOException, InterruptedException {
            Path out = Files.createTempFile(folder, "out", ".txt");
            Path err = Files.createTempFile(folder, "err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(folder.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            // What the machine running the tests may have set: the JVM notes each of the first
            // three on standard error, -Xmx among them changes the launcher's options, the
            // launcher's own would change what it runs, and JAVA_HOME would choose the JDK in the
            // place of the one on PATH. A test sets what it needs in its command.
            builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS",
                    "CONDITIONS_CDS", "CONDITIONS_JAVA_OPTIONS", "CONDITIONS_MAVEN", "JAVA_HOME"));
            Process process = builder.start();
            assertThat(process.waitFor(4, TimeUnit.MINUTES)).isTrue();
            return new Launch(process.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8));
        }
    }

    private Launch launch(Path jdk, List<String> environment, String... args) throws IOException, InterruptedException {
        return launch(repository, jdk, environment, args);
    }

    /** Runs the launcher of the checkout in {@code checkout}, from the test's repository folder. */
    private Launch launch(Path checkout, Path jdk, List<String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("env", "PATH=" + jdk.resolve("bin") + ":" + System.getenv("PATH"),
                "CALLS=" + repository.resolve("calls.txt")));
        command.addAll(environment);
        command.add("bash");
        command.add(checkout.resolve("conditions").toString());
        command.addAll(List.of(args));
        return Launch.run(command, repository);
    }

    /**
     * What the launcher writes beside an archive: the JDK's folder and the jar's path (links
     * resolved, as the launcher names its folder), a line each.
     */
    private static String stamp(Path jdk, Path target) throws IOException {
        return jdk + "\n" + target.toRealPath().resolve("conditions.jar") + "\n";
    }

    /** The names in the target folder that the archive's writing makes. */
    private List<String> archiveFiles() throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("conditions.jsa") || n.startsWith("conditions.aot") || n.startsWith("training"))
                    .sorted()
                    .toList();
        }
    }

    /**
     * A stand-in for a JDK, as the launcher sees it: {@code lib} and {@code release} are the real
     * JDK's, and {@code bin/java} notes its command line before it runs the real one.
     */
    private Path standIn(Path real) throws IOException {
        Path home = repository.resolve("jdk-" + real.getFileName());
        if (Files.isDirectory(home)) {
            return home;
        }
        Files.createDirectories(home.resolve("bin"));
        Files.createSymbolicLink(home.resolve("lib"), real.resolve("lib"));
        Files.createSymbolicLink(home.resolve("release"), real.resolve("release"));
        Path java = home.resolve("bin/java");
        Files.writeString(java, """
                #!/usr/bin/env bash
                echo "$*" >> "$CALLS"
                options=()
                for option in "$@"; do
                    if [ "$option" = -jar ] && [ -n "${EXTRA_JAVA_OPTIONS:-}" ]; then
                        options+=("$EXTRA_JAVA_OPTIONS")
                    fi
                    options+=("$option")
                done
                exec %s "${options[@]}"
                """.formatted(real.resolve("bin/java")));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    private Path jdkBefore25() throws IOException {
        return standIn(realJdkBefore25());
    }

    private Path jdk25() throws IOException {
        return standIn(realJdk25());
    }

    /** The JDK the tests run on, which must be older than 25 to test the class-data-sharing archive. */
    static Path realJdkBefore25() {
        Path home = real(Path.of(System.getProperty("java.home")));
        Optional<Path> older = feature(home) < 25 ? Optional.of(home) : jdks().filter(j -> feature(j) < 25).findFirst();
        assumeThat(older).as("a JDK before 25 (the tests run on %s)", home).isPresent();
        return real(older.orElseThrow());
    }

    /** A JDK 25 or later: JDK25_HOME, else the newest in /usr/lib/jvm. */
    static Path realJdk25() {
        String configured = System.getenv("JDK25_HOME");
        Optional<Path> found = configured != null && !configured.isBlank()
                ? Optional.of(Path.of(configured))
                : jdks().filter(j -> feature(j) >= 25).max(Comparator.comparingInt(LauncherArchiveIT::feature));
        assumeThat(found.filter(j -> Files.isExecutable(j.resolve("bin/java"))))
                .as("no JDK 25 or later: set JDK25_HOME to test the ahead-of-time cache").isPresent();
        return real(found.orElseThrow());
    }

    /** The folder with its links resolved, as the launcher names the JDK it records. */
    private static Path real(Path jdk) {
        try {
            return jdk.toRealPath();
        } catch (IOException e) {
            return jdk;
        }
    }

    private static Stream<Path> jdks() {
        if (!Files.isDirectory(JDKS)) {
            return Stream.empty();
        }
        try (Stream<Path> listed = Files.list(JDKS)) {
            return listed.filter(j -> !Files.isSymbolicLink(j) && Files.isRegularFile(j.resolve("release")))
                    .sorted()
                    .toList()
                    .stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    /** The JDK's feature version from its release file, as the launcher reads it; 0 when unknown. */
    private static int feature(Path jdk) {
        try {
            Matcher m = Pattern.compile("(?m)^JAVA_VERSION=\"(?:1\\.)?(\\d+)").matcher(Files.readString(jdk.resolve("release")));
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
