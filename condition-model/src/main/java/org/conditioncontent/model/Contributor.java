package org.conditioncontent.model;

import jakarta.validation.constraints.NotBlank;
import org.conditioncontent.model.constraints.NullOrNotBlank;
import org.jspecify.annotations.Nullable;

/**
 * A person who contributed to the article: "Mary-Beth Seymour, RN".
 *
 * @param name the person's name
 * @param credentials their professional credentials ("RN", "MD"); optional
 * @param role what they did; optional
 */
public record Contributor(
        @NotBlank String name,
        @NullOrNotBlank @Nullable String credentials,
        @Nullable ContributorRole role) {}
