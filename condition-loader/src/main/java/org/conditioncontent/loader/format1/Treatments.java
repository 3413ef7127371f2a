package org.conditioncontent.loader.format1;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.conditioncontent.model.constraints.NullOrNotBlank;
import org.jspecify.annotations.Nullable;

/**
 * The treatment section: paragraphs on the aims of treatment, then a lead-in and the options.
 *
 * @param summary paragraphs before the list ("The goal of treatment is to reduce cramps.")
 * @param leadIn the sentence that introduces the options; optional
 * @param options the treatment options
 */
public record Treatments(
        List<@NotBlank String> summary,
        @NullOrNotBlank @Nullable String leadIn,
        List<@Valid Treatment> options) {

    /**
     * Normalises the lists: {@code null} becomes empty; elements must not be {@code null}.
     *
     * @param summary paragraphs before the list ("The goal of treatment is to reduce cramps.")
     * @param leadIn the sentence that introduces the options; optional
     * @param options the treatment options
     */
    public Treatments {
        summary = Lists.copy(summary);
        options = Lists.copy(options);
    }
}
