package org.conditioncontent.loader.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.conditioncontent.loader.rules.EditorialRule;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.model.Condition;

/** Runs one rule without options on an article, as the rule set would, and keeps what it reports. */
final class RuleRun {

    private RuleRun() {}

    /** The pointers of the findings, in the order reported. */
    static List<String> pointers(EditorialRule rule, Condition c) {
        return run(rule, c, false);
    }

    /** Each finding as its pointer, a space and its message, in the order reported. */
    static List<String> findings(EditorialRule rule, Condition c) {
        return run(rule, c, true);
    }

    private static List<String> run(EditorialRule rule, Condition c, boolean messages) {
        List<String> reported = new ArrayList<>();
        rule.check(c, new RuleContext() {
            @Override
            public double option(String name) {
                throw new AssertionError("no options: " + name);
            }

            @Override
            public LocalDate today() {
                return LocalDate.of(2026, 11, 26);
            }

            @Override
            public void report(String pointer, String message) {
                reported.add(messages ? pointer + " " + message : pointer);
            }
        });
        return reported;
    }
}
