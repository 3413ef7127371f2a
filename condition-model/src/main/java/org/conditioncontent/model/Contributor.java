package org.conditioncontent.model;

import jakarta.validation.constraints.NotBlank;
import org.conditioncontent.model.constraints.NullOrNotBlank;
import org.jspecify.annotations.Nullable;

/**
 * A person or an organization that contributed to the article: "Mary-Beth Seymour, RN", or
 * "The Manual's Editorial Staff".
 *
 * @param name the person's or the organization's name
 * @param credentials a person's professional credentials ("RN", "MD"); optional
 * @param role what they did; optional
 * @param organization whether the contributor is an organization rather than a person;
 *     {@code false} when absent
 */
public record Contributor(
        @NotBlank String name,
        @NullOrNotBlank @Nullable String credentials,
        @Nullable ContributorRole role,
        boolean organization) {

    /**
     * A person.
     *
     * @param name the person's name
     * @param credentials their credentials; optional
     * @param role what they did; optional
     * @return the contributor
     */
    public static Contributor person(String name, @Nullable String credentials, @Nullable ContributorRole role) {
        return new Contributor(name, credentials, role, false);
    }

    /**
     * An organization.
     *
     * @param name the organization's name
     * @param role what it did; optional
     * @return the contributor
     */
    public static Contributor organization(String name, @Nullable ContributorRole role) {
        return new Contributor(name, null, role, true);
    }
}
