package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.conditioncontent.cli.CommandRun.FIXTURES;
import static org.conditioncontent.cli.CommandRun.SEED;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.model.Condition;
import org.conditioncontent.render.Renderers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RenderCommandTest {

    private static Condition seed;

    @BeforeAll
    static void loadSeed() {
        seed = ConditionLoader.builder().build().loadOrThrow(SEED);
    }

    private static byte[] expected(String format) {
        return Renderers.discover().get(format).render(seed).getBytes(UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "html", "json"})
    void rendersToStandardOutput(String format) {
        CommandRun run = CommandRun.of("render", "--format", format, SEED);

        assertThat(run.exitCode()).isZero();
        assertThat(run.outBytes()).isEqualTo(expected(format));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void rendersEachFormatAsItsOwnDocument() {
        assertThat(CommandRun.of("render", "--format", "text", SEED).out()).startsWith("Nocturnal Leg Cramps\n");
        assertThat(CommandRun.of("render", "--format", "html", SEED).out()).startsWith("<!DOCTYPE html>");
        assertThat(CommandRun.of("render", "--format", "json", SEED).out()).startsWith("{").contains("\"nocturnal-leg-cramps\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "html", "json"})
    void writesAFile(String format, @TempDir Path dir) throws IOException {
        Path out = dir.resolve("new/folder/cramps." + format);

        CommandRun run = CommandRun.of("render", "--format", format, "--out", out, SEED);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readAllBytes(out)).isEqualTo(expected(format));
        try (var files = Files.list(out.getParent())) {
            assertThat(files).as("no temporary file is left").containsExactly(out);
        }
    }

    @Test
    void replacesAnOlderFile(@TempDir Path dir) throws IOException {
        Path out = Files.writeString(dir.resolve("cramps.txt"), "old");

        assertThat(CommandRun.of("render", "--format", "text", "--out", out, SEED).exitCode()).isZero();

        assertThat(Files.readAllBytes(out)).isEqualTo(expected("text"));
    }

    @Test
    void doesNotRenderAnArticleWithErrors(@TempDir Path dir) {
        Path out = dir.resolve("out.txt");

        CommandRun run = CommandRun.of("render", "--format", "text", "--out", out, FIXTURES.resolve("unknown-field.yaml"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).isNotEmpty()
                .anySatisfy(line -> assertThat(line).contains("unknown-field.yaml:5:1: error: ").endsWith("[unknown-field]"));
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesAnUnknownFormatAsABadOption() {
        CommandRun run = CommandRun.of("render", "--format", "pdf", SEED);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().get(0)).isEqualTo("conditions: unknown format 'pdf'; known formats: html, json, text");
        assertThat(run.err()).contains("Usage: conditions render").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void needsAFormat() {
        CommandRun run = CommandRun.of("render", SEED);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().get(0)).startsWith("conditions: missing required option").contains("--format");
    }

    @Test
    void aMissingFileCannotBeRendered() {
        CommandRun run = CommandRun.of("render", "--format", "text", "missing.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("conditions: no such file or folder: missing.yaml" + System.lineSeparator());
    }

    @Test
    void aFolderIsNotAnArticle(@TempDir Path dir) {
        CommandRun run = CommandRun.of("render", "--format", "text", dir);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("conditions: ").contains("is a folder");
    }

    @Test
    void anUnwritableOutputIsAOneLineFailure(@TempDir Path dir) throws IOException {
        Path inTheWay = Files.writeString(dir.resolve("file"), "a file, not a folder");

        CommandRun run = CommandRun.of("render", "--format", "text", "--out", inTheWay.resolve("cramps.txt"), SEED);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("conditions: cannot write " + inTheWay.resolve("cramps.txt") + ": ");
        assertThat(Files.readString(inTheWay)).isEqualTo("a file, not a folder");
    }

    @Test
    void keepsTheReplacedFilesPermissions(@TempDir Path dir) throws IOException {
        Path out = Files.writeString(dir.resolve("private.html"), "old");
        org.assertj.core.api.Assumptions.assumeThat(Files.getFileStore(out).supportsFileAttributeView("posix")).isTrue();
        Files.setPosixFilePermissions(out, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

        assertThat(CommandRun.of("render", "--format", "html", "--out", out, SEED).exitCode()).isZero();

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
        assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>");
    }

    @Test
    void writesThroughADeviceInsteadOfReplacingIt() throws IOException {
        Path devNull = Path.of("/dev/null");
        org.assertj.core.api.Assumptions.assumeThat(devNull).exists();

        CommandRun run = CommandRun.of("render", "--format", "text", "--out", devNull, SEED);

        assertThat(run.exitCode()).isZero();
        assertThat(Files.isRegularFile(devNull)).isFalse();
        assertThat(Files.isRegularFile(devNull, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    /** As /dev/stdout is: a link to something that is not a regular file. */
    @Test
    void writesThroughALinkToADeviceAndKeepsTheLink(@TempDir Path dir) throws IOException {
        org.assertj.core.api.Assumptions.assumeThat(Path.of("/dev/null")).exists();
        Path stdout = Files.createSymbolicLink(dir.resolve("stdout"), Path.of("/dev/null"));

        CommandRun run = CommandRun.of("render", "--format", "text", "--out", stdout, SEED);

        assertThat(run.exitCode()).isZero();
        assertThat(Files.isSymbolicLink(stdout)).isTrue();
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
        try (var entries = Files.list(dir)) {
            assertThat(entries).containsExactly(stdout);
        }
    }

    @Test
    void writesThroughALinkAndKeepsIt(@TempDir Path dir) throws IOException {
        org.assertj.core.api.Assumptions.assumeThat(System.getProperty("os.name")).doesNotContainIgnoringCase("windows");
        Path real = Files.writeString(dir.resolve("real.txt"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("real.txt"));

        assertThat(CommandRun.of("render", "--format", "text", "--out", link, SEED).exitCode()).isZero();

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).startsWith("Nocturnal Leg Cramps");
    }

    @Test
    void aFolderIsNoOutputFile(@TempDir Path dir) {
        CommandRun run = CommandRun.of("render", "--format", "text", "--out", dir, SEED);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("conditions: " + dir + " is a folder; give --out a file name" + System.lineSeparator());
    }

    @Test
    void theArticleItselfIsNoOutputFileByAnyName(@TempDir Path dir) throws IOException {
        Path article = Files.copy(SEED, dir.resolve("leg-cramps.yaml"));
        Files.createSymbolicLink(dir.resolve("link.yaml"), article);
        String before = Files.readString(article);

        for (Path out : List.of(article, dir.resolve("link.yaml"), dir.resolve("sub/../leg-cramps.yaml"))) {
            Files.createDirectories(dir.resolve("sub"));
            CommandRun run = CommandRun.of("render", "--format", "html", "--out", out, article);

            assertThat(run.exitCode()).as(out.toString()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("conditions: " + out + " is the article being rendered, which the document would"
                    + " replace; give --out another file name" + System.lineSeparator());
            assertThat(Files.readString(article)).isEqualTo(before);
        }
    }

    @Test
    void aNameEndingWithASlashNamesAFolderNotAFile(@TempDir Path dir) {
        String out = dir.resolve("exports") + "/";

        CommandRun run = CommandRun.of("render", "--format", "html", "--out", out, SEED);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("conditions: " + out + " ends with /, so it names a folder; give --out a file name"
                + System.lineSeparator());
        assertThat(dir.resolve("exports")).doesNotExist();
        assertThat(CommandRun.of("render", "--format", "html", "--out", "", SEED).err())
                .isEqualTo("conditions: --out is empty; give it a file name" + System.lineSeparator());
    }

    @Test
    void aDocumentThatCannotBeWrittenToStandardOutputIsAFailure() {
        CommandRun run = CommandRun.toFullDisk("render", "--format", "html", SEED);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("conditions: cannot write to standard output");
    }
}
