package org.conditioncontent.loader.rules.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
                Object key = items.get(i) instanceof String s ? key(s) : items.get(i);
                Integer first = seen.putIfAbsent(key, i);
                if (first != null) {
                    context.report(list.pointer() + "/" + i, "Item " + (i + 1) + " repeats item " + (first + 1)
                            + " of this list; remove one of them");
                }
            }
        }
    }

    /**
     * A text as it is compared: {@code s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)},
     * written out by hand. The regular expression was compiled anew for every item of every list
     * and took a tenth of the rules' time; this gives the same key (the same white space, that of
     * {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return) and copies
     * nothing when the text has only single spaces.
     */
    static String key(String text) {
        String s = text.strip();
        int n = s.length();
        StringBuilder out = null;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!isPatternSpace(c)) {
                if (out != null) {
                    out.append(c);
                }
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && isPatternSpace(s.charAt(end))) {
                end++;
            }
            if (out == null && (c != ' ' || end - i > 1)) {
                out = new StringBuilder(n).append(s, 0, i);
            }
            if (out != null) {
                out.append(' ');
            }
            i = end;
        }
        return (out == null ? s : out.toString()).toLowerCase(Locale.ROOT);
    }

    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
