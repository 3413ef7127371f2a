package org.conditioncontent.model;

import jakarta.validation.constraints.NotBlank;
import org.conditioncontent.model.constraints.NullOrNotBlank;
import org.conditioncontent.model.constraints.WebUrl;
import org.jspecify.annotations.Nullable;

/**
 * An illustration in the article (a {@link Block} where the publisher placed it), and its credit
 * line. In the wire format it is an object known by its {@code credit} field.
 *
 * @param credit the credit line, as the rights holder asks for it ("Copyright © Nucleus Medical Media, Inc.")
 * @param description what the image shows, for readers who cannot see it; optional
 * @param url where the image is; optional
 */
public record Media(
        @NotBlank String credit,
        @NullOrNotBlank @Nullable String description,
        @WebUrl @Nullable String url) implements Block {}
