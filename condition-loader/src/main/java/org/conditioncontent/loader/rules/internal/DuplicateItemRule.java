package org.conditioncontent.loader.rules.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.model.Condition;

/** The same item twice in one list. */
final class DuplicateItemRule extends BuiltInRule {

    DuplicateItemRule() {
        super("duplicate-item", Severity.WARNING, "No list holds the same item twice",
                "Repeated items are copy-and-paste accidents: the seed article's own export repeated its whole block of "
                        + "resources. Every list of the article is checked; texts are compared ignoring case and spacing, "
                        + "other items by all their fields.");
    }

    @Override
    public void check(Condition c, RuleContext context) {
        for (Fields.Items list : Fields.lists(c)) {
            List<?> items = list.items();
            if (items.size() < 2) {
                continue; // nothing to repeat: most lists of an article hold one item
            }
            Map<String, Integer> seenTexts = null;
            for (int i = 0; i < items.size(); i++) {
                Object item = items.get(i);
                int first;
                if (item instanceof String s) {
                    if (seenTexts == null) {
                        seenTexts = new HashMap<>();
                    }
                    Integer seen = seenTexts.putIfAbsent(Fields.comparable(s), i);
                    first = seen == null ? -1 : seen;
                } else {
                    first = firstEqual(list, i);
                }
                if (first >= 0) {
                    // Numbered as in the document, where an element that did not bind still counts.
                    context.report(list.pointer() + "/" + i, "Item " + number(context, list, i) + " repeats item "
                            + number(context, list, first) + " of this list; remove one of them");
                }
            }
        }
    }

    /**
     * The first item before item {@code i} that equals it, or -1. Only items with the same hash
     * are compared with {@code equals} (see {@link Fields.Items}); the first of equal items is the
     * one a map of items to their first index would give, so the findings are those of a map.
     */
    private static int firstEqual(Fields.Items list, int i) {
        List<?> items = list.items();
        Object item = items.get(i);
        int hash = list.hash(i);
        for (int j = 0; j < i; j++) {
            if (list.hash(j) == hash && !(items.get(j) instanceof String) && Objects.equals(item, items.get(j))) {
                return j;
            }
        }
        return -1;
    }

    /** The 1-based number of a list's item in the document. */
    private static int number(RuleContext context, Fields.Items list, int index) {
        String pointer = context.sourcePointer(list.pointer() + "/" + index);
        return Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1)) + 1;
    }
}
