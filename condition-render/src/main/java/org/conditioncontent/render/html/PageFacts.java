package org.conditioncontent.render.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.ItemKind;
import org.conditioncontent.model.SectionKind;
import org.conditioncontent.model.outline.Outline;
import org.conditioncontent.model.outline.OutlineAdapter;
import org.conditioncontent.model.outline.Part;
import org.jspecify.annotations.Nullable;

/**
 * What a page's head takes from the article's body, gathered in one walk of its outline: the
 * paragraph the meta description is made of ({@link MetaDescription}) and the named items the
 * JSON-LD lists ({@link JsonLd}). A page needs both before its body is written; finding each on
 * a walk of its own (the description twice, since the JSON-LD repeats it) walked the outline four
 * times per page (see docs/performance.md). Made anew for every page.
 */
final class PageFacts extends OutlineAdapter {

    /** The first paragraph of the first definition section. */
    private @Nullable String definition;
    /** The first paragraph of all. */
    private @Nullable String first;
    private final List<NamedItem> items = new ArrayList<>();
    /** The items open at this point of the walk, innermost first. */
    private final Deque<Part.ItemPart> open = new ArrayDeque<>();
    private @Nullable String description;

    private PageFacts() {}

    /**
     * Walks an article once for its facts.
     *
     * @param condition the article
     * @return the facts
     */
    static PageFacts of(Condition condition) {
        PageFacts facts = new PageFacts();
        Outline.of(condition).walk(facts);
        return facts;
    }

    /**
     * The meta description: the first paragraph of the first definition section, else the
     * article's first paragraph, cut as {@link MetaDescription#truncate(String, int)} cuts it.
     *
     * @return the description; empty when the article has no paragraph
     */
    String description() {
        String d = description;
        if (d == null) {
            String text = definition != null ? definition : first;
            d = text == null ? "" : MetaDescription.truncate(text, MetaDescription.MAX_LENGTH);
            description = d;
        }
        return d;
    }

    /**
     * The names of the article's items by kind, in reading order, wherever they stand (see
     * {@link Condition#items(ItemKind)}). Two shapes are read for what they mean: a risk factor
     * with nested items ("Some health issues, such as: ...") is a heading for them, not a factor
     * of its own, so only its nested factors are named; the nested items of any other item that
     * only inherit its kind are its parts (the sub-steps of a step), so only the item is named.
     *
     * @return the items
     */
    List<NamedItem> items() {
        return items;
    }

    @Override
    public void paragraph(Part.ParagraphPart part) {
        String text = part.paragraph().text();
        if (text == null || text.isBlank()) {
            return;
        }
        if (definition == null && part.section() == SectionKind.DEFINITION) {
            definition = text;
        }
        if (first == null) {
            first = text;
        }
    }

    @Override
    public void enterItem(Part.ItemPart part) {
        Part.ItemPart parent = open.peek();
        open.push(part);
        Item item = part.item();
        ItemKind kind = part.kind();
        if (kind == null) {
            return;
        }
        boolean inherited = item.kind() == null && parent != null;
        if (inherited && parent.kind() != ItemKind.RISK_FACTOR) {
            return;
        }
        if (!(kind == ItemKind.RISK_FACTOR && groups(item, kind))) {
            items.add(new NamedItem(kind, item.name()));
        }
    }

    /** Whether a risk factor only groups the nested items that are factors of the same kind. */
    private static boolean groups(Item item, ItemKind kind) {
        for (Item nested : item.items()) {
            if (nested.kind() == null || nested.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void exitItem(Part.ItemPart part) {
        open.pop();
    }

    /**
     * An item's kind and name, as the structured data names it.
     *
     * @param kind what the item is
     * @param name its term, else its text
     */
    record NamedItem(ItemKind kind, String name) {}
}
