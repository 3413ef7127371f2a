package org.conditioncontent.loader.format1;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.SourceFormat;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.ItemKind;
import org.conditioncontent.model.Paragraph;
import org.conditioncontent.model.SectionKind;
import org.junit.jupiter.api.Test;

/** Format-1 files load as format 2, unchanged in meaning, with findings at their format-1 places. */
class UpgradeTest {

    private static final ConditionLoader LOADER = ConditionLoader.builder().build();

    @Test
    void theFormatOneSeedLoadsEqualToTheFormatTwoSeed() {
        Condition v1 = LOADER.load(Path.of("src/test/resources/format1/nocturnal-leg-cramps.yaml")).orThrow();
        Condition v2 = LOADER.load(Path.of("../examples/conditions/nocturnal-leg-cramps.yaml")).orThrow();
        assertThat(v1).isEqualTo(v2);
        assertThat(v1.formatVersion()).isEqualTo(Condition.FORMAT_VERSION);
    }

    @Test
    void ruleFindingsAreReportedAtTheFormatOneField() {
        LoadResult result = LOADER.load(Path.of("src/test/resources/format1/long-sentences.yaml"));
        assertThat(result.diagnostics()).filteredOn(d -> d.rule().equals("sentence-length"))
                .extracting(d -> d.pointer() + " " + d.line() + ":" + d.column())
                // The diagnosis sentence is suppressed by the format-1 field /diagnosis.
                .containsExactly("/sections/0/paragraphs/0 24:9");
    }

    @Test
    void theUpgradeKeepsOrderKindsAndMeaning() {
        Condition c = LOADER.load(Path.of("src/test/resources/format1/long-sentences.yaml")).orThrow();
        assertThat(c.body()).extracting(s -> s.kind()).containsExactly(SectionKind.DEFINITION, SectionKind.RISK_FACTORS,
                SectionKind.SYMPTOMS, SectionKind.DIAGNOSIS, SectionKind.TREATMENT, SectionKind.WHEN_TO_SEE_A_DOCTOR);
        assertThat(c.body().get(1).blocks().get(0)).isEqualTo(Paragraph.of("These things make cramps more likely:"));
        assertThat(c.items(ItemKind.RISK_FACTOR)).hasSize(2);
        assertThat(c.items(ItemKind.TREATMENT)).singleElement().satisfies(t -> assertThat(t.note()).isEqualTo("when a cramp starts"));
        assertThat(c.suppressions()).singleElement().satisfies(s -> assertThat(s.field()).isEqualTo("/body/3"));
    }

    @Test
    void pointersTranslateBothWays() {
        PointerMap map = new PointerMap();
        map.put("/body/2", "/riskFactors");
        map.put("/body/2/blocks/1/items", "/riskFactors/items");
        map.put("/body/2/blocks/1/items/0/text", "/riskFactors/items/0/name");
        assertThat(map.toSource("/body/2/blocks/1/items/0/text")).isEqualTo("/riskFactors/items/0/name");
        assertThat(map.toSource("/body/2/blocks/1/items/0/examples/1")).isEqualTo("/riskFactors/items/0/examples/1");
        assertThat(map.toSource("/body/20")).isEqualTo("/body/20");
        assertThat(map.toSource("/title")).isEqualTo("/title");
        assertThat(map.toSource("/body")).as("format 1's sections are the article's fields").isEmpty();
        assertThat(map.toUpgraded("")).isEmpty();
        assertThat(map.toUpgraded("/riskFactors/items/0/name")).isEqualTo("/body/2/blocks/1/items/0/text");
        assertThat(map.toUpgraded("/riskFactors")).isEqualTo("/body/2");
    }

    /**
     * A missing section is a finding on the format-2 body, which format 1 does not have: it is
     * reported at the format-1 article itself, and a suppression of the body, which silences it,
     * names a field of the article rather than nothing.
     */
    @Test
    void aMissingSectionIsReportedAtTheFormatOneArticle() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/format1/invalid/required-section.yaml"));
        assertThat(LOADER.load("a.yaml", text, SourceFormat.YAML).diagnostics())
                .extracting(d -> d.rule() + " '" + d.pointer() + "' " + d.line() + ":" + d.column())
                .containsExactly("required-section '' 1:1");

        String suppressed = text + "suppressions:\n  - rule: required-section\n    field: /body\n    reason: Written elsewhere\n";
        assertThat(LOADER.load("a.yaml", suppressed, SourceFormat.YAML).diagnostics()).isEmpty();
    }

    @Test
    void theFormatOneSeedHasNoFindings() {
        List<Diagnostic> none = LOADER.load(Path.of("src/test/resources/format1/nocturnal-leg-cramps.yaml")).diagnostics();
        assertThat(none).isEmpty();
    }
}
