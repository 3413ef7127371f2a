package org.conditioncontent.model;

import jakarta.validation.constraints.NotBlank;
import org.conditioncontent.model.constraints.NullOrNotBlank;
import org.conditioncontent.model.constraints.WebUrl;
import org.jspecify.annotations.Nullable;

/**
 * An organization readers can contact, possibly through one of its sites: "Family
 * Doctor—American Academy of Family Physicians" is site "Family Doctor" of organization
 * "American Academy of Family Physicians".
 *
 * @param organization the organization
 * @param site the organization's site or programme, when the resource is one; optional
 * @param url where to find it; optional
 */
public record Resource(
        @NotBlank String organization,
        @NullOrNotBlank @Nullable String site,
        @WebUrl @Nullable String url) {

    /**
     * A resource that is an organization alone.
     *
     * @param organization the organization
     * @return the resource
     */
    public static Resource of(String organization) {
        return new Resource(organization, null, null);
    }
}
