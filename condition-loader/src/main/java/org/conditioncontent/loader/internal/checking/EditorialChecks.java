package org.conditioncontent.loader.internal.checking;

import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.internal.Findings;
import org.conditioncontent.loader.internal.Node;
import org.conditioncontent.loader.internal.binding.BoundArticle;
import org.conditioncontent.loader.rules.Finding;
import org.conditioncontent.loader.rules.RuleSet;
import org.conditioncontent.model.Condition;

/**
 * The editorial rules on a bound article, each finding placed in the document; findings on
 * values that did not bind are dropped, as binding has reported them. Immutable and thread-safe:
 * one per loader.
 */
public final class EditorialChecks {

    private final RuleSet rules;

    /**
     * Whether the rule set has editorial rules, so that the suppressions are judged. Asked once:
     * {@link RuleSet#editorialRules()} makes a new list each time, and asking for every article
     * was 1 % of a full load (see docs/performance.md, "the rules' steady state, round 10").
     */
    private final boolean judgesSuppressions;

    /**
     * Creates the checks.
     *
     * @param rules the rules, with their configuration
     */
    public EditorialChecks(RuleSet rules) {
        this.rules = rules;
        this.judgesSuppressions = !rules.editorialRules().isEmpty();
    }

    /**
     * Checks the article in the current format, if there is one.
     *
     * @param article what binding gave
     * @param findings where the findings go
     */
    public void check(BoundArticle article, Findings findings) {
        Condition condition = article.article();
        if (condition == null) {
            return;
        }
        for (Finding f : rules.check(condition, article.articleToSource())) {
            if (!ViolationMapper.isUnder(f.pointer(), article.failedPointers())) {
                Node at = Node.locateOrEnclosing(article.root(), f.pointer());
                findings.add(new Diagnostic(findings.source(), at.line(), at.column(), f.pointer(), f.severity(), f.rule(),
                        f.message()));
            }
        }
        if (judgesSuppressions) {
            // Judged with the rules, as the suppressions' rule ids are: structure-only loading applies neither.
            SuppressionFields.check(condition.suppressions(), article.root(), article.articleToSource(), findings);
        }
    }
}
