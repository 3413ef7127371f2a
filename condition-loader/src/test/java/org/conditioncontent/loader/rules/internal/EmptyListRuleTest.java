package org.conditioncontent.loader.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.conditioncontent.model.Aside;
import org.conditioncontent.model.Block;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.ItemList;
import org.conditioncontent.model.Paragraph;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.SectionKind;
import org.junit.jupiter.api.Test;

/**
 * The empty-list rule reads sections and asides from the records: it must report what it reported
 * through the outline's parts, at the same pointers and in the same order.
 */
class EmptyListRuleTest {

    @Test
    void reportsWhatTheOutlinesWalkReported() throws IOException {
        int found = 0;
        for (Condition generated : Articles.examplesAndGenerated(300)) {
            Condition c = Condition.builder(generated.id(), generated.title()).body(emptied(generated.body()).toArray(Section[]::new)).build();
            assertThat(RuleRun.findings(new EmptyListRule(), c)).isEqualTo(ProseOracle.emptyLists(c));
            found += ProseOracle.emptyLists(c).size();
        }
        assertThat(found).as("generated articles hold empty lists").isGreaterThan(20);
    }

    /** The sections with every other list block emptied, after a paragraph or not, in sections and asides. */
    private static List<Section> emptied(List<Section> sections) {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            out.add(new Section(s.kind(), s.heading(), s.noHeading(), emptiedBlocks(s.blocks()), emptied(s.sections())));
        }
        return out;
    }

    private static List<Block> emptiedBlocks(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof ItemList list && i % 2 == 0) {
                out.add(new ItemList(List.of(), list.ordered()));
            } else if (b instanceof Aside aside) {
                out.add(new Aside(aside.title(), emptiedBlocks(aside.blocks())));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    @Test
    void reportsEmptyListsInNestedSectionsAndAsidesInTheOutlinesOrder() {
        ItemList empty = new ItemList(List.of(), false);
        Section inner = new Section(SectionKind.CAUSES, "Causes", false, List.of(empty), List.of());
        Aside aside = new Aside("Note", List.of(new Paragraph("Options are:"), empty));
        Section outer = new Section(SectionKind.TREATMENT, "Treatment", false, List.of(aside, empty), List.of(inner));
        Condition c = Condition.builder("a", "Title").body(outer).build();
        assertThat(RuleRun.pointers(new EmptyListRule(), c))
                .containsExactly("/body/0/blocks/1", "/body/0/blocks/0/blocks/0", "/body/0/sections/0/blocks/0")
                .isEqualTo(ProseOracle.emptyLists(c).stream().map(f -> f.substring(0, f.indexOf(' '))).toList());
    }
}
