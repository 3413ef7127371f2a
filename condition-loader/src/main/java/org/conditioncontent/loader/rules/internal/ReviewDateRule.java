package org.conditioncontent.loader.rules.internal;

import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Review;

/** Review dates that cannot be right. */
final class ReviewDateRule extends BuiltInRule {

    ReviewDateRule() {
        super("review-date", Severity.ERROR, "The last review is not in the future and the next one comes after it",
                "A review date in the future tells readers the content was checked when it was not. The next review must "
                        + "come after the last one.");
    }

    @Override
    public void check(Condition c, RuleContext context) {
        Review review = c.review();
        if (review == null) {
            return;
        }
        if (review.lastReviewed() != null && review.lastReviewed().isAfter(context.today())) {
            context.report("/review/lastReviewed", "The last review date " + review.lastReviewed() + " is in the future; use the date of the review");
        }
        if (review.lastReviewed() != null && review.nextReview() != null && !review.nextReview().isAfter(review.lastReviewed())) {
            context.report("/review/nextReview", "The next review " + review.nextReview() + " is not after the last one ("
                    + review.lastReviewed() + ")");
        }
    }
}
