package org.conditioncontent.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.conditioncontent.model.Aside;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.ItemList;
import org.conditioncontent.model.Paragraph;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.SectionKind;
import org.junit.jupiter.api.Test;

/** The shapes of format 2 in Markdown, built in code so that the test needs no loader. */
class MarkdownRendererShapesTest {

    @Test
    void writesNestedSectionsNumberedStepsTermsAndAsides() {
        Condition c = Condition.builder("calf-strain", "Calf Strain")
                .body(
                        new Section(SectionKind.DEFINITION, null, true, List.of(Paragraph.of("A small tear.")), List.of()),
                        new Section(SectionKind.SELF_CARE, "How to stretch", false, List.of(
                                Paragraph.of("Do this:"),
                                ItemList.numbered(
                                        Item.builder("Stand").items(Item.of("Face a wall"), Item.of("Lean")).build(),
                                        Item.builder("Hold").paragraphs("Count to 30.").build()),
                                new Aside("Runner's stretch", List.of(
                                        Paragraph.of("Before a run."),
                                        ItemList.bullets(Item.builder("losing fluid").term("Dehydration").build())))),
                                List.of(new Section(SectionKind.TREATMENT, "Immediate relief", false,
                                        List.of(Paragraph.of("Walk.")), List.of()))),
                        Section.of(SectionKind.RISK_FACTORS, ItemList.bullets(Item.of("Age"))))
                .build();

        assertThat(new MarkdownRenderer().render(c)).isEqualTo("""
                # Calf Strain

                A small tear.

                ## How to stretch

                Do this:

                1. Stand
                   - Face a wall
                   - Lean
                2. Hold

                   Count to 30.

                > **Runner's stretch**
                >
                > Before a run.
                >
                > - **Dehydration**: losing fluid
                >

                ### Immediate relief

                Walk.

                ## Risk Factors

                - Age
                """);
    }
}
