package org.conditioncontent.cli.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conditioncontent.cli.preview.Workspace.Page;
import org.conditioncontent.cli.preview.Workspace.Snapshot;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.Rules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's articles: a folder's files are found once, with the loader's link policy, so a
 * link that validate refuses is a page that says why, never read, and never hides the others.
 */
class WorkspaceTest {

    private static final Path SEED = Path.of("../examples/conditions/nocturnal-leg-cramps.yaml");

    @TempDir
    Path folder;

    private final ConditionLoader loader = ConditionLoader.builder().build();

    @BeforeEach
    void copyTheSeed() throws IOException {
        assumeThat(System.getProperty("os.name")).doesNotContainIgnoringCase("windows"); // links need rights there
        Files.copy(SEED, folder.resolve("nocturnal-leg-cramps.yaml"));
    }

    private Snapshot preview() {
        return new Workspace(List.of(folder), loader, loader::find, file -> folder.relativize(file).toString()).snapshot();
    }

    @Test
    void aLinkThatLeadsNowhereIsAPageThatSaysSoAndTheOtherPagesStay() throws IOException {
        Files.createSymbolicLink(folder.resolve("gone.yaml"), folder.resolve("deleted.yaml"));

        Snapshot snapshot = preview();

        assertThat(snapshot.problem()).isNull();
        assertThat(snapshot.pages()).extracting(Page::name).containsExactly("gone.yaml", "nocturnal-leg-cramps.yaml");
        Page gone = snapshot.pages().get(0);
        assertThat(gone.condition()).isNull();
        assertThat(gone.findings()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(Rules.FILE_UNREADABLE.id());
            assertThat(d.message()).contains("which does not exist");
        });
        assertThat(snapshot.pages().get(1).condition()).isNotNull();
    }

    @Test
    void aLinkThatLeadsOutOfTheFolderIsNotRead(@TempDir Path elsewhere) throws IOException {
        // A valid article outside: read through the link, its page would show it.
        Path outside = Files.copy(SEED, elsewhere.resolve("private.yaml"));
        Files.createSymbolicLink(folder.resolve("linked.yaml"), outside);

        Snapshot snapshot = preview();

        assertThat(snapshot.problem()).isNull();
        Page linked = snapshot.pages().get(0);
        assertThat(linked.name()).isEqualTo("linked.yaml");
        assertThat(linked.condition()).isNull();
        assertThat(linked.findings()).extracting(Diagnostic::rule).containsExactly(Rules.FILE_UNREADABLE.id());
        assertThat(linked.findings().get(0).message()).contains("outside the folders checked, so it is not read");
    }

    @Test
    void aLinkWithinTheFolderIsRead() throws IOException {
        // The draft in a hidden folder, which the search passes over: read only through the link.
        Path drafts = Files.createDirectories(folder.resolve(".drafts"));
        Path draft = drafts.resolve("draft.yml");
        Files.writeString(draft, Files.readString(SEED).replace("id: nocturnal-leg-cramps", "id: draft"));
        Files.createSymbolicLink(folder.resolve("linked.yaml"), draft);

        Snapshot snapshot = preview();

        assertThat(snapshot.pages()).extracting(Page::name).containsExactly("linked.yaml", "nocturnal-leg-cramps.yaml");
        assertThat(snapshot.pages().get(0).condition()).isNotNull()
                .satisfies(article -> assertThat(article.id()).isEqualTo("draft"));
    }

    /**
     * The index links an article by its id: a file whose name is another article's id must not
     * take that link. "nocturnal-leg-cramps.yaml" here holds another article (id "other"), and
     * "a.yaml" the article whose id is nocturnal-leg-cramps.
     */
    @Test
    void theIndexsLinkToAnIdLeadsToThatArticleNotToAFileOfThatName() throws IOException {
        String seed = Files.readString(SEED);
        Files.writeString(folder.resolve("a.yaml"), seed);
        Files.writeString(folder.resolve("nocturnal-leg-cramps.yaml"), seed.replace("id: nocturnal-leg-cramps", "id: other"));

        Snapshot snapshot = preview();

        assertThat(snapshot.page("/nocturnal-leg-cramps.html")).isNotNull()
                .satisfies(page -> assertThat(page.name()).isEqualTo("a.yaml"));
        Page named = snapshot.pages().stream().filter(p -> p.name().equals("nocturnal-leg-cramps.yaml")).findFirst().orElseThrow();
        assertThat(named.route()).isEqualTo("nocturnal-leg-cramps-2");
        assertThat(snapshot.page("/nocturnal-leg-cramps-2.html")).isSameAs(named);
        assertThat(snapshot.page("/other.html")).isSameAs(named);
        assertThat(snapshot.page("/a.html")).isNotNull().satisfies(page -> assertThat(page.name()).isEqualTo("a.yaml"));
    }
}
