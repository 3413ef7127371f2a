package org.conditioncontent.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Reference;
import org.conditioncontent.model.outline.Part;
import org.conditioncontent.render.CitationStyle;
import org.conditioncontent.render.SampleConditions;
import org.junit.jupiter.api.Test;

class TextPartRendererTest {

    private static final Condition SEED = SampleConditions.nocturnalLegCramps();
    private static final String DEFAULT = new TextRenderer().render(SEED);

    @Test
    void aUserRendererReplacesOnePartAndLeavesTheRest() {
        TextRenderer text = TextRenderer.builder()
                .partRenderer(Part.ReferencesPart.class, (references, context) -> {
                    context.line("Sources");
                    int n = 1;
                    for (Reference r : references.references()) {
                        context.line(n++ + ". " + CitationStyle.ama().plain(r, context.labels()));
                    }
                })
                .build();
        String rendered = text.render(SEED);
        String before = DEFAULT.substring(0, DEFAULT.indexOf("\nReferences\n") + 1);
        assertThat(rendered).startsWith(before).contains("\nSources\n1. Delacour C, Chambe J, et al. ")
                .doesNotContain("\nReferences\n");
        String after = DEFAULT.substring(DEFAULT.indexOf("\nContributors\n"));
        assertThat(rendered).endsWith(after);
    }

    @Test
    void aUserRendererCanWrapTheBuiltInLinesAndAsidesKeepTheirMarks() {
        TextRenderer text = TextRenderer.builder()
                .partRenderer(Part.SectionPart.class, (section, context) -> {
                    context.line("----");
                    context.renderBuiltIn();
                })
                .partRenderer(Part.AsidePart.class, (aside, context) -> context.line("[" + aside.aside().title() + "]"))
                .build();
        Condition shapes = SampleConditions.shapes();
        String rendered = text.render(shapes);
        assertThat(rendered.replace("----\n", "")
                        .replace("[Runner's stretch]\nLean against", "| Runner's stretch\n| Lean against")
                        .replace("\n- Running in worn shoes", "\n| - Running in worn shoes"))
                .isEqualTo(new TextRenderer().render(shapes));
        assertThat(rendered).contains("[Runner's stretch]\nLean against a wall");
    }
}
