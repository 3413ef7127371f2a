package org.conditioncontent.loader.rules.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.conditioncontent.model.Block;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.ItemList;
import org.conditioncontent.model.Paragraph;
import org.conditioncontent.model.outline.Outline;
import org.conditioncontent.model.outline.OutlineAdapter;
import org.conditioncontent.model.outline.Part;

/**
 * The walks that {@link Fields#prose} and the empty-list rule replaced, through the outline's parts:
 * what they found, written as text, for comparison with what the records' walks find.
 */
final class ProseOracle {

    private ProseOracle() {}

    /**
     * The prose fields as {@code Fields.prose} found them through the outline: each as its
     * pointer, its paragraphs' pointers and its paragraphs, in the order found.
     */
    static List<String> prose(Condition condition) {
        List<String> out = new ArrayList<>();
        Deque<List<Part.ParagraphPart>> open = new ArrayDeque<>();
        Outline.of(condition).walk(new OutlineAdapter() {
            @Override
            public void enterSection(Part.SectionPart section) {
                open.push(new ArrayList<>());
            }

            @Override
            public void exitSection(Part.SectionPart section) {
                add(out, section.pointer(), open.pop());
            }

            @Override
            public void enterAside(Part.AsidePart aside) {
                open.push(new ArrayList<>());
            }

            @Override
            public void exitAside(Part.AsidePart aside) {
                add(out, aside.pointer(), open.pop());
            }

            @Override
            public void paragraph(Part.ParagraphPart paragraph) {
                open.element().add(paragraph);
            }

            @Override
            public void enterItem(Part.ItemPart item) {
                List<String> own = item.item().paragraphs();
                if (!own.isEmpty()) {
                    List<String> at = new ArrayList<>();
                    for (int i = 0; i < own.size(); i++) {
                        at.add(item.pointer() + "/paragraphs/" + i);
                    }
                    out.add(describe(item.pointer() + "/paragraphs", at, own));
                }
            }
        });
        return out;
    }

    private static void add(List<String> out, String holder, List<Part.ParagraphPart> paragraphs) {
        if (!paragraphs.isEmpty()) {
            List<String> at = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (Part.ParagraphPart p : paragraphs) {
                at.add(p.pointer());
                texts.add(p.paragraph().text());
            }
            out.add(describe(holder + "/blocks", at, texts));
        }
    }

    /** A prose field as text: its pointer, its paragraphs' pointers, its paragraphs. */
    static String describe(String pointer, List<String> pointers, List<String> paragraphs) {
        return pointer + " " + pointers + " " + paragraphs;
    }

    /** The prose fields that {@link Fields#prose} finds, as {@link #prose} writes them. */
    static List<String> found(Condition condition) {
        List<String> out = new ArrayList<>();
        for (Fields.Prose p : Fields.prose(condition)) {
            out.add(describe(p.pointer(), p.pointers(), p.paragraphs()));
        }
        return out;
    }

    /**
     * The empty-list rule's findings as the rule found them through the outline: each as its
     * pointer and its message, in the order found.
     */
    static List<String> emptyLists(Condition condition) {
        List<String> out = new ArrayList<>();
        Outline.of(condition).walk(new OutlineAdapter() {
            @Override
            public void enterSection(Part.SectionPart section) {
                check(section.section().blocks(), section.pointer());
            }

            @Override
            public void enterAside(Part.AsidePart aside) {
                check(aside.aside().blocks(), aside.pointer());
            }

            private void check(List<Block> blocks, String holder) {
                for (int i = 0; i < blocks.size(); i++) {
                    if (blocks.get(i) instanceof ItemList list && list.items().isEmpty()) {
                        String pointer = holder + "/blocks";
                        if (i > 0 && blocks.get(i - 1) instanceof Paragraph leadIn) {
                            out.add(pointer + "/" + (i - 1) + " The lead-in " + BuiltInRule.quote(leadIn.text())
                                    + " introduces a list with no items; add the items or remove the lead-in");
                        } else {
                            out.add(pointer + "/" + i + " The list has no items; add them or remove the list");
                        }
                    }
                }
            }
        });
        return out;
    }
}
