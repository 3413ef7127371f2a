package org.conditioncontent.loader.rules.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.model.Condition;
import org.jspecify.annotations.Nullable;

/** Brackets or quotes that are opened and never closed, or closed and never opened. */
final class UnbalancedRule extends BuiltInRule {

    UnbalancedRule() {
        super("unbalanced", Severity.WARNING, "Brackets and quotation marks come in pairs",
                "An unclosed parenthesis or quotation mark usually means text was cut. Round, square and curly brackets "
                        + "must nest; straight double quotes must be even in number, and curly quotes must pair.");
    }

    @Override
    public void check(Condition c, RuleContext context) {
        Fields.Walk walk = Fields.walk(c);
        if (!walk.holds(Fields.PAIRED_MARK)) {
            return;
        }
        for (int i = 0; i < walk.size(); i++) {
            Fields.Text t = walk.text(i);
            if (!t.holds(Fields.PAIRED_MARK)) {
                continue;
            }
            String problem = problem(t.text());
            if (problem != null) {
                context.report(t.pointer(), "The text " + quote(t.text()) + " has " + problem);
            }
        }
    }

    private static @Nullable String problem(String s) {
        // Made on the first opening mark: most texts have none, and this rule runs on every text.
        Deque<Character> open = null;
        int straightQuotes = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '(', '[', '{', '\u201C' -> {
                    if (open == null) {
                        open = new ArrayDeque<>();
                    }
                    open.push(ch);
                }
                case ')', ']', '}', '\u201D' -> {
                    char expected = ch == ')' ? '(' : ch == ']' ? '[' : ch == '}' ? '{' : '\u201C';
                    if (open == null || open.isEmpty() || open.pop() != expected) {
                        return "a closing " + ch + " without its opening mark; add or remove one";
                    }
                }
                case '"' -> straightQuotes++;
                default -> { }
            }
        }
        if (open != null && !open.isEmpty()) {
            return "an opening " + open.peek() + " that is never closed; close it";
        }
        if (straightQuotes % 2 != 0) {
            return "an odd number of quotation marks; close the quotation";
        }
        return null;
    }
}
