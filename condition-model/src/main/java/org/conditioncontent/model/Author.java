package org.conditioncontent.model;

import org.conditioncontent.model.constraints.NullOrNotBlank;
import org.jspecify.annotations.Nullable;

/**
 * An author of a {@link Reference}, as in CSL-JSON: a person with family and given names, or an
 * organization written as one literal name.
 *
 * @param family the family name ("Delacour"); absent for a literal name
 * @param given the given names or initials ("C."); optional
 * @param literal an organization's name, used instead of family and given names
 */
public record Author(
        @NullOrNotBlank @Nullable String family,
        @NullOrNotBlank @Nullable String given,
        @NullOrNotBlank @Nullable String literal) {

    /**
     * A person.
     *
     * @param family the family name
     * @param given the given names or initials
     * @return the author
     */
    public static Author person(String family, String given) {
        return new Author(family, given, null);
    }
}
