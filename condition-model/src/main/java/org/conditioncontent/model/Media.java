package org.conditioncontent.model;

import jakarta.validation.constraints.NotBlank;
import org.conditioncontent.model.constraints.NullOrNotBlank;
import org.conditioncontent.model.constraints.WebUrl;
import org.jspecify.annotations.Nullable;

/**
 * An illustration that goes with the article, and its credit line.
 *
 * @param credit the credit line, as the rights holder asks for it ("Copyright © Nucleus Medical Media, Inc.")
 * @param description what the image shows, for readers who cannot see it; optional
 * @param url where the image is; optional
 */
public record Media(
        @NotBlank String credit,
        @NullOrNotBlank @Nullable String description,
        @WebUrl @Nullable String url) {}
