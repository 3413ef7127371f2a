package org.conditioncontent.loader.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.conditioncontent.loader.rules.Finding;
import org.conditioncontent.loader.rules.RuleSet;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Paragraph;
import org.conditioncontent.model.Reference;
import org.conditioncontent.model.ReferenceType;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.SectionKind;
import org.junit.jupiter.api.Test;

/**
 * The required-section rule reads the sections straight from the records: a required section
 * counts wherever it is nested, any section of a kind with content fills it, and an empty one is
 * reported at the first section of its kind, with the pointer the outline gives it.
 */
class RequiredSectionRuleTest {

    private static List<String> reported(Condition c) {
        return RuleSet.builder().builtIn().build().check(c).stream()
                .filter(f -> f.rule().equals("required-section"))
                .map(f -> f.pointer() + " " + f.message())
                .toList();
    }

    private static Section nested(SectionKind kind, Section... inner) {
        return new Section(kind, null, false, List.of(), List.of(inner));
    }

    @Test
    void anArticleWithEveryRequiredSectionPasses() {
        Condition c = Condition.builder("a", "Title")
                .body(Section.of(SectionKind.DEFINITION, Paragraph.of("What it is.")),
                        nested(SectionKind.OTHER, Section.of(SectionKind.SYMPTOMS, Paragraph.of("How it shows."))),
                        Section.of(SectionKind.TREATMENT, Paragraph.of("How it is treated.")))
                .references(Reference.builder(ReferenceType.WEBPAGE).title("A source").build())
                .build();
        assertThat(reported(c)).isEmpty();
    }

    @Test
    void anEmptySectionIsReportedAtTheFirstOfItsKindAndAFilledOneLaterFillsTheKind() {
        Section emptySymptoms = new Section(SectionKind.SYMPTOMS, null, false, List.of(), List.of());
        Section emptyDefinition = new Section(SectionKind.DEFINITION, null, false, List.of(), List.of());
        Condition c = Condition.builder("a", "Title")
                .body(emptyDefinition,
                        nested(SectionKind.OTHER, Section.of(SectionKind.OTHER, Paragraph.of("Background.")), emptySymptoms),
                        Section.of(SectionKind.DEFINITION, Paragraph.of("What it is.")),
                        nested(SectionKind.OTHER, emptySymptoms))
                .build();
        assertThat(reported(c)).containsExactly(
                "/body/1/sections/1 The symptoms section is empty; add a paragraph on how the condition shows",
                "/body The article has no treatment section; add a summary or treatment options",
                "/references The article cites no references; add the sources it is based on");
    }
}
