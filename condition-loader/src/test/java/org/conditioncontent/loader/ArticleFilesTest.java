package org.conditioncontent.loader;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.assertj.core.api.Assumptions.assumeThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the loader reads of a checkout it cannot trust: links that leave the folders, links that
 * lead nowhere, named pipes and devices. Each is reported by name as a {@code file-unreadable}
 * error, and nothing from outside the folders reaches a message.
 */
class ArticleFilesTest {

    /** A valid article whose text also serves as the "secret" outside the folder. */
    private static final Path ARTICLE = Path.of("src/test/resources/passing/https.yaml");

    private static final String SECRET = "x-access-token:ghs_secret";

    @TempDir
    Path root;

    private Path articles;
    private Path secret;

    @BeforeEach
    void checkout() throws IOException {
        assumeThat(System.getProperty("os.name")).doesNotContainIgnoringCase("windows");
        articles = Files.createDirectories(root.resolve("repo/articles"));
        Files.copy(ARTICLE, articles.resolve("https.yaml"));
        secret = Files.writeString(Files.createDirectories(root.resolve("secrets")).resolve("git-credentials"),
                "https://" + SECRET + "@github.com\n", UTF_8);
    }

    private static ConditionLoader loader(boolean followLinks) {
        return ConditionLoader.builder().followLinks(followLinks).parallelism(1).build();
    }

    private static List<String> messages(CorpusResult result) {
        return result.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void aLinkOutOfTheFoldersIsNamedNotRead() throws IOException {
        Path link = Files.createSymbolicLink(articles.resolve("a.yaml"), Path.of("../../secrets/git-credentials"));

        CorpusResult result = loader(false).loadAll(List.of(articles));

        assertThat(messages(result)).noneMatch(m -> m.contains(SECRET));
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(link.toString());
            assertThat(d.rule()).isEqualTo(Rules.FILE_UNREADABLE.id());
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).contains("symbolic link to ../../secrets/git-credentials", "outside the folders checked",
                    "--follow-links");
        });
        assertThat(result.files()).hasSize(2);
    }

    @Test
    void followingLinksOnPurposeReadsThem() throws IOException {
        Files.createSymbolicLink(articles.resolve("a.yaml"), secret);

        CorpusResult result = loader(true).loadAll(List.of(articles));

        assertThat(messages(result)).anyMatch(m -> m.startsWith(articles.resolve("a.yaml") + ":") && m.contains("[wrong-type]"));
    }

    @Test
    void aLinkToAFileTheSearchFindsIsThatFileOnceNotASecondArticle() throws IOException {
        // Read twice, the article's id clashed with itself and an export was refused.
        Files.createSymbolicLink(articles.resolve("alias.yaml"), Path.of("https.yaml"));
        Path hidden = Files.createDirectories(articles.resolve(".drafts"));
        Files.writeString(hidden.resolve("draft.yaml"), Files.readString(ARTICLE).replace("id: https", "id: draft"));
        Files.createSymbolicLink(articles.resolve("draft.yaml"), Path.of(".drafts/draft.yaml"));

        ArticleFiles found = ArticleFiles.find(List.of(articles), false, path -> false);

        assertThat(found.files()).extracting(f -> f.getFileName().toString())
                .as("the alias is https.yaml again; the draft is found only through its link").containsExactly("draft.yaml", "https.yaml");
        CorpusResult result = loader(false).loadAll(List.of(articles));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.conditions()).extracting(c -> c.id()).containsExactly("draft", "https");
    }

    @Test
    void aLinkToAFileTheCallerPassesOverIsReadUnderTheLinksName() throws IOException {
        // A build that excludes drafts/ still reads the article its published/ folder links to.
        Path drafts = Files.createDirectories(articles.resolve("drafts"));
        Files.writeString(drafts.resolve("x.yaml"), Files.readString(ARTICLE).replace("id: https", "id: x"));
        Path published = Files.createDirectories(articles.resolve("published"));
        Files.createSymbolicLink(published.resolve("x.yaml"), Path.of("../drafts/x.yaml"));

        ArticleFiles found = ArticleFiles.find(List.of(articles), false, path -> path.startsWith(drafts));

        assertThat(found.files()).containsExactly(articles.resolve("https.yaml"), published.resolve("x.yaml"));
    }

    @Test
    void aLinkInsideTheFoldersIsReadOnceUnderItsFilesName() throws IOException {
        Path shared = Files.createDirectories(root.resolve("repo/shared"));
        Files.copy(ARTICLE, shared.resolve("other.yaml"));
        Files.writeString(shared.resolve("other.yaml"), Files.readString(ARTICLE).replace("id: https", "id: other"));
        Files.createSymbolicLink(articles.resolve("other.yaml"), Path.of("../shared/other.yaml"));

        assertThat(loader(false).loadAll(List.of(articles)).diagnostics())
                .as("the link leaves articles/ and is refused when only articles/ is checked").hasSize(1);
        CorpusResult both = loader(false).loadAll(List.of(articles, shared));
        assertThat(both.diagnostics()).as("no file refused, and no id clashing with itself").isEmpty();
        assertThat(both.conditions()).extracting(c -> c.id()).containsExactlyInAnyOrder("other", "https");
        assertThat(both.files()).extracting(f -> f.source()).containsExactly(articles.resolve("https.yaml").toString(),
                shared.resolve("other.yaml").toString());
    }

    @Test
    void aLinkThatLeadsNowhereIsReportedNotSkipped() throws IOException {
        Path link = Files.createSymbolicLink(articles.resolve("gone.yaml"), Path.of("renamed.yaml"));

        CorpusResult result = loader(true).loadAll(List.of(articles));

        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(link.toString());
            assertThat(d.message()).contains("symbolic link to renamed.yaml, which does not exist");
        });
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aNamedPipeIsRefusedWithoutBlocking() throws IOException, InterruptedException {
        Path fifo = articles.resolve("pipe.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeThat(mkfifo.waitFor()).as("mkfifo is available").isZero();

        CorpusResult inFolder = loader(false).loadAll(List.of(articles));
        LoadResult named = loader(false).load(fifo);

        assertThat(messages(inFolder)).anyMatch(m -> m.startsWith(fifo + ":1:1: error: The file is not a regular file"));
        assertThat(named.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).contains("named pipe"));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aDeviceIsRefusedBeforeAnyByteIsRead() {
        assumeThat(Path.of("/dev/zero")).exists();

        LoadResult result = loader(false).load(Path.of("/dev/zero"));

        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(Rules.FILE_UNREADABLE.id());
            assertThat(d.message()).contains("not a regular file");
        });
    }

    @Test
    void aFileLongerThanTheLimitIsNotRead() throws IOException {
        Path big = Files.write(articles.resolve("big.yaml"), new byte[2048]);

        LoadResult result = ConditionLoader.builder().maxDocumentSize(1024).build().load(big);

        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(Rules.LIMIT.id());
            assertThat(d.message()).isEqualTo("The file is 2048 bytes long, over the limit of 1024 (limit maxDocumentSize)");
        });
    }

    @Test
    void theFilesListIncludesTheRefusedOnesInOrder() throws IOException {
        Files.createSymbolicLink(articles.resolve("a.yaml"), secret);

        ArticleFiles files = loader(false).find(List.of(articles));

        assertThat(files.files()).containsExactly(articles.resolve("a.yaml"), articles.resolve("https.yaml"));
        assertThat(files.refused()).containsOnlyKeys(articles.resolve("a.yaml"));
    }

    @Test
    void aFolderGivenAsALinkIsSearchedWhereItLeadsUnderTheNameGiven() throws IOException {
        Path link = Files.createSymbolicLink(root.resolve("repo/current"), Path.of("articles"));
        Files.createSymbolicLink(articles.resolve("a.yaml"), secret);

        ArticleFiles files = loader(false).find(List.of(link));

        assertThat(files.files()).containsExactly(link.resolve("a.yaml"), link.resolve("https.yaml"));
        assertThat(files.refused()).containsOnlyKeys(link.resolve("a.yaml"));
    }

    @Test
    void filesComeInTheOrderOfTheirWholePathsAlthoughEachFolderIsListedOnItsOwn() throws IOException {
        // A folder's files are handed on while it is listed, so the order is made folder by folder:
        // "b/" sorts after "b-x.json" and "b.json" (a slash is after '-' and '.') but before "b0.json".
        Path tree = Files.createDirectories(root.resolve("tree"));
        for (String name : List.of("b/z.json", "b-x.json", "b.json", "b0.json", "b-x/a.yaml", "b.d/c.yml", "a.yaml",
                "b/sub/y.json", "b/sub.json", "b/sub-1/x.json", "c/.hidden/h.json", "c/node_modules/n.json", "c/.h.json",
                "c/conditions.yaml", "c/notes.txt", "c/k.JSON", "c/k.json")) {
            Path file = tree.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "{}");
        }
        Files.createSymbolicLink(tree.resolve("b/l.json"), secret);
        List<Path> expected;
        try (var all = Files.walk(tree)) {
            expected = all.filter(f -> !Files.isDirectory(f, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .filter(f -> SourceFormat.of(f).isPresent())
                    .filter(f -> java.util.stream.StreamSupport.stream(tree.relativize(f).spliterator(), false)
                            .noneMatch(part -> part.toString().startsWith(".") || part.toString().equals("node_modules")))
                    .filter(f -> !f.getFileName().toString().equals("conditions.yaml"))
                    .sorted().toList();
        }

        ArticleFiles files = loader(false).find(List.of(tree));

        assertThat(files.files()).containsExactlyElementsOf(expected);
        assertThat(files.files()).startsWith(tree.resolve("a.yaml"), tree.resolve("b-x.json"), tree.resolve("b-x/a.yaml"),
                tree.resolve("b.d/c.yml"), tree.resolve("b.json"), tree.resolve("b/l.json"), tree.resolve("b/sub-1/x.json"),
                tree.resolve("b/sub.json"), tree.resolve("b/sub/y.json"), tree.resolve("b/z.json"), tree.resolve("b0.json"));
        assertThat(files.refused()).containsOnlyKeys(tree.resolve("b/l.json"));
    }

    @Test
    void namesBeyondAsciiSortAmongPlainOnesAsTheirPathsDo() throws IOException {
        // A folder's plain names are sorted as strings and the others as paths (ArticleFiles.Listing):
        // together they must give the order of the whole paths, the one Path.compareTo gives.
        Path tree = Files.createDirectories(root.resolve("mixed"));
        List<String> names = List.of("e.json", "é.json", "f.json", "Z.json", "z.json", "~.json", "日本.json", "ä/x.json", "a/x.json",
                "😀.json", "\uFFFD.json", "e-1.json", "E.json", "0.json");
        // A JVM on Linux names files in its locale's charset: with LANG=C set it cannot name these
        // (with no locale at all the build runs the tests in C.UTF-8, decision 134).
        names.forEach(name -> assumeThatCode(() -> Path.of(name)).as("this JVM can name %s", name).doesNotThrowAnyException());
        for (String name : names) {
            Path file = tree.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "{}");
        }
        List<Path> expected = names.stream().map(tree::resolve).sorted().toList();

        ArticleFiles files = loader(false).find(List.of(tree));

        assertThat(files.files()).containsExactlyElementsOf(expected);
        assertThat(files.files().get(0)).isEqualTo(tree.resolve("0.json"));
    }

    @Test
    void theSearchPassesOverWhatItIsToldToAndAFileGivenTwiceComesOnceAtItsFirstPlace() throws IOException {
        Files.writeString(articles.resolve("house-rules.yaml"), "rules: {}");
        Files.writeString(articles.resolve("z.yaml"), "{}");
        List<Path> asked = new java.util.ArrayList<>();

        ArticleFiles files = ArticleFiles.find(List.of(articles.resolve("z.yaml"), articles, articles), false, file -> {
            asked.add(file);
            return file.getFileName().toString().equals("house-rules.yaml");
        });

        assertThat(files.files()).containsExactly(articles.resolve("z.yaml"), articles.resolve("https.yaml"));
        assertThat(asked).as("asked for every file, in order, repeats included").containsExactly(articles.resolve("z.yaml"),
                articles.resolve("house-rules.yaml"), articles.resolve("https.yaml"), articles.resolve("z.yaml"),
                articles.resolve("house-rules.yaml"), articles.resolve("https.yaml"), articles.resolve("z.yaml"));
    }

    @Test
    void aFileSpelledTwoWaysComesOnceUnderItsFirstSpelling() throws IOException {
        Path other = Files.writeString(articles.resolve("z.yaml"), "{}");
        Path spelledAgain = articles.resolve("../articles/./z.yaml");

        ArticleFiles files = ArticleFiles.find(List.of(articles, spelledAgain, articles.resolve(".")), false);

        assertThat(files.files()).containsExactly(articles.resolve("https.yaml"), other);
        CorpusResult loaded = loader(false).loadAll(List.of(articles.resolve("z.yaml"), articles.resolve("./z.yaml")));
        assertThat(loaded.files()).hasSize(1);
    }

    /**
     * A repeat is the same name in the same real folder: {@code articles/link/../z.yaml} is where
     * the file system reads it, beside the link's target, not {@code articles/z.yaml} as the path's
     * text would say; a folder named through a link and by its own path holds the same files.
     */
    @Test
    void aRepeatIsTheSameFileWhereTheFileSystemReadsItNotWhereThePathsTextPointsTo() throws IOException {
        Path other = Files.createDirectories(root.resolve("repo/other/sub")).getParent();
        Path beside = Files.writeString(articles.resolve("z.yaml"), "id: beside\n");
        Files.writeString(other.resolve("z.yaml"), "id: elsewhere\n");
        Files.createSymbolicLink(articles.resolve("link"), Path.of("../other/sub"));
        Path throughLink = articles.resolve("link/../z.yaml");
        assertThat(Files.readString(throughLink)).as("the file system's reading").isEqualTo("id: elsewhere\n");

        assertThat(ArticleFiles.find(List.of(beside, throughLink), false).files()).containsExactly(beside, throughLink);
        Path backAgain = articles.resolve("link/../../articles/z.yaml");
        assertThat(ArticleFiles.find(List.of(beside, backAgain), false).files()).containsExactly(beside);
        Path alias = Files.createSymbolicLink(root.resolve("repo/alias"), Path.of("articles"));
        assertThat(ArticleFiles.find(List.of(articles, alias), false).files())
                .containsExactly(articles.resolve("https.yaml"), articles.resolve("z.yaml"));
    }

    /** Names whose case, endings and dots sit at the edges of what a folder search takes. */
    private static final List<String> EDGE_NAMES = List.of("a.json", "A.JSON", "b.Yml", "c.yAmL", "d.txt", "e.json.bak", "json",
            ".json", ".h.yaml", "conditions.yaml", "conditions.yml", "Conditions.yaml", "CONDITIONS.YML", "conditions.json",
            "x.jsonl", "y.ym", "z.yamll", "f.JSON ", "g json", "h.yaml.", "i..yml", "node_modules", "node_modules.json");

    @Test
    void theListingsNameCheckAnswersAsTheChecksOfAPathDo() {
        for (String name : EDGE_NAMES) {
            Path file = Path.of("articles", name);
            assertThat(ArticleFiles.isArticleName(name)).as(name)
                    .isEqualTo(SourceFormat.of(file).isPresent() && !ArticleFiles.isPassedOver(file));
        }
    }

    @Test
    void aFolderOfPlainNamesIsSearchedAsItsPathsWouldBe() throws IOException {
        // A folder whose names are all ASCII is listed as names (ArticleFiles.Listing.of): its
        // files, folders passed over and folders named like articles come out as the checks of
        // their paths say, in the order of the paths.
        Path tree = Files.createDirectories(root.resolve("plain"));
        for (String name : EDGE_NAMES) {
            Files.writeString(tree.resolve(name), "{}");
        }
        for (String folder : List.of("dir.json", ".git", "node_modules.d", "sub")) {
            Files.writeString(Files.createDirectories(tree.resolve(folder)).resolve("in.yaml"), "{}");
        }
        Files.writeString(Files.createDirectories(tree.resolve("deep/node_modules")).resolve("n.json"), "{}");
        List<Path> expected;
        try (var all = Files.walk(tree)) {
            expected = all.filter(f -> !Files.isDirectory(f, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .filter(f -> SourceFormat.of(f).isPresent() && !ArticleFiles.isPassedOver(f))
                    .filter(f -> java.util.stream.StreamSupport.stream(tree.relativize(f.getParent()).spliterator(), false)
                            .noneMatch(ArticleFiles::isPassedOverFolder))
                    .sorted().toList();
        }

        ArticleFiles files = loader(false).find(List.of(tree));

        assertThat(files.files()).containsExactlyElementsOf(expected);
        assertThat(files.files()).contains(tree.resolve("A.JSON"), tree.resolve("Conditions.yaml"), tree.resolve("dir.json/in.yaml"),
                tree.resolve("node_modules.d/in.yaml"), tree.resolve("node_modules.json"))
                .doesNotContain(tree.resolve("conditions.yml"), tree.resolve(".h.yaml"), tree.resolve(".git/in.yaml"),
                        tree.resolve("deep/node_modules/n.json"), tree.resolve("e.json.bak"));
    }

    @Test
    void aFoldersConfigurationsAreConditionsYamlFirstThenConditionsYml(@TempDir Path folder) throws IOException {
        assertThat(ArticleFiles.configurationsIn(folder)).isEmpty();
        Files.createSymbolicLink(folder.resolve("conditions.yml"), folder.resolve("gone.yml"));
        assertThat(ArticleFiles.configurationsIn(folder)).as("a link that leads nowhere counts, to be reported")
                .containsExactly(folder.resolve("conditions.yml"));
        Files.writeString(folder.resolve("conditions.yaml"), "rules: {}\n");
        assertThat(ArticleFiles.configurationsIn(folder)).containsExactly(folder.resolve("conditions.yaml"), folder.resolve("conditions.yml"));
    }
}
