package org.conditioncontent.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.conditioncontent.model.constraints.NullOrNotBlank;
import org.jspecify.annotations.Nullable;

/**
 * A code for the condition in a controlled vocabulary: ICD-10-CM {@code G47.62} "Sleep related
 * leg cramps".
 *
 * @param system the vocabulary
 * @param code the code ("G47.62")
 * @param display the vocabulary's name for the code, so a wrong but well-formed code stands out; optional
 */
public record MedicalCode(
        @NotNull CodingSystem system, @NotBlank String code, @NullOrNotBlank @Nullable String display) {}
