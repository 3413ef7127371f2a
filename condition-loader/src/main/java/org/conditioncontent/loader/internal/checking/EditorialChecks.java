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
 * values that did not bind are dropped, as binding has reported them, and so are findings on a
 * value one of whose parts was left out (decision 159). Immutable and thread-safe: one per loader.
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
        // Values left out: those that could not be bound (not unknown fields, which are extra
        // values), and records that lack a required field. An unbuilt record's pointer is already
        // the document's, as ConstraintChecks takes it.
        Set<String> leftOut = failed;
        if (!article.unbuilt().isEmpty() || !article.unknownFieldPointers().isEmpty()) {
            leftOut = new HashSet<>(failed);
            leftOut.removeAll(article.unknownFieldPointers());
            for (Binder.Unbuilt u : article.unbuilt()) {
                leftOut.add(u.at().toString());
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
     * Whether a value of the finding's value was left out (it could not be bound, or lacks a
     * required field): one of its fields, or an element of one of its lists. The value was then
     * judged without that part: "The article has no definition" for a section whose kind is
     * misspelt, "lacks its year" for a year written as 2024.0, "cites no references" for a
     * reference without its title, "is empty" for a section whose only subsection was left out.
     * The structural finding says what to fix; the rule judges the value once it binds. A value
     * left out deeper down says nothing about the finding's value (a misspelt field in one section
     * does not make another section missing), and neither does anything about the whole article.
     */
    private static boolean holdsAFailure(String pointer, Set<String> leftOut) {
        if (pointer.isEmpty() || leftOut.isEmpty()) {
            return false;
        }
        for (String f : leftOut) {
            if (f.length() > pointer.length() + 1 && f.startsWith(pointer) && f.charAt(pointer.length()) == '/'
                    && isPartOf(f.substring(pointer.length() + 1))) {
                return true;
            }
        }
        return false;
    }

    /** A relative pointer that names a field ({@code year}) or a list's element ({@code sections/0}). */
    private static boolean isPartOf(String relative) {
        int slash = relative.indexOf('/');
        if (slash < 0) {
            return true;
        }
        String rest = relative.substring(slash + 1);
        return rest.indexOf('/') < 0 && !rest.isEmpty() && rest.chars().allMatch(Character::isDigit);
    }
}
