package org.conditioncontent.loader.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.SourceFormat;
import org.conditioncontent.model.Condition;
import org.junit.jupiter.api.Test;

class ReadingLevelTest {

    private static final ConditionLoader LOADER = ConditionLoader.builder().build();

    @Test
    void scoresEveryProseFieldOfTheSeedInDocumentOrder() {
        Condition seed = LOADER.loadOrThrow(Path.of("../examples/conditions/nocturnal-leg-cramps.yaml"));
        List<ReadingLevel> levels = ReadingLevel.of(seed);
        assertThat(levels).extracting(ReadingLevel::pointer).startsWith("/definition", "/causes", "/riskFactors/summary");
        ReadingLevel definition = levels.get(0);
        // "Nocturnal leg cramps are sudden spasms ... The calf muscles are most often involved. The cramps ..."
        assertThat(definition.sentences()).isEqualTo(3);
        assertThat(definition.words()).isEqualTo(seed.definition().stream().mapToInt(p -> p.split("\\s+").length).sum());
        assertThat(definition.hardestSentence()).isNotEmpty();
    }

    @Test
    void givesTheGradeTheReadingLevelRuleReports() {
        String hard = "Pharmacological interventions necessitate individualized consideration of comorbidities, "
                + "concomitant medications, contraindications and physiological vulnerabilities characteristic of "
                + "elderly populations experiencing nocturnal musculoskeletal manifestations.";
        String paragraph = hard + " " + hard; // over the rule's 30 words
        ReadingLevel level = ReadingLevel.score("/definition", List.of(paragraph));
        LoadResult result = LOADER.load("hard.yaml", "formatVersion: 1\nid: hard\ntitle: Hard\ndefinition:\n  - " + paragraph + "\n",
                SourceFormat.YAML);
        Diagnostic finding = result.diagnostics().stream().filter(d -> d.rule().equals("reading-level")).findFirst().orElseThrow();
        assertThat(finding.message()).contains(String.format(java.util.Locale.ROOT, "grade %.1f", level.grade()))
                .contains(level.words() + " words");
        assertThat(level.grade()).isGreaterThan(ReadingLevel.score("/x", List.of("The cat sat on the mat.")).grade());
    }
}
