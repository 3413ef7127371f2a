package org.conditioncontent.loader.rules.internal;

import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.PartialDate;
import org.conditioncontent.model.Review;
import org.jspecify.annotations.Nullable;

/** Review dates that cannot be right. */
final class ReviewDateRule extends BuiltInRule {

    ReviewDateRule() {
        super("review-date", Severity.ERROR, "Review, publication and update dates are not in the future, and the next review comes after the last",
                "A review date in the future tells readers the content was checked when it was not; so does a publication "
                        + "or update date in the future. The next review must come after the last one, and an update cannot "
                        + "come before the first publication. Dates may be a year, a month or a day; a month-only date is in "
                        + "the future only once its first day is.");
    }

    @Override
    public void check(Condition c, RuleContext context) {
        future(c.published(), "/published", "publication", context);
        future(c.updated(), "/updated", "update", context);
        if (c.published() != null && c.updated() != null && c.updated().compareTo(c.published()) < 0) {
            context.report("/updated", "The update " + c.updated() + " comes before the first publication (" + c.published() + ")");
        }
        Review review = c.review();
        if (review == null) {
            return;
        }
        if (review.lastReviewed() != null && review.lastReviewed().start().isAfter(context.today())) {
            context.report("/review/lastReviewed", "The last review date " + review.lastReviewed() + " is in the future; use the date of the review");
        }
        if (review.lastReviewed() != null && review.nextReview() != null && review.nextReview().compareTo(review.lastReviewed()) <= 0) {
            context.report("/review/nextReview", "The next review " + review.nextReview() + " is not after the last one ("
                    + review.lastReviewed() + ")");
        }
    }

    private static void future(@Nullable PartialDate date, String pointer, String what, RuleContext context) {
        if (date != null && date.start().isAfter(context.today())) {
            context.report(pointer, "The " + what + " date " + date + " is in the future; check it");
        }
    }
}
