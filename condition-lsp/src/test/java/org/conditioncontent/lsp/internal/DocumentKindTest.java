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

    @Test
    void aTextSaysItIsAnArticleByATopLevelFormatVersionOrAnIdAndATitle() {
        assertThat(DocumentKind.declaresArticle("formatVersion: 2\n", false)).isTrue();
        assertThat(DocumentKind.declaresArticle("# a comment\n\"formatVersion\": \n", false)).as("half-typed, quoted").isTrue();
        // A format-1 article that lacks its formatVersion.
        assertThat(DocumentKind.declaresArticle("id: eczema\ntitle: Eczema\ndefinition: x\n", false)).isTrue();
        assertThat(DocumentKind.declaresArticle("{\"title\": \"Eczema\", \"id\": \"eczema\"}", true)).isTrue();
        assertThat(DocumentKind.declaresArticle("{\n  \"formatVersion\": 2", true)).as("half-typed JSON").isTrue();
        assertThat(DocumentKind.declaresArticle("{\"formatVersion\": 2}", false)).as("YAML written as JSON").isTrue();
    }

    @Test
    void otherYamlAndJsonFilesAreNoArticles() {
        assertThat(DocumentKind.declaresArticle("", false)).isFalse();
        assertThat(DocumentKind.declaresArticle("services:\n  web:\n    image: nginx\n    title: x\nid: 3\n", false))
                .as("an id at the top, a title only nested").isFalse();
        assertThat(DocumentKind.declaresArticle("site_name: Docs\nnav:\n  - formatVersion: 2\n", false)).isFalse();
        assertThat(DocumentKind.declaresArticle("{\"name\": \"app\", \"scripts\": {\"formatVersion\": 1, \"id\": 1, \"title\": 2}}", true))
                .as("keys of a nested object").isFalse();
        assertThat(DocumentKind.declaresArticle("{\"a\": \"\\\"formatVersion\\\": 1\"}", true)).as("a key inside a string").isFalse();
        assertThat(DocumentKind.declaresArticle("[{\"formatVersion\": 2}]", true)).as("a top-level array").isFalse();
        assertThat(DocumentKind.declaresArticle("a: 1\n---\nid: x\ntitle: y\n", false)).as("a later document of the stream").isFalse();
    }

    @Test
    void theTopLevelKeysOfYamlAreThoseAtTheStartOfALineInTheFirstDocument() {
        assertThat(DocumentKind.topLevelKeys("# c\nname: app\n\"quoted key\": 1\n'single': 2\nlist:\n  - a: 1\n  nested: 2\nurl: http://x\n", false))
                .containsExactly("name", "quoted key", "single", "list", "url");
        assertThat(DocumentKind.topLevelKeys("---\nid: a\n...\ntitle: b\n", false)).as("after the first document").containsExactly("id");
        assertThat(DocumentKind.topLevelKeys("- item: 1\n", false)).as("a top-level list").isEmpty();
        assertThat(DocumentKind.topLevelKeys("title: a: b\ntext:x\n", false)).containsExactly("title");
        assertThat(DocumentKind.topLevelKeys("", false)).isEmpty();
    }
}
