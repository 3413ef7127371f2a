package org.conditioncontent.loader.rules.internal;

import java.util.Arrays;
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

    /** Lists up to this long compare each item with those before it; longer ones sort by hash first. */
    private static final int SMALL = 16;

    @Override
    public void check(Condition c, RuleContext context) {
        Fields.Walk walk = Fields.walk(c);
        for (int l = 0; l < walk.listCount(); l++) {
            Fields.Items list = walk.list(l);
            List<?> items = list.items();
            if (items.size() < 2) {
                continue; // nothing to repeat: most lists of an article hold one item
            }
            int[] firstEqual = firstEquals(list);
            Map<String, Integer> seenTexts = null;
            for (int i = 0; i < items.size(); i++) {
                int first = firstEqual[i];
                if (items.get(i) instanceof String s) {
                    if (seenTexts == null) {
                        seenTexts = new HashMap<>();
                    }
                    Integer seen = seenTexts.putIfAbsent(Fields.comparable(s), i);
                    first = seen == null ? -1 : seen;
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
     * For each item of a list that is not a text, the first item before it that equals it, else -1
     * (-1 for texts too, which are compared by their folded key instead). Only items with the same
     * hash are compared with {@code equals} (see {@link Fields.Items}); the first of equal items is
     * the one a map of items to their first index would give, so the findings are those of a map.
     * A long list is sorted by hash first, so that a list of many different items (a hostile file)
     * costs n log n, not n squared.
     */
    private static int[] firstEquals(Fields.Items list) {
        List<?> items = list.items();
        int n = items.size();
        int[] first = new int[n];
        Arrays.fill(first, -1);
        if (n <= SMALL) {
            for (int i = 1; i < n; i++) {
                if (!(items.get(i) instanceof String)) {
                    for (int j = 0; j < i; j++) {
                        if (list.hash(j) == list.hash(i) && !(items.get(j) instanceof String) && Objects.equals(items.get(i), items.get(j))) {
                            first[i] = j;
                            break;
                        }
                    }
                }
            }
            return first;
        }
        // Hash in the high half, index in the low: sorted, equal hashes stand together in index order.
        long[] byHash = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!(items.get(i) instanceof String)) {
                byHash[m++] = ((long) list.hash(i) << 32) | i;
            }
        }
        Arrays.sort(byHash, 0, m);
        int start = 0;
        while (start < m) {
            int end = start + 1;
            while (end < m && (byHash[end] >>> 32) == (byHash[start] >>> 32)) {
                end++;
            }
            for (int a = start + 1; a < end; a++) {
                int i = (int) byHash[a];
                for (int b = start; b < a; b++) {
                    int j = (int) byHash[b];
                    if (Objects.equals(items.get(i), items.get(j))) {
                        first[i] = j;
                        break;
                    }
                }
            }
            start = end;
        }
        return first;
    }

    /** The 1-based number of a list's item in the document. */
    private static int number(RuleContext context, Fields.Items list, int index) {
        String pointer = context.sourcePointer(list.pointer() + "/" + index);
        return Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1)) + 1;
    }
}
