package org.conditioncontent.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's nullness check catches what it is there to catch. The compiler arguments are read
 * from the {@code nullness} profile of the parent POM, which compiles every library module, and
 * javac runs with them, in its own process as the build runs it, on planted files: a dereference
 * of a {@code @Nullable} value and an ignored {@code @CheckReturnValue} result must fail the
 * compilation; the same code with the bugs fixed must pass.
 */
class NullnessCheckTest {

    @TempDir
    Path out;

    /** The {@code <arg>} values of the nullness profile's compiler configuration. */
    static List<String> buildArguments() throws IOException {
        String pom = Files.readString(Path.of("../pom.xml"), StandardCharsets.UTF_8);
        int profile = pom.indexOf("<id>nullness</id>");
        assertThat(profile).as("the nullness profile in the parent POM").isPositive();
        String section = pom.substring(profile, pom.indexOf("</compilerArgs>", profile));
        List<String> args = new ArrayList<>();
        Matcher m = Pattern.compile("<arg>([^<]*)</arg>").matcher(section);
        while (m.find()) {
            args.add(m.group(1).trim());
        }
        assertThat(args).anyMatch(a -> a.startsWith("-Xplugin:ErrorProne") && a.contains("-Xep:NullAway:ERROR"));
        return args;
    }

    private record Compilation(int exit, String output) {}

    private Compilation compile(String file) throws IOException, InterruptedException {
        // The test class path holds Error Prone, NullAway, JSpecify and the Error Prone annotations.
        String classPath = System.getProperty("java.class.path") + java.io.File.pathSeparator + System.getProperty("jdk.module.path", "");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
        command.addAll(buildArguments());
        command.addAll(List.of("--release", "17", "-processorpath", classPath, "-classpath", classPath, "-d", out.toString(),
                Path.of("src/test/resources/nullness", file).toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Compilation(p.waitFor(), output);
    }

    @Test
    void aDereferenceOfANullableValueFailsTheBuild() throws Exception {
        Compilation c = compile("PlantedNullDereference.java");
        assertThat(c.exit()).as(c.output()).isNotZero();
        assertThat(c.output()).contains("PlantedNullDereference.java:14").contains("[NullAway] dereferenced expression 'heading(present)' is @Nullable");
    }

    @Test
    void anIgnoredResultThatMustBeUsedFailsTheBuild() throws Exception {
        Compilation c = compile("PlantedIgnoredResult.java");
        assertThat(c.exit()).as(c.output()).isNotZero();
        assertThat(c.output()).contains("PlantedIgnoredResult.java:15").contains("[CheckReturnValue]");
    }

    @Test
    void theSameCodeWithoutTheBugsPasses() throws Exception {
        Compilation c = compile("Clean.java");
        assertThat(c.exit()).as(c.output()).isZero();
        assertThat(out.resolve("Clean.class")).exists();
    }
}
