package org.conditioncontent.model;

import org.jspecify.annotations.Nullable;

/**
 * What a list {@link Item} is, whatever shape the publisher gave it: apps, the JSON-LD and the
 * editorial rules ask an article for its items of a kind ({@link Condition#items(ItemKind)}).
 * An item's kind comes from the item itself when it says one, else from the item it is nested
 * in, else from its section's {@link SectionKind#itemKind()}.
 */
public enum ItemKind {
    /** Something that raises the risk of the condition (schema.org {@code MedicalRiskFactor}). */
    RISK_FACTOR("MedicalRiskFactor"),
    /** A cause of the condition ({@code MedicalCause}). */
    CAUSE("MedicalCause"),
    /** A sign or symptom ({@code MedicalSignOrSymptom}). */
    SYMPTOM("MedicalSignOrSymptom"),
    /** A test used to diagnose the condition ({@code MedicalTest}). */
    TEST("MedicalTest"),
    /** A treatment or therapy ({@code MedicalTherapy}). */
    TREATMENT("MedicalTherapy"),
    /** A way to prevent the condition or lower its risk ({@code LifestyleModification}). */
    PREVENTION("LifestyleModification"),
    /** A medicine whose kind the article does not say ({@code Drug}). */
    MEDICATION("Drug"),
    /** A medicine by its generic name ({@code Drug}). */
    DRUG("Drug"),
    /** A class of medicines, such as muscle relaxants ({@code DrugClass}). */
    DRUG_CLASS("DrugClass"),
    /** A complication the condition can lead to ({@code MedicalCondition}). */
    COMPLICATION("MedicalCondition"),
    /** A list item with no medical meaning of its own (a step, a question, a tip). */
    OTHER(null);

    private final @Nullable String schemaType;

    ItemKind(@Nullable String schemaType) {
        this.schemaType = schemaType;
    }

    /**
     * The schema.org type of an item of this kind.
     *
     * @return the type's name, such as {@code "MedicalRiskFactor"}, or {@code null} for
     *     {@link #OTHER}
     */
    public @Nullable String schemaType() {
        return schemaType;
    }

    /** @return whether this kind is a medicine: {@link #MEDICATION}, {@link #DRUG} or {@link #DRUG_CLASS} */
    public boolean isMedication() {
        return this == MEDICATION || this == DRUG || this == DRUG_CLASS;
    }
}
