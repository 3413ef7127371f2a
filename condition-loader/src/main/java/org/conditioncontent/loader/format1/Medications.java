package org.conditioncontent.loader.format1;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.conditioncontent.model.constraints.NullOrNotBlank;
import org.jspecify.annotations.Nullable;

/**
 * The medications section.
 *
 * @param summary paragraphs before the list ("Medicines may be used if the cramps are severe.")
 * @param leadIn the sentence that introduces the list ("Options are:"); optional
 * @param items the medications
 */
public record Medications(
        List<@NotBlank String> summary,
        @NullOrNotBlank @Nullable String leadIn,
        List<@Valid Medication> items) {

    /**
     * Normalises the lists: {@code null} becomes empty; elements must not be {@code null}.
     *
     * @param summary paragraphs before the list ("Medicines may be used if the cramps are severe.")
     * @param leadIn the sentence that introduces the list ("Options are:"); optional
     * @param items the medications
     */
    public Medications {
        summary = Lists.copy(summary);
        items = Lists.copy(items);
    }
}
