package org.conditioncontent.loader.rules.internal;

import java.util.List;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.model.Block;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.ItemList;
import org.conditioncontent.model.Paragraph;
import org.conditioncontent.model.outline.Outline;
import org.conditioncontent.model.outline.OutlineAdapter;
import org.conditioncontent.model.outline.Part;

/** A list with nothing in it, and the lead-in sentence that promised it. */
final class EmptyListRule extends BuiltInRule {

    EmptyListRule() {
        super("empty-list", Severity.ERROR, "Every list has items, and a lead-in sentence (\"Options are:\") is followed by them",
                "A sentence that ends in a colon promises a list. A lead-in with no items after it leaves the reader "
                        + "hanging; either add the items or remove the lead-in. A list block with no items is reported at "
                        + "the paragraph before it when there is one, else at the list.");
    }

    @Override
    public void check(Condition c, RuleContext context) {
        Outline.of(c).walk(new OutlineAdapter() {
            @Override
            public void enterSection(Part.SectionPart section) {
                check(section.section().blocks(), section, context);
            }

            @Override
            public void enterAside(Part.AsidePart aside) {
                check(aside.aside().blocks(), aside, context);
            }
        });
    }

    /** Reports the empty lists among blocks; the holder's pointer is written only for a finding. */
    private static void check(List<Block> blocks, Part holder, RuleContext context) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof ItemList list && list.items().isEmpty()) {
                String pointer = holder.pointer() + "/blocks";
                if (i > 0 && blocks.get(i - 1) instanceof Paragraph leadIn) {
                    context.report(pointer + "/" + (i - 1), "The lead-in " + quote(leadIn.text())
                            + " introduces a list with no items; add the items or remove the lead-in");
                } else {
                    context.report(pointer + "/" + i, "The list has no items; add them or remove the list");
                }
            }
        }
    }
}
