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

    @Test
    void aFormatOneArticleWithoutAVersionIsToldWhichVersionItsFieldsAre() {
        LoadResult result = yaml("id: a\ntitle: A\ndefinition:\n  - What it is.\nriskFactors:\n  items:\n    - name: Age\n");

        assertThat(result.diagnostics()).extracting(Diagnostic::rule).containsExactly("required", "unknown-field", "unknown-field");
        assertThat(result.diagnostics().get(0).message()).isEqualTo("The article has no \"formatVersion\"; its fields"
                + " \"definition\" and \"riskFactors\" are format 1's: add \"formatVersion: 1\" for a format-1 article"
                + " (then conditions migrate rewrites it in format 2)");
        assertThat(result.diagnostics().get(0).pointer()).isEqualTo("/formatVersion");
        assertThat(result.diagnostics().get(1).message()).isEqualTo("Unknown field \"definition\" in the article; it is a"
                + " field of format 1, which format 2 writes as a section of \"body\": for a format-1 article, say"
                + " \"formatVersion: 1\" (docs/migration.md maps each field)");
        assertThat(result.diagnostics().get(2).message()).startsWith("Unknown field \"riskFactors\" in the article; it is a field of format 1");
    }

    @Test
    void aFormatTwoFieldInAFormatOneArticleSuggestsFormatTwo() {
        LoadResult result = yaml("formatVersion: 1\nid: a\ntitle: A\nbody:\n  - kind: symptoms\n    blocks:\n      - Cramps.\n"
                + "published: 2024\n");

        assertThat(result.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "Unknown field \"body\" in the article; this looks like format 2: set \"formatVersion: 2\"",
                "Unknown field \"published\" in the article; this looks like format 2: set \"formatVersion: 2\"");
        assertThat(yaml("formatVersion: 1\nid: a\ntitle: A\nbogus: x\n").diagnostics()).extracting(Diagnostic::message)
                .singleElement().asString().as("other unknown fields keep the list of fields").contains("its fields are");
    }

    @Test
    void aFormatOneFieldInAFormatTwoArticleIsNamedAsFormatOnes() {
        LoadResult result = yaml("formatVersion: 2\nid: a\ntitle: A\nsymptoms:\n  - Cramps.\n");

        assertThat(result.diagnostics()).extracting(Diagnostic::rule).containsExactly("unknown-field");
        assertThat(result.diagnostics().get(0).message()).contains("\"symptoms\"", "a field of format 1", "\"formatVersion: 1\"");
    }

    @Test
    void otherMissingVersionsAndUnknownFieldsKeepTheirMessages() {
        assertThat(yaml("id: a\ntitle: A\n").diagnostics()).extracting(Diagnostic::message)
                .containsExactly("The article has no \"formatVersion\"; add it");
        assertThat(yaml("id: a\ntitle: A\ntitel: B\n").diagnostics()).extracting(Diagnostic::message)
                .containsExactly("The article has no \"formatVersion\"; add it", "Unknown field \"titel\" in the article; did you mean \"title\"?");
        // A format-1 field name inside another record is not the article's and gets no hint.
        assertThat(yaml("formatVersion: 2\nid: a\ntitle: A\npublisher:\n  name: P\n  definition: x\n").diagnostics())
                .extracting(Diagnostic::message).singleElement().asString().doesNotContain("format 1");
    }

    @Test
    void aVersionBeyondAWholeNumbersRangeSaysTheRangeAndIsNotEchoedWhole() {
        // Below the range, the model's own bound says it, as the validator says it of -1.
        assertThat(yaml("formatVersion: -99999999999\nid: a\ntitle: A\n").diagnostics()).extracting(Diagnostic::message)
                .contains("\"formatVersion\" must be 1 or more; it is -99999999999");
        String ninety = "9".repeat(90);
        assertThat(yaml("formatVersion: " + ninety + "\nid: a\ntitle: A\n").diagnostics()).extracting(Diagnostic::message)
                .contains("\"formatVersion\" must be a whole number from -2147483648 to 2147483647, but it is \"" + "9".repeat(57) + "...\"");
    }
}
