package org.conditioncontent.loader.rules.internal;

import java.util.List;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.internal.Pointer;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.model.Aside;
import org.conditioncontent.model.Block;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.ItemList;
import org.conditioncontent.model.Paragraph;
import org.conditioncontent.model.Section;

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
        // Read from the records, in the order the outline enters sections and asides: the
        // outline's parts were made for every block of every article, for a rule that almost
        // never reports.
        Pointer body = Pointer.ROOT.field("body");
        List<Section> sections = c.body();
        for (int i = 0; i < sections.size(); i++) {
            section(sections.get(i), body.item(i), context);
        }
    }

    /** Checks a section's blocks, then the asides among them, then the sections inside it. */
    private static void section(Section section, Pointer at, RuleContext context) {
        check(section.blocks(), at, context);
        asides(section.blocks(), at, context);
        List<Section> inner = section.sections();
        for (int i = 0; i < inner.size(); i++) {
            section(inner.get(i), at.field("sections").item(i), context);
        }
    }

    /** Checks the blocks of each aside among {@code blocks} of the holder at {@code at}, and the asides inside it. */
    private static void asides(List<Block> blocks, Pointer at, RuleContext context) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Aside aside) {
                Pointer asideAt = at.field("blocks").item(i);
                check(aside.blocks(), asideAt, context);
                asides(aside.blocks(), asideAt, context);
            }
        }
    }

    /** Reports the empty lists among blocks; the holder's pointer is written only for a finding. */
    private static void check(List<Block> blocks, Pointer holder, RuleContext context) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof ItemList list && list.items().isEmpty()) {
                String pointer = holder + "/blocks";
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
