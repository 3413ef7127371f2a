package org.conditioncontent.loader.format1;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.conditioncontent.model.constraints.NullOrNotBlank;
import org.jspecify.annotations.Nullable;

/**
 * The risk factors section: sentences about risk, then a lead-in sentence and the list of risk
 * factors it introduces.
 *
 * @param summary paragraphs before the list ("... more common in people at least 50 years of age.")
 * @param leadIn the sentence that introduces the list ("Other things that raise the risk are:"); optional
 * @param items the risk factors, possibly nested
 */
public record RiskFactors(
        List<@NotBlank String> summary,
        @NullOrNotBlank @Nullable String leadIn,
        List<@Valid RiskFactor> items) {

    /**
     * Normalises the lists: {@code null} becomes empty; elements must not be {@code null}.
     *
     * @param summary paragraphs before the list ("... more common in people at least 50 years of age.")
     * @param leadIn the sentence that introduces the list ("Other things that raise the risk are:"); optional
     * @param items the risk factors, possibly nested
     */
    public RiskFactors {
        summary = Lists.copy(summary);
        items = Lists.copy(items);
    }
}
