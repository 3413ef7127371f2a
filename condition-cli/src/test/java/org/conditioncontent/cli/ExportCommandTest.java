package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.conditioncontent.cli.CommandRun.FIXTURES;
import static org.conditioncontent.cli.CommandRun.SEED;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.model.Condition;
import org.conditioncontent.render.Renderer;
import org.conditioncontent.render.Renderers;
import org.conditioncontent.render.export.ExportFile;
import org.conditioncontent.render.export.ExportPlan;
import org.conditioncontent.render.html.AzIndexPage;
import org.conditioncontent.render.json.JsonRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    private static final String ID = "nocturnal-leg-cramps";

    private static Condition seed;

    @TempDir
    Path out;

    @BeforeAll
    static void loadSeed() {
        seed = ConditionLoader.builder().build().loadOrThrow(SEED);
    }

    /** Every file under a folder, relative to it, with / as separator, sorted. */
    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    private static String rendered(String format) {
        return Renderers.discover().get(format).render(seed);
    }

    @Test
    void writesEveryFormatAndAnIndex() throws IOException {
        CommandRun run = CommandRun.of("export", "--out", out, SEED);

        assertThat(run.exitCode()).isZero();
        assertThat(files(out)).containsExactly(
                "html/conditions.jsonl", "html/index.html", "html/" + ID + ".html", "json/" + ID + ".json", "text/" + ID + ".txt");
        assertThat(Files.readString(out.resolve("text/" + ID + ".txt"), UTF_8)).isEqualTo(rendered("text"));
        assertThat(Files.readString(out.resolve("html/" + ID + ".html"), UTF_8)).isEqualTo(rendered("html"));
        assertThat(Files.readString(out.resolve("json/" + ID + ".json"), UTF_8)).isEqualTo(rendered("json"));
        String index = Files.readString(out.resolve("html/index.html"), UTF_8);
        assertThat(index).isEqualTo(AzIndexPage.render(List.of(seed), "conditions.jsonl"))
                .contains("<a href=\"" + ID + ".html\">Nocturnal Leg Cramps</a>")
                .contains("Muscle Cramps");
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("Exported 1 article in 3 formats to " + out + System.lineSeparator());
    }

    /**
     * With html and json, the JSON files are written from the text the bundle makes (each article
     * serialised once): every file must still be the JSON renderer's output for its article, and
     * every bundle line that file on one line.
     */
    @Test
    void theJsonFilesWrittenBesideTheBundleAreTheJsonRenderersOutput() throws IOException {
        Path examples = SEED.getParent();
        CommandRun run = CommandRun.of("export", "--out", out, "--format", "json,html", examples);

        assertThat(run.exitCode()).isZero();
        List<Condition> articles = ConditionLoader.builder().build().loadAll(List.of(examples)).conditions();
        assertThat(articles).hasSizeGreaterThan(5);
        List<String> lines = Files.readAllLines(out.resolve("html/conditions.jsonl"), UTF_8);
        assertThat(lines).hasSameSizeAs(articles);
        for (Condition article : articles) {
            String file = Files.readString(out.resolve("json/" + article.id() + ".json"), UTF_8);
            assertThat(file).as(article.id()).isEqualTo(new JsonRenderer().render(article));
            assertThat(lines).as(article.id()).contains(file.lines().map(String::strip).collect(Collectors.joining()));
        }
        assertThat(files(out)).filteredOn(f -> f.startsWith("json/")).hasSameSizeAs(articles);
    }

    /**
     * The bundle writes the JSON files on up to four threads, past which that one pass would end
     * last and each JSON file is a file of its own (ExportPlanTest has the plan's other cases).
     */
    @Test
    void theBundleWritesTheJsonFilesOnlyOnFewThreads() {
        Renderers found = Renderers.discover();
        List<Renderer> all = List.of(found.get("html"), found.get("json"), found.get("text"));

        assertThat(jsonFiles(ExportCommand.plan(all, null, 2))).isEmpty();
        assertThat(jsonFiles(ExportCommand.plan(all, null, ExportCommand.MAX_THREADS_FOR_ONE_PASS))).isEmpty();
        assertThat(jsonFiles(ExportCommand.plan(all, null, ExportCommand.MAX_THREADS_FOR_ONE_PASS + 1)))
                .containsExactly("json/" + ID + ".json");
    }

    /** The JSON files the plan lists as files of their own for the seed. */
    private static List<String> jsonFiles(ExportPlan plan) {
        return plan.files(List.of(seed)).stream().map(ExportFile::path).filter(p -> p.startsWith("json/")).toList();
    }

    @Test
    void writesOnlyTheFormatsAsked() throws IOException {
        CommandRun run = CommandRun.of("export", "--out", out, "--format", "json,html", SEED);

        assertThat(run.exitCode()).isZero();
        assertThat(files(out)).containsExactly("html/conditions.jsonl", "html/index.html", "html/" + ID + ".html", "json/" + ID + ".json");
        assertThat(run.err()).startsWith("Exported 1 article in 2 formats to ");
    }

    @Test
    void anExportOfFewerFormatsNamesTheFoldersItLeftFromAnEarlierOne() throws IOException {
        assertThat(CommandRun.of("export", "--out", out, SEED).exitCode()).isZero();

        CommandRun fewer = CommandRun.of("export", "--out", out, "--format", "html", SEED);
        CommandRun one = CommandRun.of("export", "--out", out, "--format", "html,json", SEED);

        assertThat(fewer.exitCode()).isZero();
        assertThat(fewer.err()).isEqualTo("Exported 1 article in 1 format to " + out + System.lineSeparator()
                + "conditions: " + out.resolve("json") + " and " + out.resolve("text") + " were left as they were, from an earlier"
                + " export; export those formats too, or delete them, if the articles changed since" + System.lineSeparator());
        assertThat(one.err()).endsWith("conditions: " + out.resolve("text") + " was left as it was, from an earlier export;"
                + " export that format too, or delete it, if the articles changed since" + System.lineSeparator());
        assertThat(out.resolve("text/" + ID + ".txt")).exists();
        assertThat(CommandRun.of("export", "--out", out, SEED).err()).doesNotContain("left as");
    }

    @Test
    void writesNoIndexWithoutHtml() throws IOException {
        CommandRun run = CommandRun.of("export", "--out", out, "--format", "text", SEED);

        assertThat(run.exitCode()).isZero();
        assertThat(files(out)).containsExactly("text/" + ID + ".txt");
        assertThat(run.err()).startsWith("Exported 1 article in 1 format to ");
    }

    @Test
    void exportsNothingWhenAnArticleHasErrors(@TempDir Path articles) throws IOException {
        Files.copy(SEED, articles.resolve(ID + ".yaml"));
        Files.copy(FIXTURES.resolve("unknown-field.yaml"), articles.resolve("unknown-field.yaml"));

        CommandRun run = CommandRun.of("export", "--out", out, articles);

        assertThat(run.exitCode()).isEqualTo(1);
        try (Stream<Path> entries = Files.list(out)) {
            assertThat(entries).as("the output folder stays empty").isEmpty();
        }
        assertThat(run.errLines()).anySatisfy(line -> assertThat(line).contains("unknown-field.yaml:5:1: error: ").endsWith("[unknown-field]"));
        List<String> err = run.errLines();
        assertThat(err.get(err.size() - 2)).matches("2 files, [1-9][0-9]* errors, 0 warnings");
        assertThat(err).as("a CI log tells a refused export from a validate step")
                .last().asString().isEqualTo("conditions: nothing was exported: fix the errors above and export again");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void leavesTheLastGoodExportIntactWhenAnArticleHasErrors(@TempDir Path articles) throws IOException {
        Path good = Files.writeString(Files.createDirectories(out.resolve("text")).resolve(ID + ".txt"), "the last good export");
        Files.copy(FIXTURES.resolve("unknown-field.yaml"), articles.resolve("unknown-field.yaml"));
        Files.copy(SEED, articles.resolve(ID + ".yaml"));

        assertThat(CommandRun.of("export", "--out", out, articles).exitCode()).isEqualTo(1);

        assertThat(Files.readString(good)).isEqualTo("the last good export");
        assertThat(files(out)).containsExactly("text/" + ID + ".txt");
    }

    @Test
    void aLinkWhereAFormatsFolderGoesIsCalledALink() throws IOException {
        // A link to a folder looks like a folder in a file manager: "it is a file" sent the user
        // looking for a file that is not there.
        Path elsewhere = Files.createDirectories(out.resolve("elsewhere"));
        Path site = Files.createDirectories(out.resolve("site"));
        Files.createSymbolicLink(site.resolve("json"), elsewhere);

        CommandRun run = CommandRun.of("export", "--out", site, "--format", "json", SEED);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().isEqualTo("conditions: cannot write " + site.resolve("json").resolve(ID + ".json")
                + ": " + site.resolve("json") + " is in the way: it is a symbolic link, not a folder; move it away");
        assertThat(elsewhere).isEmptyDirectory();
    }

    @Test
    void leavesTheLastGoodExportIntactWhenWritingFails() throws IOException {
        Path good = Files.writeString(Files.createDirectories(out.resolve("text")).resolve(ID + ".txt"), "the last good export");
        // A file where the json folder should be: staging the JSON document fails after the HTML
        // one (formats go in name order), before anything is moved into place.
        Files.writeString(out.resolve("json"), "in the way");

        CommandRun run = CommandRun.of("export", "--out", out, SEED);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("conditions: cannot write " + out.resolve("json").resolve(ID + ".json") + ": ")
                .doesNotContain("Exception");
        assertThat(Files.readString(good)).isEqualTo("the last good export");
        assertThat(files(out)).as("no temporary file, no new file, and the html folder it made is gone")
                .containsExactly("json", "text/" + ID + ".txt");
        assertThat(out.resolve("html")).doesNotExist();
    }

    @Test
    void replacesTheFilesOfAnEarlierExport() throws IOException {
        Path old = Files.writeString(Files.createDirectories(out.resolve("text")).resolve(ID + ".txt"), "old");

        assertThat(CommandRun.of("export", "--out", out, SEED).exitCode()).isZero();

        assertThat(Files.readString(old, UTF_8)).isEqualTo(rendered("text"));
        assertThat(files(out)).hasSize(5);
    }

    @Test
    void createsTheOutputFolder() throws IOException {
        Path nested = out.resolve("a/b");

        assertThat(CommandRun.of("export", "--out", nested, "--format", "json", SEED).exitCode()).isZero();

        assertThat(files(nested)).containsExactly("json/" + ID + ".json");
    }

    @Test
    void showsWarningsAndStillExports() throws IOException {
        CommandRun run = CommandRun.of("export", "--out", out, "--format", "text", FIXTURES.resolve("related-unknown.yaml"));

        assertThat(run.exitCode()).isZero();
        assertThat(files(out)).containsExactly("text/related-unknown.txt");
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).contains(": warning: ").endsWith("[unknown-related]");
        assertThat(run.errLines().get(1)).startsWith("Exported 1 article in 1 format to ");
    }

    @Test
    void refusesAnArticleThatWouldOverwriteTheIndex(@TempDir Path articles) throws IOException {
        // A complete article but for its id, so that its only problem is the clash.
        Path index = Files.writeString(articles.resolve("index.yaml"),
                Files.readString(FIXTURES.resolve("related-unknown.yaml")).replace("id: related-unknown", "id: index").replace("related:\n  - restless-legs-syndrome\n", ""));

        CommandRun run = CommandRun.of("export", "--out", out, index);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).as("the rule's warning, as validate gives it")
                .startsWith(index + ":3:5: warning: ").endsWith("[reserved-id]");
        assertThat(run.errLines().get(1)).contains(index.toString()).contains("html/index.html").endsWith("; nothing was exported");
        try (Stream<Path> entries = Files.list(out)) {
            assertThat(entries).isEmpty();
        }
        CommandRun text = CommandRun.of("export", "--out", out, "--format", "text", index);
        assertThat(text.exitCode()).as("without html there is no index to overwrite").isZero();
        assertThat(text.errLines().get(0)).endsWith("[reserved-id]");
    }

    @Test
    void refusesAnUnknownFormatBeforeLoadingAnything() throws IOException {
        CommandRun run = CommandRun.of("export", "--out", out, "--format", "text,pdf", "missing.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().get(0)).isEqualTo("conditions: unknown format 'pdf'; known formats: html, json, text");
        assertThat(files(out)).isEmpty();
    }

    /** java.net.URI reads "my_site.example" as no host at all; the message says what is wrong with it. */
    @Test
    void aSiteAddressWhoseHostIsNoHostNameIsToldWhatIsWrongWithIt() throws IOException {
        CommandRun run = CommandRun.of("export", "--out", out, "--site-url", "https://my_site.example/c/", SEED);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().get(0)).startsWith("conditions: --site-url: The site's address must be")
                .contains("the host name \"my_site.example\" has \"_\", which a host name may not contain;"
                        + " host names join words with hyphens: write the name the site is published at, such as my-site.example")
                .doesNotContain("after the //");
        assertThat(files(out)).isEmpty();
    }

    @Test
    void aMissingPathCannotBeExported() throws IOException {
        CommandRun run = CommandRun.of("export", "--out", out, SEED, "missing");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("conditions: no such file or folder: missing" + System.lineSeparator());
        assertThat(files(out)).isEmpty();
    }

    @Test
    void anOutputFolderThatIsAFileIsAOneLineFailure() throws IOException {
        Path file = Files.writeString(out.resolve("exports"), "a file");

        CommandRun run = CommandRun.of("export", "--out", file, SEED);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("conditions: cannot write ");
        assertThat(Files.readString(file)).isEqualTo("a file");
    }

    @Test
    void anEmptyFolderPublishesNothingOverTheLastExport(@TempDir Path empty) throws IOException {
        assertThat(CommandRun.of("export", "--out", out, SEED).exitCode()).isZero();
        List<String> before = files(out);

        CommandRun run = CommandRun.of("export", "--out", out, empty);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("conditions: no article files");
        assertThat(files(out)).isEqualTo(before);
    }

    @Test
    void anEmptyOutputFolderIsABadOption() {
        CommandRun run = CommandRun.of("export", "--out", "", SEED);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().get(0)).isEqualTo("conditions: --out must name a folder; an empty one would write into the current folder");
    }

    @Test
    void anOutputFolderThatIsOrIsInsideTheFolderOfAnInputFileIsRefused() throws IOException {
        // A shell glob (export --out in in/*.yaml) names the files, and the validate in that
        // follows would read in/json as articles: one duplicate-id error per article.
        Path in = Files.createDirectories(out.resolve("in"));
        Path article = Files.copy(SEED, in.resolve("seed.yaml"));

        CommandRun same = CommandRun.of("export", "--out", in, article);
        CommandRun nested = CommandRun.of("export", "--out", in.resolve("exports"), article);

        assertThat(same.exitCode()).isEqualTo(2);
        assertThat(same.errLines().get(0)).isEqualTo("conditions: the output folder " + in + " is the folder of the input " + article
                + ", so the next run on that folder would read the exported files as articles; choose an --out outside the inputs' folders");
        assertThat(nested.exitCode()).isEqualTo(2);
        assertThat(nested.errLines().get(0)).startsWith("conditions: the output folder " + in.resolve("exports")
                + " is inside the folder of the input " + article + ", so ");
        assertThat(files(out)).containsExactly("in/seed.yaml");
    }

    @Test
    void anOutputFolderBesideTheFolderOfAnInputFileIsTaken() throws IOException {
        Path in = Files.createDirectories(out.resolve("in"));
        Path article = Files.copy(SEED, in.resolve("seed.yaml"));

        CommandRun run = CommandRun.of("export", "--out", out.resolve("site"), article);

        assertThat(run.exitCode()).isZero();
        assertThat(files(out)).contains("in/seed.yaml", "site/json/" + ID + ".json");
    }

    @Test
    void anOutputFolderInsideTheInputIsRefused() throws IOException {
        Path in = Files.createDirectories(out.resolve("in"));
        Files.copy(SEED, in.resolve("seed.yaml"));

        CommandRun run = CommandRun.of("export", "--out", in, in);
        CommandRun nested = CommandRun.of("export", "--out", in.resolve("exports"), in);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("conditions: the output folder " + in + " is inside the input folder " + in);
        assertThat(nested.exitCode()).isEqualTo(2);
        assertThat(files(out)).containsExactly("in/seed.yaml");
    }

    @Test
    void eachFormatFolderIsReplacedWholeWithNoTemporaryFileLeft() throws IOException {
        Files.createDirectories(out.resolve("html"));
        Files.writeString(out.resolve("html/removed-article.html"), "from an older export");
        Files.writeString(out.resolve("html/.old-article.html.k3j4.tmp"), "left by an old killed export");
        Files.writeString(out.resolve("README.txt"), "not the export's");

        CommandRun run = CommandRun.of("export", "--out", out, SEED);

        assertThat(run.exitCode()).isZero();
        assertThat(files(out)).containsExactly("README.txt",
                "html/conditions.jsonl", "html/index.html", "html/" + ID + ".html", "json/" + ID + ".json", "text/" + ID + ".txt");
    }

    @Test
    void theNextExportSaysItFinishedOneThatWasKilledMidSwap() throws IOException {
        assertThat(CommandRun.of("export", "--out", out, SEED).exitCode()).isZero();
        // The state a SIGKILL between two renames leaves: text moved aside, its new copy not yet in.
        Path workspace = out.resolve(StagedExport.WORKSPACE);
        Files.createDirectories(workspace.resolve("old"));
        Files.createDirectories(workspace.resolve("new"));
        Files.move(out.resolve("text"), workspace.resolve("old/text"));
        Files.createDirectories(workspace.resolve("new/text"));
        Files.writeString(workspace.resolve("new/text/" + ID + ".txt"), "swapped in");
        Files.writeString(workspace.resolve("journal"), "text\nend\n");

        CommandRun run = CommandRun.of("export", "--out", out, "--format", "json", SEED);

        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines().get(0)).startsWith("conditions: finished the export into " + out + " that was interrupted");
        assertThat(Files.readString(out.resolve("text/" + ID + ".txt"), UTF_8)).isEqualTo("swapped in");
        assertThat(out.resolve(StagedExport.WORKSPACE)).doesNotExist();
    }
}
