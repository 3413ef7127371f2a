package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.rules.RuleSet;
import org.conditioncontent.model.Condition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code conditions migrate}: format-1 files rewritten in format 2, loading to equal articles. */
class MigrateCommandTest {

    private static final Path FIXTURES = Path.of("src/test/resources/migrate");
    private static final ConditionLoader LOADER = ConditionLoader.builder().rules(RuleSet.none()).build();

    @TempDir
    Path dir;

    private Path copy(String name) throws IOException {
        return Files.copy(FIXTURES.resolve(name), dir.resolve(name));
    }

    @Test
    void theFormatOneSeedBecomesTheFormatTwoSeedKeepingItsHeader() throws IOException {
        Path file = copy("seed-format1.yaml");
        Condition before = LOADER.loadOrThrow(file);
        CommandRun run = CommandRun.in(dir, "migrate", "seed-format1.yaml");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).containsExactly(
                "seed-format1.yaml: migrated to format 2; kept the 2 comment lines at the top",
                "1 file migrated, 0 already in format 2");
        String text = Files.readString(file, UTF_8);
        assertThat(text).startsWith("# The seed article in format 1").contains("\nformatVersion: 2\n").contains("\nbody:\n");
        assertThat(LOADER.loadOrThrow(file)).isEqualTo(before)
                .isEqualTo(LOADER.loadOrThrow(CommandRun.SEED));
        // A second run finds nothing to do.
        CommandRun again = CommandRun.in(dir, "migrate", ".");
        assertThat(again.outLines()).containsExactly("0 files migrated, 1 already in format 2");
        assertThat(Files.readString(file, UTF_8)).isEqualTo(text);
    }

    @Test
    void anEmptyPathIsRefusedNotTakenForTheCurrentFolder() throws IOException {
        // migrate "$DIR" with DIR unset: the JVM reads "" as the current folder, and migrated it.
        Path file = copy("seed-format1.yaml");
        String before = Files.readString(file, UTF_8);
        for (String[] args : List.of(new String[] {"migrate", ""}, new String[] {"validate", ""},
                new String[] {"export", "--out", "out", ""}, new String[] {"render", "--format", "text", ""})) {
            CommandRun run = CommandRun.in(dir, args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.errLines().get(0)).as(String.join(" ", args))
                    .endsWith(": an empty path names no file or folder; name one (in a script, check that the variable is set)");
        }
        assertThat(Files.readString(file, UTF_8)).isEqualTo(before);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aSchemaLineForTheOldFormatNamesTheCurrentSchemaAfterwards() throws IOException {
        Path file = copy("seed-format1.yaml");
        String old = "# yaml-language-server: $schema=../schema/condition-article-1.schema.json";
        Files.writeString(file, old + "\n" + Files.readString(file, UTF_8), UTF_8);
        CommandRun run = CommandRun.in(dir, "migrate", "seed-format1.yaml");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).first().isEqualTo("seed-format1.yaml: migrated to format 2; kept the 3 comment lines at the top;"
                + " its $schema line now names condition-article-2.schema.json");
        assertThat(Files.readString(file, UTF_8)).startsWith("# yaml-language-server: $schema=../schema/condition-article-2.schema.json\n# The seed")
                .doesNotContain("condition-article-1");
        assertThat(MigrateCommand.currentSchemaLine("# yaml-language-server: $schema=https://example.org/s/condition-article-1.schema.json"))
                .isEqualTo("# yaml-language-server: $schema=https://example.org/s/condition-article-2.schema.json");
        assertThat(MigrateCommand.currentSchemaLine("# see condition-article-1.schema.json")).as("not a $schema line")
                .isEqualTo("# see condition-article-1.schema.json");
    }

    @Test
    void checkOnlyReportsAndFailsWhenAFileWouldChange() throws IOException {
        Path file = copy("seed-format1.yaml");
        byte[] original = Files.readAllBytes(file);
        CommandRun run = CommandRun.in(dir, "migrate", "--check", ".");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).containsExactly("seed-format1.yaml: would be migrated to format 2;"
                + " would keep the 2 comment lines at the top", "1 file to migrate, 0 already in format 2");
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        assertThat(CommandRun.of("migrate", "--check", CommandRun.SEED).exitCode()).isZero();
    }

    @Test
    void theVersionIsTheOneTheLoaderReadWhereverTheFieldStands() throws IOException {
        // One line of JSON, the version after another field: a pattern over lines missed it.
        Path current = dir.resolve("current.json");
        Files.writeString(current, "{\"id\": \"current\", \"formatVersion\": 2, \"title\": \"Current\"}", UTF_8);
        Path old = dir.resolve("old.json");
        Files.writeString(old, "{\"id\": \"old\", \"formatVersion\": 1, \"title\": \"Old\"}", UTF_8);
        byte[] untouched = Files.readAllBytes(current);
        CommandRun run = CommandRun.in(dir, "migrate", ".");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).containsExactly("old.json: migrated to format 2", "1 file migrated, 1 already in format 2");
        assertThat(Files.readAllBytes(current)).isEqualTo(untouched);
        assertThat(LOADER.load(old).sourceFormatVersion()).isEqualTo(2);
    }

    @Test
    void commentsInsideTheArticleAreNamedByLine() throws IOException {
        Path file = copy("commented.yaml");
        CommandRun run = CommandRun.in(dir, "migrate", "commented.yaml");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines().get(0)).isEqualTo("commented.yaml: migrated to format 2; kept the 1 comment lines at the top; "
                + "the comments inside the article could not be kept (lines 6, 9): carry them over by hand");
        assertThat(LOADER.loadOrThrow(file).items(org.conditioncontent.model.ItemKind.TREATMENT).get(0).note())
                .isEqualTo("when a cramp starts #1");
    }

    @Test
    void jsonStaysJson() throws IOException {
        Path yaml = copy("commented.yaml");
        Condition article = LOADER.loadOrThrow(yaml);
        Path json = dir.resolve("commented.json");
        Files.writeString(json, "{\"formatVersion\": 1, \"id\": \"commented\", \"title\": \"Leg Cramps\","
                + " \"definition\": [\"Leg cramps are sudden, painful tightening of the muscles in the calf.\"]}\n", UTF_8);
        Files.delete(yaml);
        CommandRun run = CommandRun.in(dir, "migrate", "commented.json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(json, UTF_8)).startsWith("{\n  \"formatVersion\": 2,");
        assertThat(LOADER.loadOrThrow(json).body()).isEqualTo(article.body().subList(0, 1));
    }

    @Test
    void aFileWithErrorsStopsEveryWrite() throws IOException {
        Path good = copy("seed-format1.yaml");
        byte[] original = Files.readAllBytes(good);
        Files.writeString(dir.resolve("broken.yaml"), "formatVersion: 1\nid: Broken Id\ntitle: T\n", UTF_8);
        CommandRun run = CommandRun.in(dir, "migrate", ".");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("broken.yaml:2:5: error:").contains("broken.yaml: not migrated: fix the errors above first");
        assertThat(run.outLines()).containsExactly("0 files migrated, 0 already in format 2, 1 with errors; nothing was written");
        assertThat(Files.readAllBytes(good)).isEqualTo(original);
    }

    @Test
    void aLinkOutOfTheFolderIsNeitherReadNorWrittenThrough(@TempDir Path elsewhere) throws IOException {
        assumeThat(System.getProperty("os.name")).doesNotContainIgnoringCase("windows"); // links need rights there
        // A format-1 article outside, which a migration through the link would rewrite.
        Path outside = Files.copy(FIXTURES.resolve("seed-format1.yaml"), elsewhere.resolve("seed-format1.yaml"));
        byte[] original = Files.readAllBytes(outside);
        Path link = Files.createSymbolicLink(dir.resolve("linked.yaml"), outside);

        for (String[] args : new String[][] {{"migrate", "."}, {"migrate", "--check", "."}}) {
            CommandRun run = CommandRun.in(dir, (Object[]) args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(run.err()).contains("linked.yaml:1:1: error: The file is a symbolic link to " + outside)
                    .contains("outside the folders checked, so it is not read")
                    .contains("linked.yaml: not migrated: fix the errors above first");
        }
        assertThat(Files.readAllBytes(outside)).isEqualTo(original);
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void followingLinksOnPurposeMigratesTheFileOutside(@TempDir Path elsewhere) throws IOException {
        assumeThat(System.getProperty("os.name")).doesNotContainIgnoringCase("windows"); // links need rights there
        Path outside = Files.copy(FIXTURES.resolve("seed-format1.yaml"), elsewhere.resolve("shared.yaml"));
        Path link = Files.createSymbolicLink(dir.resolve("linked.yaml"), outside);

        CommandRun run = CommandRun.in(dir, "migrate", "--follow-links", ".");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(outside, UTF_8)).contains("\nformatVersion: 2\n");
    }

    @Test
    void aFileNamedWithControlCharactersIsPrintedOnOneLine() throws IOException {
        assumeThat(System.getProperty("os.name")).doesNotContainIgnoringCase("windows"); // no newline in a name there
        // A name that would start a GitHub Actions workflow command on a line of its own.
        Files.writeString(dir.resolve("bad\n::error::forged.yaml"), "formatVersion: 1\nid: Broken Id\ntitle: T\n", UTF_8);

        CommandRun run = CommandRun.in(dir, "migrate", "--check", ".");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("bad\\n::error::forged.yaml:2:5: error:")
                .contains("bad\\n::error::forged.yaml: not migrated: fix the errors above first")
                .doesNotContain("\n::error::");
    }

    @Test
    void aJsonFileNamedInCapitalsStaysJson() throws IOException {
        Path json = dir.resolve("COMMENTED.JSON");
        Files.writeString(json, "{\"formatVersion\": 1, \"id\": \"commented\", \"title\": \"Leg Cramps\","
                + " \"definition\": [\"Leg cramps are sudden, painful tightening of the muscles in the calf.\"]}\n", UTF_8);

        CommandRun run = CommandRun.in(dir, "migrate", ".");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(json, UTF_8)).startsWith("{\n  \"formatVersion\": 2,");
        assertThat(LOADER.loadOrThrow(json).id()).as("read back as JSON, as its name says").isEqualTo("commented");
    }

    @Test
    void aLinkStaysALinkAndTheFileItLeadsToIsMigratedOnce() throws IOException {
        assumeThat(System.getProperty("os.name")).doesNotContainIgnoringCase("windows"); // links need rights there
        Path file = copy("seed-format1.yaml");
        Path link = Files.createSymbolicLink(dir.resolve("linked.yaml"), file.getFileName());

        CommandRun run = CommandRun.in(dir, "migrate", ".");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(file, UTF_8)).contains("\nformatVersion: 2\n");
        assertThat(LOADER.loadOrThrow(file)).isEqualTo(LOADER.loadOrThrow(CommandRun.SEED));
        try (var left = Files.list(dir)) {
            assertThat(left).as("no temporary file left").containsExactlyInAnyOrder(file, link);
        }
    }

    @Test
    void aYamlLinkToAJsonFileLeavesJsonInIt() throws IOException {
        assumeThat(System.getProperty("os.name")).doesNotContainIgnoringCase("windows"); // links need rights there
        Path json = dir.resolve("commented.json");
        Files.writeString(json, "{\"formatVersion\": 1, \"id\": \"commented\", \"title\": \"Leg Cramps\","
                + " \"definition\": [\"Leg cramps are sudden, painful tightening of the muscles in the calf.\"]}\n", UTF_8);
        // Sorted first, the link's own change would have written YAML into the JSON file.
        Path link = Files.createSymbolicLink(dir.resolve("a-linked.yaml"), json.getFileName());

        CommandRun run = CommandRun.in(dir, "migrate", ".");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(json, UTF_8)).startsWith("{\n  \"formatVersion\": 2,");
        assertThat(LOADER.loadOrThrow(json).id()).isEqualTo("commented");
    }

    @Test
    void theConfigurationGivenIsPassedOverInTheFolder() throws IOException {
        Path file = copy("seed-format1.yaml");
        Files.writeString(dir.resolve("house-rules.yaml"), "rules:\n  reading-level: warning\n", UTF_8);

        CommandRun without = CommandRun.in(dir, "migrate", "--check", ".");
        assertThat(without.exitCode()).as("read as an article, it has errors").isEqualTo(1);
        assertThat(without.err()).contains("house-rules.yaml: not migrated");

        CommandRun run = CommandRun.in(dir, "migrate", "--config", "house-rules.yaml", ".");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).last().isEqualTo("1 file migrated, 0 already in format 2");
        assertThat(Files.readString(file, UTF_8)).contains("\nformatVersion: 2\n");

        CommandRun missing = CommandRun.in(dir, "migrate", "--config", "no-such.yaml", ".");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file or folder: no-such.yaml");
    }

    /**
     * Comments are found as YAML finds them: one after a plain value with an apostrophe, and one
     * after a quoted text that runs over two lines, were missed by a look at one line at a time,
     * and lost without a word.
     */
    @Test
    void commentsAreFoundAsTheYamlParserFindsThem() {
        String text = String.join("\n",
                "# top",                                     // 1
                "title: a # note",                           // 2
                "note: \"a #1\"",                            // 3
                "url: https://a.example/#top",               // 4
                "list:",                                     // 5
                "  - name: Women's health # TODO confirm",   // 6
                "  - \"two",                                 // 7
                "    lines\" # reviewed",                    // 8
                "  # a line of its own",                     // 9
                "block: |",                                  // 10
                "  # text, not a comment",                   // 11
                "quoted: 'it''s # not one'",                 // 12
                "");
        assertThat(MigrateCommand.commentLines(text)).containsExactly(1, 2, 6, 8, 9);
        assertThat(MigrateCommand.commentLines("a: 1\n--- # second\nb: 2 # two\n")).containsExactly(2, 3);
    }

    /** The audit's file: a comment after an apostrophe in a plain value is named with the others. */
    @Test
    void aCommentAfterAnApostropheIsNamedByLine() throws IOException {
        Path file = copy("commented.yaml");
        java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file, UTF_8));
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("    - name: ") && at < 0) {
                at = i;
            }
        }
        assertThat(at).as("a named item in the fixture").isGreaterThan(0);
        lines.set(at, lines.get(at) + " # Women's health: TODO confirm");
        lines.set(at, lines.get(at).replace("- name: ", "- name: Women's "));
        Files.write(file, lines, UTF_8);

        CommandRun run = CommandRun.in(dir, "migrate", "commented.yaml");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines().get(0)).endsWith("could not be kept (lines 6, 9, " + (at + 1) + "): carry them over by hand");
    }

    /** The check says what the run would do to the comments: it is where one decides to migrate. */
    @Test
    void theCheckNamesTheCommentsThatWouldBeLost() throws IOException {
        copy("commented.yaml");
        CommandRun run = CommandRun.in(dir, "migrate", "--check", "commented.yaml");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines().get(0)).isEqualTo("commented.yaml: would be migrated to format 2; would keep the 1 comment lines"
                + " at the top; the comments inside the article could not be kept (lines 6, 9): carry them over by hand");
    }

    /** Both names of a file among the files given: each is migrated, and nothing is said of other names. */
    @Test
    void aFileWhoseNamesAreAllGivenIsMigratedUnderEachWithoutANote() throws IOException {
        Path file = copy("seed-format1.yaml");
        Path other = Files.createLink(dir.resolve("other.yaml"), file);
        CommandRun run = CommandRun.in(dir, "migrate", "seed-format1.yaml", "other.yaml");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).noneMatch(l -> l.contains("hard links"));
        assertThat(Files.readString(other, UTF_8)).contains("\nformatVersion: 2\n");
    }

    /**
     * A comment where the parser that reads comments refuses it (inside a flow collection), in a
     * file the loader reads: every line with a # is named, rather than the whole run stopped or
     * the comment lost.
     */
    @Test
    void aCommentThatTheCommentParserRefusesIsStillNamed() throws IOException {
        Path file = copy("seed-format1.yaml");
        String text = Files.readString(file, UTF_8);
        String flow = text.replace("  - system: icd-10-cm\n    code: G47.62\n    display: Sleep related leg cramps\n",
                "  - {system: # the coding system\n      icd-10-cm, code: G47.62, display: Sleep related leg cramps}\n");
        assertThat(flow).as("the fixture's code").isNotEqualTo(text);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> MigrateCommand.commentLines(flow)))
                .as("the comment parser refuses it").isNotNull();
        Files.writeString(file, flow, UTF_8);
        int line = java.util.Arrays.asList(flow.split("\n", -1)).indexOf("  - {system: # the coding system") + 1;

        CommandRun run = CommandRun.in(dir, "migrate", "seed-format1.yaml");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines().get(0)).contains("could not be kept (lines ").contains(Integer.toString(line));
    }

    /** A byte-order mark before the top comment: the comment is kept, not lost without a word. */
    @Test
    void aByteOrderMarkDoesNotHideTheTopComment() throws IOException {
        Path file = copy("seed-format1.yaml");
        Files.writeString(file, "\uFEFF" + Files.readString(file, UTF_8), UTF_8);

        CommandRun run = CommandRun.in(dir, "migrate", "seed-format1.yaml");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).containsExactly(
                "seed-format1.yaml: migrated to format 2; kept the 2 comment lines at the top",
                "1 file migrated, 0 already in format 2");
        assertThat(Files.readString(file, UTF_8)).startsWith("# The seed article in format 1");
    }

    /**
     * A file with another name (a hard link): the migration replaces this name's file, and the
     * other keeps the old text, which the run says. It said nothing, and the other name silently
     * stayed in format 1.
     */
    @Test
    void aFileWithAnotherNameSaysTheOtherKeepsTheOldText(@TempDir Path elsewhere) throws IOException {
        Path file = copy("seed-format1.yaml");
        Path other = Files.createLink(elsewhere.resolve("other.yaml"), file);
        byte[] old = Files.readAllBytes(other);

        CommandRun check = CommandRun.in(dir, "migrate", "--check", "seed-format1.yaml");
        assertThat(check.outLines().get(0)).contains("; it has 1 other name (hard links) outside the files given, which would keep"
                + " the old text");
        CommandRun run = CommandRun.in(dir, "migrate", "seed-format1.yaml");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines().get(0)).isEqualTo("seed-format1.yaml: migrated to format 2; it has 1 other name (hard links)"
                + " outside the files given, which keep the old text; kept the 2 comment lines at the top");
        assertThat(Files.readAllBytes(other)).isEqualTo(old);
        assertThat(Files.readString(file, UTF_8)).contains("\nformatVersion: 2\n");
    }

    /**
     * A file whose lines end in CRLF (a Windows checkout) keeps them: every line of it showed as
     * changed. A file with mixed ends gets LF.
     */
    @Test
    void lineEndsOfCrLfAreKept() throws IOException {
        Path yaml = copy("seed-format1.yaml");
        Condition before = LOADER.loadOrThrow(yaml);
        Files.writeString(yaml, Files.readString(yaml, UTF_8).replace("\n", "\r\n"), UTF_8);

        CommandRun run = CommandRun.in(dir, "migrate", "seed-format1.yaml");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String text = Files.readString(yaml, UTF_8);
        assertThat(text).contains("\r\nformatVersion: 2\r\n").doesNotContainPattern("[^\r]\n");
        assertThat(LOADER.loadOrThrow(yaml)).isEqualTo(before);
        assertThat(MigrateCommand.endsLinesWithCrLf("a\r\nb\r\n")).isTrue();
        assertThat(MigrateCommand.endsLinesWithCrLf("a\r\nb\n")).as("mixed").isFalse();
        assertThat(MigrateCommand.endsLinesWithCrLf("a")).as("no line end").isFalse();
    }
}
