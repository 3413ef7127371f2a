package org.conditioncontent.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java example, taken from the README as it is, compiles and runs from the
 * repository's root as the README says, so that a newcomer who pastes it gets a working program.
 */
class ReadmeJavaExampleTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @Test
    void compilesAndRunsAsShown(@TempDir Path temp) throws IOException, InterruptedException {
        String example = javaBlock(Files.readString(REPOSITORY.resolve("README.md")), "## Use it from Java");
        Path source = temp.resolve("FirstArticle.java");
        Files.writeString(source, example);
        String classPath = System.getProperty("java.class.path");

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int compiled = javac.run(null, errors, errors, "-classpath", classPath, "-d", temp.toString(), source.toString());
        assertThat(compiled).as("javac says:%n%s", errors.toString(UTF_8)).isZero();

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process run = new ProcessBuilder(java.toString(), "-cp", temp + File.pathSeparator + classPath, "FirstArticle")
                .directory(REPOSITORY.toFile())
                .redirectErrorStream(true)
                .start();
        String output;
        try (InputStream in = run.getInputStream()) {
            output = new String(in.readAllBytes(), UTF_8);
        }
        assertThat(run.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(run.exitValue()).as(output).isZero();
        assertThat(output.lines().toList())
                .anySatisfy(line -> assertThat(line).matches("Nocturnal Leg Cramps: a page of [0-9]+ characters, a fragment of [0-9]+, JSON of [0-9]+"))
                .anySatisfy(line -> assertThat(line).matches("upload.yaml is valid; the folder has [0-9]+ findings"));
    }

    /** The first fenced Java block after a heading. */
    static String javaBlock(String markdown, String heading) {
        int at = markdown.indexOf("\n" + heading + "\n");
        assertThat(at).as("the README has the heading %s", heading).isNotNegative();
        int start = markdown.indexOf("\n```java\n", at);
        assertThat(start).as("a java block follows %s", heading).isNotNegative();
        start += "\n```java\n".length();
        int end = markdown.indexOf("\n```\n", start);
        return markdown.substring(start, end + 1);
    }

    @Test
    void findsTheBlockUnderItsHeading() {
        String markdown = "# T\n\n```java\nclass Wrong {}\n```\n\n## Use it from Java\n\ntext\n\n```java\nclass Right {}\n```\n";

        assertThat(javaBlock(markdown, "## Use it from Java")).isEqualTo("class Right {}\n");
    }
}
