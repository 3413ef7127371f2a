package org.conditioncontent.model;

import org.jspecify.annotations.Nullable;

/**
 * What a {@link Section} is about. The list is open in the way that matters: it holds the
 * typed parts of a condition article, schema.org's health aspects, and {@link #OTHER} for a
 * section with none of those meanings, so no content has to be squeezed into a wrong kind.
 * Each kind names its schema.org {@code HealthAspectEnumeration} member where one fits, and the
 * kind its list items have unless they say otherwise.
 */
public enum SectionKind {
    /** What the condition is: the overview or lead summary. */
    DEFINITION("OverviewHealthAspect", null),
    /** What causes the condition. */
    CAUSES("CausesHealthAspect", ItemKind.CAUSE),
    /** What raises the risk of the condition. */
    RISK_FACTORS("RisksOrComplicationsHealthAspect", ItemKind.RISK_FACTOR),
    /** Signs and symptoms. */
    SYMPTOMS("SymptomsHealthAspect", ItemKind.SYMPTOM),
    /** How the condition is diagnosed. */
    DIAGNOSIS(null, ItemKind.TEST),
    /** How the condition is treated. */
    TREATMENT("TreatmentsHealthAspect", ItemKind.TREATMENT),
    /** How to prevent the condition or lower its risk. */
    PREVENTION("PreventionHealthAspect", ItemKind.PREVENTION),
    /** Medicines used for the condition. */
    MEDICATIONS("TreatmentsHealthAspect", ItemKind.MEDICATION),
    /** When to see a doctor or get emergency care. */
    WHEN_TO_SEE_A_DOCTOR("SeeDoctorHealthAspect", null),
    /** Complications the condition can lead to. */
    COMPLICATIONS("RisksOrComplicationsHealthAspect", ItemKind.COMPLICATION),
    /** The outlook (prognosis). */
    OUTLOOK("PrognosisHealthAspect", null),
    /** Living with the condition day to day. */
    LIVING_WITH("LivingWithHealthAspect", null),
    /** What people can do for themselves. */
    SELF_CARE("SelfCareHealthAspect", ItemKind.TREATMENT),
    /** Types or forms of the condition. */
    TYPES("TypesHealthAspect", null),
    /** Stages of the condition. */
    STAGES("StagesHealthAspect", null),
    /** Screening for the condition. */
    SCREENING("ScreeningHealthAspect", ItemKind.TEST),
    /** Whether and how the condition spreads. */
    CONTAGIOUSNESS("ContagiousnessHealthAspect", null),
    /** The condition during pregnancy. */
    PREGNANCY("PregnancyHealthAspect", null),
    /** Common misconceptions. */
    MISCONCEPTIONS("MisconceptionsHealthAspect", null),
    /** Who is affected and how often; schema.org has no aspect for it. */
    WHO_IS_AFFECTED(null, null),
    /** Questions to ask the care team; schema.org has no aspect for it. */
    QUESTIONS_TO_ASK(null, null),
    /** Related topics and where to learn more. */
    RELATED_TOPICS("RelatedTopicsHealthAspect", null),
    /** A section with none of the meanings above. */
    OTHER(null, null);

    private final @Nullable String healthAspect;
    private final @Nullable ItemKind itemKind;

    SectionKind(@Nullable String healthAspect, @Nullable ItemKind itemKind) {
        this.healthAspect = healthAspect;
        this.itemKind = itemKind;
    }

    /**
     * The schema.org {@code HealthAspectEnumeration} member for this kind.
     *
     * @return the member's name, such as {@code "PrognosisHealthAspect"}, or {@code null} when
     *     schema.org has none
     */
    public @Nullable String healthAspect() {
        return healthAspect;
    }

    /**
     * The kind of the list items in a section of this kind, unless an item says otherwise.
     *
     * @return the item kind, or {@code null} when such items have no medical meaning by default
     */
    public @Nullable ItemKind itemKind() {
        return itemKind;
    }
}
