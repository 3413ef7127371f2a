package org.conditioncontent.lsp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Which documents are articles: those conditions validate reads when it searches the workspace folder. */
class DocumentKindTest {

    private static final Path ROOT = Path.of("/work/site").toAbsolutePath();

    private static DocumentKind kind(String relative) {
        Path file = ROOT.resolve(relative);
        return DocumentKind.of(file, file.toUri().toString(), ROOT);
    }

    @Test
    void filesTheSearchPassesOverAreNoArticles() {
        assertThat(kind(".github/workflows/ci.yml")).isEqualTo(DocumentKind.OTHER);
        assertThat(kind("articles/node_modules/some-package/package.json")).isEqualTo(DocumentKind.OTHER);
        assertThat(kind(".prettierrc.json")).isEqualTo(DocumentKind.OTHER);
    }

    @Test
    void articlesAndTheConfigurationAreWhatTheirNamesSay() {
        assertThat(kind("articles/skin/eczema.yaml")).isEqualTo(DocumentKind.YAML_ARTICLE);
        assertThat(kind("articles/ECZEMA.JSON")).isEqualTo(DocumentKind.JSON_ARTICLE);
        assertThat(kind("conditions.yaml")).isEqualTo(DocumentKind.RULES_CONFIG);
        // The command reads conditions.yml where there is no conditions.yaml: never an article.
        assertThat(kind("articles/conditions.yml")).isEqualTo(DocumentKind.RULES_CONFIG);
        assertThat(kind("notes.md")).isEqualTo(DocumentKind.OTHER);
    }

    @Test
    void onlyTheFoldersBelowTheWorkspaceFolderCount() {
        // The workspace folder may itself be hidden, or sit in one; a file outside every folder
        // is taken by its name, as a file named on the command line is read.
        Path hiddenRoot = Path.of("/home/editor/.sites/clinic").toAbsolutePath();
        Path article = hiddenRoot.resolve("articles/eczema.yaml");
        assertThat(DocumentKind.of(article, article.toUri().toString(), hiddenRoot)).isEqualTo(DocumentKind.YAML_ARTICLE);
        Path workflow = ROOT.resolve(".github/workflows/ci.yml");
        assertThat(DocumentKind.of(workflow, workflow.toUri().toString(), null)).isEqualTo(DocumentKind.YAML_ARTICLE);
    }
}
