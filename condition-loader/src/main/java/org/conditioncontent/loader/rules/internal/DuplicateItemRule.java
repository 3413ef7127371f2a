package org.conditioncontent.loader.rules.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
            if (list.items().size() < 2) {
                continue; // nothing to repeat: most lists of an article hold one item
            }
            Map<Object, Integer> seen = new HashMap<>();
            List<?> items = list.items();
            for (int i = 0; i < items.size(); i++) {
                Object key = items.get(i) instanceof String s ? Fields.comparable(s) : items.get(i);
                Integer first = seen.putIfAbsent(key, i);
                if (first != null) {
                    // Numbered as in the document, where an element that did not bind still counts.
                    context.report(list.pointer() + "/" + i, "Item " + number(context, list, i) + " repeats item "
                            + number(context, list, first) + " of this list; remove one of them");
                }
            }
        }
    }

    /** The 1-based number of a list's item in the document. */
    private static int number(RuleContext context, Fields.Items list, int index) {
        String pointer = context.sourcePointer(list.pointer() + "/" + index);
        return Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1)) + 1;
    }
}
