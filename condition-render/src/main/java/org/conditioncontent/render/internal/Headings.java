package org.conditioncontent.render.internal;

import org.conditioncontent.model.SectionKind;
import org.jspecify.annotations.Nullable;

/**
 * The headings the built-in renderers write for an article's parts, so text and HTML agree. The
 * typed sections have no heading in the model; a further {@link org.conditioncontent.model.Section}
 * may bring its own, and {@link #of(SectionKind)} gives the one to use when it does not.
 */
public final class Headings {

    /** The heading of the definition. */
    public static final String DEFINITION = "Definition";
    /** The heading of the causes. */
    public static final String CAUSES = "Causes";
    /** The heading of the risk factors. */
    public static final String RISK_FACTORS = "Risk Factors";
    /** The heading of the symptoms. */
    public static final String SYMPTOMS = "Symptoms";
    /** The heading of the diagnosis. */
    public static final String DIAGNOSIS = "Diagnosis";
    /** The heading of the treatment. */
    public static final String TREATMENT = "Treatment";
    /** The heading of the prevention. */
    public static final String PREVENTION = "Prevention";
    /** The heading of the medications. */
    public static final String MEDICATIONS = "Medications";
    /** The heading of the resources. */
    public static final String RESOURCES = "Resources";
    /** The heading of the references. */
    public static final String REFERENCES = "References";
    /** The heading of the contributors. */
    public static final String CONTRIBUTORS = "Contributors";

    private Headings() {}

    /** The heading of a further section without a heading or a kind, which only an unvalidated article has. */
    public static final String OTHER = "More Information";

    /**
     * The default heading of a further section of the given kind.
     *
     * @param kind the section's kind; {@code null} gives {@link #OTHER}
     * @return the heading, such as "When to See a Doctor"
     */
    public static String of(@Nullable SectionKind kind) {
        if (kind == null) {
            return OTHER;
        }
        // A switch over the enum, not a map, so that a new kind fails the build here until it has a heading.
        return switch (kind) {
            case WHEN_TO_SEE_A_DOCTOR -> "When to See a Doctor";
            case COMPLICATIONS -> "Complications";
            case OUTLOOK -> "Outlook";
            case LIVING_WITH -> "Living With the Condition";
            case SELF_CARE -> "Self-Care";
            case TYPES -> "Types";
            case STAGES -> "Stages";
            case SCREENING -> "Screening";
            case CONTAGIOUSNESS -> "How It Spreads";
            case PREGNANCY -> "Pregnancy";
            case MISCONCEPTIONS -> "Common Misconceptions";
            case QUESTIONS_TO_ASK -> "Questions to Ask Your Doctor";
        };
    }
}
