package org.conditioncontent.loader.format1;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.conditioncontent.model.constraints.NullOrNotBlank;
import org.jspecify.annotations.Nullable;

/**
 * The prevention section.
 *
 * @param summary paragraphs before the list
 * @param leadIn the sentence that introduces the measures ("The risk ... may be reduced by:"); optional
 * @param measures the measures
 */
public record Prevention(
        List<@NotBlank String> summary,
        @NullOrNotBlank @Nullable String leadIn,
        List<@Valid Measure> measures) {

    /**
     * Normalises the lists: {@code null} becomes empty; elements must not be {@code null}.
     *
     * @param summary paragraphs before the list
     * @param leadIn the sentence that introduces the measures ("The risk ... may be reduced by:"); optional
     * @param measures the measures
     */
    public Prevention {
        summary = Lists.copy(summary);
        measures = Lists.copy(measures);
    }
}
