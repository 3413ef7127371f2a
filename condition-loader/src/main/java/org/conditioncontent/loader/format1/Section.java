package org.conditioncontent.loader.format1;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.conditioncontent.model.SectionKind;
import org.conditioncontent.model.constraints.NullOrNotBlank;
import org.jspecify.annotations.Nullable;

/**
 * A further section of an article beyond the typed ones, such as "When to see a doctor".
 *
 * @param kind what the section is about
 * @param heading the heading to show; optional, renderers choose one from the kind when absent
 * @param paragraphs the section's paragraphs
 * @param leadIn the sentence that introduces {@code items}; optional
 * @param items list items after the paragraphs; empty when none
 */
public record Section(
        @NotNull SectionKind kind,
        @NullOrNotBlank @Nullable String heading,
        List<@NotBlank String> paragraphs,
        @NullOrNotBlank @Nullable String leadIn,
        List<@NotBlank String> items) {

    /**
     * Normalises the lists: {@code null} becomes empty; elements must not be {@code null}.
     *
     * @param kind what the section is about
     * @param heading the heading to show; optional, renderers choose one from the kind when absent
     * @param paragraphs the section's paragraphs
     * @param leadIn the sentence that introduces {@code items}; optional
     * @param items list items after the paragraphs; empty when none
     */
    public Section {
        paragraphs = Lists.copy(paragraphs);
        items = Lists.copy(items);
    }
}
