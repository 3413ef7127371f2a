package org.conditioncontent.loader.internal.checking;

import static org.assertj.core.api.Assertions.assertThat;

import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.SourceFormat;
import org.junit.jupiter.api.Test;

/**
 * One structural mistake gives one finding: a rule does not judge a value whose part was left out
 * by the binding, which would make it say something untrue about the article.
 */
class EditorialChecksTest {

    private static final ConditionLoader LOADER = ConditionLoader.builder().build();

    private static final String SECTIONS = """
            formatVersion: 2
            id: leg-cramps
            title: Leg cramps
            body:
              - kind: %s
                blocks: [Leg cramps are sudden, painful tightening of the calf muscles.]
              - kind: symptoms
                blocks: [A sudden, painful cramp in the calf.]
              - kind: treatment
                blocks: [Stretching the calf eases a cramp.]
            references:
              - type: article-journal
                title: Leg cramps in adults
                journal: Example Journal of Medicine
                authors: [{family: Doe, given: Jane}]
                year: %s
                url: https://example.org/leg-cramps
            """;

    private static java.util.List<String> rules(String yaml) {
        return LOADER.load("a.yaml", yaml, SourceFormat.YAML).diagnostics().stream().map(Diagnostic::rule).toList();
    }

    @Test
    void aMisspeltSectionKindIsNotAlsoAMissingSection() {
        assertThat(rules(SECTIONS.formatted("Definition", "2024"))).containsExactly("unknown-value");
    }

    @Test
    void aYearThatIsNoWholeNumberIsNotAlsoAMissingYear() {
        assertThat(rules(SECTIONS.formatted("definition", "2024.0"))).containsExactly("wrong-type");
    }

    @Test
    void aReferenceWithoutItsTitleIsNotAlsoNoReferencesAtAll() {
        assertThat(rules(SECTIONS.formatted("definition", "2024").replace("    title: Leg cramps in adults\n", "")))
                .containsExactly("required");
    }

    @Test
    void aFindingOnAValueThatBoundWholeStays() {
        // The definition is missing, and the mistake is in a reference: the two are separate.
        String noDefinition = SECTIONS.formatted("causes", "2024.0");
        assertThat(rules(noDefinition)).containsExactlyInAnyOrder("required-section", "wrong-type");
        assertThat(rules(SECTIONS.formatted("definition", "2024"))).isEmpty();
    }

    private static final String BODY = """
            formatVersion: 2
            id: leg-cramps
            title: Leg cramps
            body:
            %s
            references:
              - type: webpage
                title: Leg cramps
                site: Example Health
                url: https://example.org/leg-cramps
            """;

    private static java.util.List<String> findings(String body) {
        return LOADER.load("a.yaml", BODY.formatted(body.indent(2).stripTrailing()), SourceFormat.YAML).diagnostics().stream()
                .map(d -> d.rule() + " " + d.pointer()).toList();
    }

    @Test
    void aMistakeDeeperDownSaysNothingAboutAnotherSectionOrTheWholeBody() {
        // A misspelt field inside the symptoms section; the treatment section is really missing.
        assertThat(findings("""
                - kind: definition
                  blocks: [Leg cramps are sudden, painful tightening of the calf muscles.]
                - kind: symptoms
                  noHeadng: true
                  blocks: [A sudden, painful cramp in the calf.]
                """)).containsExactlyInAnyOrder("required-section /body", "unknown-field /body/1/noHeadng");
        // A value deep in the symptoms section that cannot be bound: the section is there.
        assertThat(findings("""
                - kind: definition
                  blocks: [Leg cramps are sudden, painful tightening of the calf muscles.]
                - kind: symptoms
                  blocks:
                    - items:
                        - text: [not, a, text]
                """)).containsExactlyInAnyOrder("required-section /body", "wrong-type /body/1/blocks/0/items/0/text");
    }

    @Test
    void withSeveralMistakesEachTrueFindingStaysAtItsOwnSection() {
        // The first section's kind is misspelt and the second's subsection has none: neither hides
        // that the treatment section, the third, is empty.
        assertThat(findings("""
                - kind: Definition
                  blocks: [Leg cramps are sudden, painful tightening of the calf muscles.]
                - kind: symptoms
                  blocks: [A sudden, painful cramp in the calf.]
                  sections:
                    - blocks: [At night, most of all.]
                - kind: treatment
                """)).containsExactlyInAnyOrder("unknown-value /body/0/kind", "required /body/1/sections/0/kind",
                "required-section /body/2");
    }

    @Test
    void aSectionWhoseOnlySubsectionWasLeftOutIsNotCalledEmpty() {
        assertThat(findings("""
                - kind: definition
                  sections:
                    - blocks: [Leg cramps are sudden, painful tightening of the calf muscles.]
                - kind: symptoms
                  blocks: [A sudden, painful cramp in the calf.]
                - kind: treatment
                  blocks: [Stretching the calf eases a cramp.]
                """)).containsExactly("required /body/0/sections/0/kind");
    }
}
