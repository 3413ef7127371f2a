package org.conditioncontent.lsp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.conditioncontent.loader.rules.RuleSet;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Test;

/** A format-1 article is told apart, and hover and completion do not offer format 2's fields in it. */
class OpenDocumentTest {

    @Test
    void anArticleInFormat1SaysSoInYamlOrJson() {
        assertThat(OpenDocument.of("file:///a/x.yaml", "# old\nformatVersion: 1\nid: x\n", 1).isFormat1()).isTrue();
        assertThat(OpenDocument.of("file:///a/x.yaml", "formatVersion: 1 # the first\n", 1).isFormat1()).isTrue();
        assertThat(OpenDocument.of("file:///a/x.json", "{\"formatVersion\" : 1, \"id\": \"x\"}", 1).isFormat1()).isTrue();
        assertThat(OpenDocument.of("file:///a/x.yaml", "formatVersion: 2\nid: x\n", 1).isFormat1()).isFalse();
        assertThat(OpenDocument.of("file:///a/x.yaml", "formatVersion: 12\n", 1).isFormat1()).isFalse();
        assertThat(OpenDocument.of("file:///a/x.json", "{\"formatVersion\": 1.5}", 1).isFormat1()).isFalse();
        assertThat(OpenDocument.of("file:///a/x.yaml", "title: formatVersion: 1\n", 1).isFormat1()).isFalse();
        assertThat(OpenDocument.of("file:///a/conditions.yaml", "formatVersion: 1\n", 1).isFormat1()).as("not an article").isFalse();
    }

    @Test
    void hoverInAFormat1ArticlePointsToTheMigrationAndCompletionOffersNothing() {
        OpenDocument old = OpenDocument.of("file:///a/x.yaml", "formatVersion: 1\nid: x\ntitle: X\ndefinition:\n  - Text.\n", 1);
        Checks checks = new Checks(path -> null, RuleSet.class.getClassLoader(), message -> { });
        assertThat(Hovers.hover(old, new Position(2, 1), () -> checks.check(old)).getContents().getRight().getValue())
                .isEqualTo(Hovers.FORMAT_1);
        assertThat(Completions.complete(old, new Position(3, 0))).isEmpty();

        OpenDocument current = OpenDocument.of("file:///a/x.yaml", "formatVersion: 2\nid: x\ntitle: X\nti\n", 1);
        // A field that is no prose has no reading level: the article is not checked for it.
        assertThat(Hovers.hover(current, new Position(2, 1), () -> {
            throw new AssertionError("checked for a hover off prose");
        }).getContents().getRight().getValue()).contains("**title**: text");
        assertThat(Completions.complete(current, new Position(3, 2))).extracting(c -> c.getLabel()).contains("title", "body");
    }
}
