package org.conditioncontent.loader.internal.checking;

import java.util.HashSet;
import java.util.Set;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.internal.Findings;
import org.conditioncontent.loader.internal.Node;
import org.conditioncontent.loader.internal.binding.Binder;
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
        Set<String> failed = article.failedPointers();
        // Values left out: those that failed to bind, and records that lack a required field.
        Set<String> leftOut = failed;
        if (!article.unbuilt().isEmpty()) {
            leftOut = new HashSet<>(failed);
            for (Binder.Unbuilt u : article.unbuilt()) {
                leftOut.add(article.boundToSource().apply(u.at().toString()));
            }
        }
        for (Finding f : rules.check(condition, article.articleToSource())) {
            if (!ViolationMapper.isUnder(f.pointer(), failed) && !holdsAFailure(f.pointer(), leftOut)) {
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

    /**
     * Whether a value below the finding's pointer was left out (it failed to bind, or lacks a
     * required field), the article's root apart. The
     * value was then judged without the part that failed, which the binding left out: "The
     * article has no definition" for a section whose kind is misspelt, "lacks its year" for a
     * year written as 2024.0, "cites no references" for a reference without its title. The
     * structural finding says what to fix; the rule judges the whole value once it binds.
     */
    private static boolean holdsAFailure(String pointer, Set<String> failed) {
        if (pointer.isEmpty() || failed.isEmpty()) {
            return false;
        }
        for (String f : failed) {
            if (f.length() > pointer.length() + 1 && f.startsWith(pointer) && f.charAt(pointer.length()) == '/') {
                return true;
            }
        }
        return false;
    }
}
