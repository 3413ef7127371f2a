package org.conditioncontent.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.conditioncontent.loader.rules.RuleSet;
import org.conditioncontent.model.Condition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LoadResult#sourceFormatVersion()}: the version a file declares, valid or not, read from any source. */
class SourceFormatVersionTest {

    private static ConditionLoader loader;

    @BeforeAll
    static void build() {
        loader = ConditionLoader.builder().rules(RuleSet.none()).build();
    }

    private static LoadResult yaml(String text) {
        return loader.load("article.yaml", text, SourceFormat.YAML);
    }

    @Test
    void aFormatOneFileSaysSoThoughItsArticleIsUpgraded() {
        LoadResult result = yaml("# a comment first\nformatVersion: 1\nid: a\ntitle: A\n");
        assertThat(result.isValid()).isTrue();
        assertThat(result.sourceFormatVersion()).isEqualTo(1);
        assertThat(result.condition()).extracting(Condition::formatVersion).isEqualTo(Condition.FORMAT_VERSION);
    }

    @Test
    void aCurrentFileIsFoundInJsonAsInYaml() {
        String json = "{\n  \"id\": \"a\",\n  \"formatVersion\": " + Condition.FORMAT_VERSION + ",\n  \"title\": \"A\"\n}\n";
        LoadResult fromText = loader.load("a.json", json, SourceFormat.JSON);
        LoadResult fromBytes = loader.load("a.json", json.getBytes(StandardCharsets.UTF_8), SourceFormat.JSON);
        assertThat(fromText.isValid()).isTrue();
        assertThat(fromText.sourceFormatVersion()).isEqualTo(Condition.FORMAT_VERSION);
        assertThat(fromBytes.sourceFormatVersion()).isEqualTo(Condition.FORMAT_VERSION);
        assertThat(yaml("title: A\nformatVersion: " + Condition.FORMAT_VERSION + "\nid: a\n").sourceFormatVersion())
                .isEqualTo(Condition.FORMAT_VERSION);
    }

    @Test
    void anInvalidFileStillSaysWhatItDeclares() {
        LoadResult broken = yaml("formatVersion: 1\nid: Not An Id\ntitle: A\n");
        assertThat(broken.isValid()).isFalse();
        assertThat(broken.sourceFormatVersion()).isEqualTo(1);
        LoadResult newer = yaml("formatVersion: " + (Condition.FORMAT_VERSION + 1) + "\nid: a\ntitle: A\n");
        assertThat(newer.diagnostics()).extracting(Diagnostic::rule).containsExactly("format-version");
        assertThat(newer.sourceFormatVersion()).isEqualTo(Condition.FORMAT_VERSION + 1);
    }

    @Test
    void noWholeNumberDeclaredIsZero() {
        assertThat(yaml("id: a\ntitle: A\n").sourceFormatVersion()).isZero();
        assertThat(yaml("formatVersion: \"2\"\nid: a\ntitle: A\n").sourceFormatVersion()).isZero();
        assertThat(yaml("formatVersion: 2.0\nid: a\ntitle: A\n").sourceFormatVersion()).isZero();
        assertThat(yaml("nested:\n  formatVersion: 1\n").sourceFormatVersion()).isZero();
        assertThat(yaml("formatVersion: [1\n").sourceFormatVersion()).isZero();
        assertThat(loader.load(Path.of("no-such-article.yaml")).sourceFormatVersion()).isZero();
    }

    @Test
    void aCorpusKeepsEachFilesVersion(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("one.yaml"), "formatVersion: 1\nid: one\ntitle: One\n");
        Files.writeString(dir.resolve("two.yaml"), "formatVersion: 2\nid: two\ntitle: Two\n");
        assertThat(loader.loadAll(List.of(dir)).files()).extracting(LoadResult::sourceFormatVersion).containsExactly(1, 2);
        ConcurrentLinkedQueue<Integer> seen = new ConcurrentLinkedQueue<>();
        assertThat(loader.checkAll(List.of(dir), r -> seen.add(r.sourceFormatVersion()))).isEmpty();
        assertThat(seen).containsExactlyInAnyOrder(1, 2);
    }
}
