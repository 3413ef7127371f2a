package org.conditioncontent.loader;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

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
    void aLinkInsideTheFoldersIsReadUnderItsName() throws IOException {
        Path shared = Files.createDirectories(root.resolve("repo/shared"));
        Files.copy(ARTICLE, shared.resolve("other.yaml"));
        Files.writeString(shared.resolve("other.yaml"), Files.readString(ARTICLE).replace("id: https", "id: other"));
        Files.createSymbolicLink(articles.resolve("other.yaml"), Path.of("../shared/other.yaml"));

        assertThat(loader(false).loadAll(List.of(articles)).diagnostics())
                .as("the link leaves articles/ and is refused when only articles/ is checked").hasSize(1);
        CorpusResult both = loader(false).loadAll(List.of(articles, shared));
        assertThat(both.diagnostics()).filteredOn(d -> d.rule().equals(Rules.FILE_UNREADABLE.id())).isEmpty();
        assertThat(both.conditions()).extracting(c -> c.id()).contains("other", "https");
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
}
