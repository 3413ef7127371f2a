package org.conditioncontent.loader.rules.internal;

import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.loader.rules.RuleOption;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Review;

/** Content due for review. */
final class ReviewOverdueRule extends BuiltInRule {

    ReviewOverdueRule() {
        super("review-overdue", Severity.WARNING, "The content is not due for review",
                "Health content goes stale as evidence changes; publishers review articles on a schedule (NHS and HSE: "
                        + "every three years). The article is overdue when its next review date has passed, or when its last "
                        + "review is older than maxAgeYears.",
                new RuleOption("maxAgeYears", 3, "how old the last review may be, in years"));
    }

    @Override
    public void check(Condition c, RuleContext context) {
        Review review = c.review();
        if (review == null) {
            return;
        }
        if (review.nextReview() != null && review.nextReview().end().isBefore(context.today())) {
            context.report("/review/nextReview", "The review due on " + review.nextReview() + " has not been done; review the content");
        } else if (review.lastReviewed() != null
                && review.lastReviewed().end().plusYears((long) context.option("maxAgeYears")).isBefore(context.today())) {
            context.report("/review/lastReviewed", "The last review was on " + review.lastReviewed() + ", more than "
                    + ReadingLevelRule.trim(context.option("maxAgeYears")) + " years ago; review the content");
        }
    }
}
