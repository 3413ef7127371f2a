package org.conditioncontent.model;

/**
 * What a further {@link Section} is about: a closed list, so every section has a meaning that
 * renderers and search engines can use. Each kind names its schema.org
 * {@code HealthAspectEnumeration} member where one fits.
 */
public enum SectionKind {
    /** When to see a doctor or get emergency care. */
    WHEN_TO_SEE_A_DOCTOR("SeeDoctorHealthAspect"),
    /** Complications the condition can lead to. */
    COMPLICATIONS("RisksOrComplicationsHealthAspect"),
    /** The outlook (prognosis). */
    OUTLOOK("PrognosisHealthAspect"),
    /** Living with the condition day to day. */
    LIVING_WITH("LivingWithHealthAspect"),
    /** What people can do for themselves. */
    SELF_CARE("SelfCareHealthAspect"),
    /** Types or forms of the condition. */
    TYPES("TypesHealthAspect"),
    /** Stages of the condition. */
    STAGES("StagesHealthAspect"),
    /** Screening for the condition. */
    SCREENING("ScreeningHealthAspect"),
    /** Whether and how the condition spreads. */
    CONTAGIOUSNESS("ContagiousnessHealthAspect"),
    /** The condition during pregnancy. */
    PREGNANCY("PregnancyHealthAspect"),
    /** Common misconceptions. */
    MISCONCEPTIONS("MisconceptionsHealthAspect"),
    /** Questions to ask the care team; schema.org has no aspect for it. */
    QUESTIONS_TO_ASK(null);

    private final @org.jspecify.annotations.Nullable String healthAspect;

    SectionKind(@org.jspecify.annotations.Nullable String healthAspect) {
        this.healthAspect = healthAspect;
    }

    /**
     * The schema.org {@code HealthAspectEnumeration} member for this kind.
     *
     * @return the member's name, such as {@code "PrognosisHealthAspect"}, or {@code null} when
     *     schema.org has none
     */
    public @org.jspecify.annotations.Nullable String healthAspect() {
        return healthAspect;
    }
}
