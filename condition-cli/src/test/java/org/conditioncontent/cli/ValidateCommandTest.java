package org.conditioncontent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conditioncontent.cli.CommandRun.FIXTURES;
import static org.conditioncontent.cli.CommandRun.SEED;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {

    private static final Path UNKNOWN_FIELD = FIXTURES.resolve("unknown-field.yaml");
    private static final Path MISSING_TITLE = FIXTURES.resolve("missing-title.yaml");
    private static final Path RELATED_UNKNOWN = FIXTURES.resolve("related-unknown.yaml");

    @Test
    void passesTheSeed() {
        CommandRun run = CommandRun.of("validate", SEED);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("1 files, 0 errors, 0 warnings" + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void searchesFoldersRecursively(@TempDir Path dir) throws IOException {
        Path nested = Files.createDirectories(dir.resolve("a/b"));
        Files.copy(SEED, nested.resolve("one.yaml"));
        Files.copy(RELATED_UNKNOWN, dir.resolve("two.yml"));
        Files.writeString(dir.resolve("notes.txt"), "not an article");

        CommandRun run = CommandRun.of("validate", dir);

        assertThat(run.outLines()).last().isEqualTo("2 files, 0 errors, 1 warnings");
    }

    @Test
    void takesNeitherItsConfigurationNorToolsFilesForArticles(@TempDir Path dir) throws IOException {
        // The README's setup: the configuration beside the articles, checked with "validate .".
        Files.copy(SEED, dir.resolve("nocturnal-leg-cramps.yaml"));
        Files.writeString(dir.resolve("conditions.yaml"), "rules:\n  sentence-length: off\n");
        Files.createDirectories(dir.resolve(".github/workflows"));
        Files.writeString(dir.resolve(".github/workflows/ci.yml"), "on: push\n");
        Files.createDirectories(dir.resolve("node_modules/x"));
        Files.writeString(dir.resolve("node_modules/x/package.json"), "{}");
        Files.writeString(dir.resolve(".prettierrc.json"), "{}");

        CommandRun run = CommandRun.in(dir, "validate", ".");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsExactly("1 files, 0 errors, 0 warnings");
    }

    @Test
    void passesOverTheConfigurationGivenWithConfigInAFolderItSearches(@TempDir Path dir) throws IOException {
        // A configuration under another name, kept with the articles: read as an article, it would
        // fail with "Unknown field rules" and a page of other errors.
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.copy(SEED, articles.resolve("nocturnal-leg-cramps.yaml"));
        Files.writeString(articles.resolve("house-rules.yaml"), "rules:\n  sentence-length: off\n");

        CommandRun validate = CommandRun.in(dir, "validate", "--config", "articles/house-rules.yaml", "articles");
        CommandRun spelledAnotherWay = CommandRun.in(dir, "validate", "--config", "./articles/../articles/house-rules.yaml", ".");

        assertThat(validate.exitCode()).isZero();
        assertThat(validate.outLines()).containsExactly("1 files, 0 errors, 0 warnings");
        assertThat(spelledAnotherWay.exitCode()).isZero();
        assertThat(spelledAnotherWay.outLines()).containsExactly("1 files, 0 errors, 0 warnings");
    }

    @Test
    void readsTheConfigurationAsAnArticleWhenItIsNamedDirectly(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("house-rules.yaml"), "rules:\n  sentence-length: off\n");

        CommandRun run = CommandRun.in(dir, "validate", "--config", config, config);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("Unknown field \"rules\" in the article");
    }

    @Test
    void readsAFileNamedDirectlyWhateverItsName(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("conditions.yaml"), "rules:\n  sentence-length: off\n");

        CommandRun run = CommandRun.in(dir, "validate", config);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("Unknown field \"rules\" in the article");
    }

    @Test
    void reportsSuppressionsThatNameNothingWithTheNearestField() {
        Path article = FIXTURES.resolve("suppression-field-misspelt.yaml");

        CommandRun run = CommandRun.of("validate", article);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).filteredOn(line -> line.endsWith("[suppression]")).containsExactly(
                article + ":14:12: error: The suppression's field \"/bodi/0\" names nothing in this article, so it"
                        + " silences nothing; did you mean \"/body/0\"? [suppression]",
                article + ":17:12: error: The suppression's field \"/\" names nothing in this article, so it silences"
                        + " nothing; a suppression names one field, not the whole article, such as \"/formatVersion\", \"/id\","
                        + " \"/title\", \"/body\", \"/suppressions\" [suppression]");
    }

    @Test
    void namesAnUnknownFieldAndItsPosition() {
        CommandRun run = CommandRun.of("validate", UNKNOWN_FIELD);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines())
                .anySatisfy(line -> assertThat(line)
                        .startsWith(UNKNOWN_FIELD + ":5:1: error: ")
                        .contains("titel")
                        .endsWith(" [unknown-field]"));
        assertThat(run.outLines()).last().asString().matches("1 files, [1-9][0-9]* errors, 0 warnings");
    }

    @Test
    void namesAMissingTitle() {
        CommandRun run = CommandRun.of("validate", MISSING_TITLE);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines())
                .anySatisfy(line -> assertThat(line)
                        .startsWith(MISSING_TITLE + ":")
                        .contains(": error: ")
                        .contains("title")
                        .endsWith("[required]"));
        assertThat(run.outLines()).last().isEqualTo("1 files, 1 errors, 0 warnings");
    }

    @Test
    void reportsEveryLineInTheContractFormatAndOrder() {
        CommandRun run = CommandRun.of("validate", UNKNOWN_FIELD, MISSING_TITLE);

        List<String> findings = run.outLines().subList(0, run.outLines().size() - 1);
        assertThat(findings).isNotEmpty().allMatch(line -> line.matches(".+:\\d+:\\d+: (error|warning|info): .+ \\[[a-z-]+]"));
        // Sorted by file first: every finding of missing-title.yaml before those of unknown-field.yaml.
        List<Integer> files = findings.stream().map(line -> line.startsWith(MISSING_TITLE + ":") ? 0 : 1).toList();
        assertThat(files).isSorted().contains(0, 1);
        assertThat(run.outLines()).last().asString().startsWith("2 files, ");
    }

    @Test
    void writesAParseableJsonReportWithTheCounts() {
        CommandRun run = CommandRun.of("validate", "--report", "json", UNKNOWN_FIELD, SEED);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).hasSize(1);
        JsonNode report = JsonMapper.shared().readTree(run.out());
        assertThat(report.propertyNames()).containsExactly("files", "errors", "warnings", "diagnostics");
        assertThat(report.get("files").asInt()).isEqualTo(2);
        assertThat(report.get("warnings").asInt()).isZero();
        JsonNode diagnostics = report.get("diagnostics");
        assertThat(diagnostics.isArray()).isTrue();
        assertThat(report.get("errors").asInt()).isEqualTo(diagnostics.size()).isPositive();
        JsonNode unknown = null;
        for (JsonNode d : diagnostics) {
            assertThat(d.propertyNames()).containsExactly("file", "line", "column", "pointer", "severity", "rule", "message");
            if (d.get("rule").asString().equals("unknown-field")) {
                unknown = d;
            }
        }
        assertThat(unknown).isNotNull();
        assertThat(unknown.get("file").asString()).isEqualTo(UNKNOWN_FIELD.toString());
        assertThat(unknown.get("line").asInt()).isEqualTo(5);
        assertThat(unknown.get("column").asInt()).isEqualTo(1);
        assertThat(unknown.get("pointer").asString()).isEqualTo("/titel");
        assertThat(unknown.get("severity").asString()).isEqualTo("error");
        assertThat(unknown.get("message").asString()).contains("titel");
    }

    @Test
    void writesAnEmptyJsonReportForValidArticles() {
        CommandRun run = CommandRun.of("validate", "--report=json", SEED);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("{\"files\":1,\"errors\":0,\"warnings\":0,\"diagnostics\":[]}" + System.lineSeparator());
    }

    @Test
    void failsOnWarningsOnlyWhenAsked() {
        CommandRun lenient = CommandRun.of("validate", RELATED_UNKNOWN);
        CommandRun strict = CommandRun.of("validate", "--fail-on", "warning", RELATED_UNKNOWN);

        assertThat(lenient.exitCode()).isZero();
        assertThat(lenient.outLines()).anySatisfy(line -> assertThat(line).contains(": warning: ").endsWith("[unknown-related]"));
        assertThat(lenient.outLines()).last().isEqualTo("1 files, 0 errors, 1 warnings");
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.out()).isEqualTo(lenient.out());
        assertThat(CommandRun.of("validate", "--fail-on", "error", RELATED_UNKNOWN).exitCode()).isZero();
    }

    @Test
    void aLinkThatLeadsNowhereIsNamedAsALinkNotAsAMissingFile(@TempDir Path dir) throws IOException {
        Files.createSymbolicLink(dir.resolve("loop-a.yaml"), dir.resolve("loop-b.yaml"));
        Files.createSymbolicLink(dir.resolve("loop-b.yaml"), dir.resolve("loop-a.yaml"));
        Files.createSymbolicLink(dir.resolve("moved.yaml"), Path.of("gone.yaml"));

        CommandRun loop = CommandRun.in(dir, "validate", "loop-a.yaml");
        CommandRun moved = CommandRun.in(dir, "render", "--format", "text", "moved.yaml");

        assertThat(loop.exitCode()).isEqualTo(2);
        assertThat(loop.err()).isEqualTo("conditions: loop-a.yaml is a symbolic link to " + dir.resolve("loop-b.yaml")
                + ", which does not exist (or is a loop of links); fix the link or name the file itself" + System.lineSeparator());
        assertThat(moved.exitCode()).isEqualTo(2);
        assertThat(moved.err()).isEqualTo("conditions: moved.yaml is a symbolic link to gone.yaml, which does not exist (or is a"
                + " loop of links); fix the link or name the file itself" + System.lineSeparator());
    }

    @Test
    void aMissingPathCannotBeValidated() {
        CommandRun run = CommandRun.of("validate", SEED, "no-such-article.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("conditions: no such file or folder: no-such-article.yaml" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void keepsHibernateValidatorsStartUpLineOutOfTheOutput() {
        CommandRun.of("validate", SEED);

        assertThat(Logger.getLogger("org.hibernate.validator").getLevel()).isEqualTo(Level.WARNING);
    }

    @Test
    void aFileNameCannotWriteAWorkflowCommandOrAnEscapeIntoTheTextReport(@TempDir Path dir) throws IOException {
        org.assertj.core.api.Assumptions.assumeThat(System.getProperty("os.name")).doesNotContainIgnoringCase("windows");
        Files.copy(MISSING_TITLE, dir.resolve("a\n::error file=x.yaml::pwned\u001b[31m.yaml"));

        CommandRun run = CommandRun.of("validate", dir);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).hasSize(2).noneMatch(line -> line.startsWith("::")).noneMatch(line -> line.contains("\u001b"));
        assertThat(run.outLines().get(0)).contains("a\\n::error file=x.yaml::pwned\\x1b[31m.yaml:");
    }

    @Test
    void aLinkOutOfTheFolderIsAnErrorThatQuotesNothingFromWhereItLeads(@TempDir Path dir) throws IOException {
        org.assertj.core.api.Assumptions.assumeThat(System.getProperty("os.name")).doesNotContainIgnoringCase("windows");
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.copy(SEED, articles.resolve("seed.yaml"));
        Files.writeString(dir.resolve("git-credentials"), "https://x-access-token:ghs_secret@github.com\n");
        Files.createSymbolicLink(articles.resolve("a.yaml"), Path.of("../git-credentials"));

        for (String report : List.of("text", "json", "sarif", "github", "junit")) {
            CommandRun run = CommandRun.in(dir, "validate", "--report", report, "articles");
            assertThat(run.exitCode()).as(report).isEqualTo(1);
            assertThat(run.out()).as(report).doesNotContain("ghs_secret").contains("outside the folders checked");
        }
        CommandRun followed = CommandRun.in(dir, "validate", "--follow-links", "articles");
        assertThat(followed.out()).contains("articles/a.yaml:1:1: error:").doesNotContain("outside the folders checked");
    }

    @Test
    void aLinkThatLeadsNowhereIsAnErrorNotASilentSkip(@TempDir Path dir) throws IOException {
        org.assertj.core.api.Assumptions.assumeThat(System.getProperty("os.name")).doesNotContainIgnoringCase("windows");
        Files.copy(SEED, dir.resolve("seed.yaml"));
        Files.createSymbolicLink(dir.resolve("gone.yaml"), Path.of("renamed.yaml"));

        CommandRun run = CommandRun.in(dir, "validate", ".");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).containsExactly(
                "gone.yaml:1:1: error: The file is a symbolic link to renamed.yaml, which does not exist (or is a loop of links);"
                        + " fix the link or remove it [file-unreadable]",
                "2 files, 1 errors, 0 warnings");
    }

    @Test
    void aFolderWithNoArticlesIsAFailureNotAPass(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not an article");

        CommandRun run = CommandRun.of("validate", dir);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("conditions: no article files (.json, .yaml, .yml) in " + dir);
    }

    @Test
    void theJunitReportListsTheFilesInTheOrderOfTheirPathsAlthoughTheyAreLoadedWhileFound(@TempDir Path dir) throws IOException {
        // "b/" sorts after "b-x.yaml" and "b.yaml" but before "b0.yaml"; the folders are searched
        // while the first files load, so the order is made folder by folder.
        for (String name : List.of("b0.yaml", "b/one.yaml", "b.yaml", "b-x.yaml", "a/z/two.yaml", "a.yaml")) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.copy(SEED, file);
        }

        CommandRun run = CommandRun.in(dir, "validate", "--report", "junit", ".");

        List<String> names = run.outLines().stream().filter(l -> l.contains("<testcase"))
                .map(l -> l.replaceAll(".* name=\"([^\"]*)\".*", "$1")).toList();
        assertThat(names).containsExactly("a.yaml", "a/z/two.yaml", "b-x.yaml", "b.yaml", "b/one.yaml", "b0.yaml");
    }

    @Test
    void aReportThatCannotBeWrittenIsAFailure() {
        CommandRun run = CommandRun.toFullDisk("validate", "--report", "sarif", SEED);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("conditions: cannot write to standard output");
    }

    @Test
    void theGithubReportHasOneCommandPerFindingThenTheSummary() {
        CommandRun run = CommandRun.of("validate", "--report", "github", FIXTURES.resolve("unknown-field.yaml"), FIXTURES.resolve("related-unknown.yaml"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).isEqualTo(
                "::error file=src/test/resources/unknown-field.yaml,line=5,col=1,title=unknown-field::"
                        + "Unknown field \"titel\" in the article; did you mean \"title\"?"))
                .anySatisfy(line -> assertThat(line).startsWith(
                        "::warning file=src/test/resources/related-unknown.yaml,line=").contains(",title=unknown-related::"));
        assertThat(run.outLines()).last().asString().matches("2 files, [1-9][0-9]* errors, 1 warnings");
    }
}
