package org.conditioncontent.loader.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.SourceFormat;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Paragraph;
import org.junit.jupiter.api.Test;

class ReadingLevelTest {

    private static final ConditionLoader LOADER = ConditionLoader.builder().build();

    @Test
    void scoresEveryProseFieldOfTheSeedWithItsParagraphs() {
        Condition seed = LOADER.loadOrThrow(Path.of("../examples/conditions/nocturnal-leg-cramps.yaml"));
        List<ReadingLevel> levels = ReadingLevel.of(seed);
        assertThat(levels).extracting(ReadingLevel::pointer).contains("/body/0/blocks", "/body/1/blocks", "/body/2/blocks");
        ReadingLevel definition = levels.stream().filter(l -> l.pointer().equals("/body/0/blocks")).findFirst().orElseThrow();
        // "Nocturnal leg cramps are sudden spasms ... The calf muscles are most often involved. The cramps ..."; the
        // section's second block is its figure's credit, no paragraph.
        assertThat(definition.paragraphs()).containsExactly("/body/0/blocks/0");
        assertThat(definition.sentences()).isEqualTo(3);
        Paragraph text = (Paragraph) seed.body().get(0).blocks().get(0);
        assertThat(definition.words()).isEqualTo(text.text().split("\\s+").length);
        assertThat(definition.hardestSentence()).isNotEmpty();
        // The risk factors' two paragraphs are one field; the list after them is not prose.
        ReadingLevel risks = levels.stream().filter(l -> l.pointer().equals("/body/2/blocks")).findFirst().orElseThrow();
        assertThat(risks.paragraphs()).containsExactly("/body/2/blocks/0", "/body/2/blocks/1");
        assertThat(risks.covers("/body/2/blocks")).isTrue();
        assertThat(risks.covers("/body/2/blocks/1")).isTrue();
        assertThat(risks.covers("/body/2/blocks/2/items/0")).as("an item of the list").isFalse();
        assertThat(risks.covers("/body/2/blocks/10")).isFalse();
    }

    @Test
    void anItemsOwnParagraphsAreAFieldOfTheirOwn() {
        // A short article: bound without the editorial rules, which would require more sections.
        ConditionLoader structureOnly = ConditionLoader.builder().rules(RuleSet.builder().build()).build();
        Condition article = structureOnly.load("items.yaml", """
                formatVersion: 2
                id: items
                title: Items
                body:
                  - kind: treatment
                    blocks:
                      - Rest helps.
                      - items:
                          - text: Ice
                            paragraphs: [Cold eases the pain. Wrap the ice first.]
                """, SourceFormat.YAML).orThrow();
        List<ReadingLevel> levels = ReadingLevel.of(article);
        assertThat(levels).extracting(ReadingLevel::pointer)
                .containsExactlyInAnyOrder("/body/0/blocks", "/body/0/blocks/1/items/0/paragraphs");
        ReadingLevel ice = levels.stream().filter(l -> l.pointer().endsWith("/paragraphs")).findFirst().orElseThrow();
        assertThat(ice.paragraphs()).containsExactly("/body/0/blocks/1/items/0/paragraphs/0");
        assertThat(ice.sentences()).isEqualTo(2);
    }

    @Test
    void givesTheGradeTheReadingLevelRuleReports() {
        String hard = "Pharmacological interventions necessitate individualized consideration of comorbidities, "
                + "concomitant medications, contraindications and physiological vulnerabilities characteristic of "
                + "elderly populations experiencing nocturnal musculoskeletal manifestations.";
        String paragraph = hard + " " + hard; // over the rule's 30 words
        ReadingLevel level = ReadingLevel.score("/body/0/blocks", List.of("/body/0/blocks/0"), List.of(paragraph));
        LoadResult result = LOADER.load("hard.yaml", "formatVersion: 2\nid: hard\ntitle: Hard\nbody:\n  - kind: definition\n    blocks:\n      - "
                + paragraph + "\n", SourceFormat.YAML);
        Diagnostic finding = result.diagnostics().stream().filter(d -> d.rule().equals("reading-level")).findFirst().orElseThrow();
        assertThat(finding.message()).contains(String.format(java.util.Locale.ROOT, "grade %.1f", level.grade()))
                .contains(level.words() + " words");
        assertThat(finding.pointer()).isEqualTo("/body/0/blocks/0");
        assertThat(level.grade()).isGreaterThan(ReadingLevel.score("/x", List.of("/x/0"), List.of("The cat sat on the mat.")).grade());
        assertThatThrownBy(() -> ReadingLevel.score("/x", List.of(), List.of("One.")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one pointer per paragraph");
    }

    @Test
    void scoresOnlyArticlesInEnglish() {
        String hard = "Pharmacological interventions necessitate individualized consideration of comorbidities, "
                + "concomitant medications, contraindications and physiological vulnerabilities characteristic of "
                + "elderly populations experiencing nocturnal musculoskeletal manifestations.";
        for (String language : new String[] {"", "language: en\n", "language: en-GB\n", "language: es\n", "language: fr-CA\n"}) {
            LoadResult result = LOADER.load("hard.yaml", "formatVersion: 2\nid: hard\ntitle: Hard\n" + language
                    + "body:\n  - kind: definition\n    blocks:\n      - " + hard + " " + hard + "\n", SourceFormat.YAML);
            boolean english = language.isEmpty() || language.contains(" en");
            assertThat(result.diagnostics()).as(language.isEmpty() ? "no language" : language.strip())
                    .filteredOn(d -> d.rule().equals("reading-level")).hasSize(english ? 1 : 0);
        }
    }
}
