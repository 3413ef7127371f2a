package org.conditioncontent.loader.format1;

/** Whether a {@link Medication} names one drug or a class of drugs. */
public enum MedicationKind {
    /** One drug, such as magnesium oxide. */
    DRUG,
    /** A class of drugs, such as muscle relaxants (schema.org {@code DrugClass}). */
    DRUG_CLASS
}
