package org.conditioncontent.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * The article's copyright: holder and year.
 *
 * @param year the year of the copyright ("2023"); optional
 * @param holder who holds it ("EBSCO Information Services")
 */
public record Copyright(
        @Min(value = 1000, message = "must be a four-digit year") @Max(value = 9999, message = "must be a four-digit year") @Nullable Integer year,
        @NotBlank String holder) {}
