package org.conditioncontent.loader.format1;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import org.conditioncontent.model.constraints.NullOrNotBlank;
import org.jspecify.annotations.Nullable;

/**
 * How and when the article is reviewed.
 *
 * @param statement the review policy shown to readers ("This content is reviewed regularly ..."); optional
 * @param lastReviewed when the content was last reviewed; optional
 * @param nextReview when it is due for review next; optional
 * @param reviewers who reviewed it; empty when not stated
 */
public record Review(
        @NullOrNotBlank @Nullable String statement,
        @Nullable LocalDate lastReviewed,
        @Nullable LocalDate nextReview,
        List<@NotBlank String> reviewers) {

    /**
     * Normalises the list: {@code null} becomes empty; elements must not be {@code null}.
     *
     * @param statement the review policy shown to readers ("This content is reviewed regularly ..."); optional
     * @param lastReviewed when the content was last reviewed; optional
     * @param nextReview when it is due for review next; optional
     * @param reviewers who reviewed it; empty when not stated
     */
    public Review {
        reviewers = Lists.copy(reviewers);
    }
}
