package org.conditioncontent.loader.rules;

import java.util.List;
import org.conditioncontent.loader.Rule;
import org.conditioncontent.model.Condition;

/**
 * A check of an article's content, beyond its structure. Implement this to add a house rule, and
 * list the class in {@code META-INF/services/org.conditioncontent.loader.rules.EditorialRule}
 * (and {@code provides} it on the module path); {@link RuleSet#defaults()} then finds it.
 *
 * <p>Implementations are stateless and thread-safe: every input comes through {@link #check}.
 * A class found by the service loader needs a public no-argument constructor.
 */
public interface EditorialRule {

    /**
     * The rule's id, default severity, one-line description and documentation (why it exists and
     * what it accepts). The id is lower-case words separated by hyphens and unique among all rules.
     *
     * @return the rule
     */
    Rule rule();

    /**
     * The thresholds a configuration file can set for this rule.
     *
     * @return the options with their defaults; none by default
     */
    default List<RuleOption> options() {
        return List.of();
    }

    /**
     * Checks an article and reports each finding to the context.
     *
     * <p>A check that throws a {@code RuntimeException}, a {@code LinkageError} (such as a class
     * missing from a plug-in jar), a {@code StackOverflowError} or an {@code AssertionError} does
     * not stop the loader or the other rules: its findings are replaced by one {@code rule-failure}
     * finding that names the rule and the exception.
     *
     * @param condition the article, already bound and structurally checked; parts that failed to
     *     bind are absent
     * @param context the rule's options, today's date, and where findings go
     */
    void check(Condition condition, RuleContext context);
}
