package org.conditioncontent.model;

/** What a {@link Contributor} did for the article. */
public enum ContributorRole {
    /** Wrote the article. */
    AUTHOR,
    /** Reviewed it for medical accuracy. */
    MEDICAL_REVIEWER,
    /** Edited it. */
    EDITOR
}
