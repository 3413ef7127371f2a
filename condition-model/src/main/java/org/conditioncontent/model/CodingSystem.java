package org.conditioncontent.model;

/** A controlled vocabulary that a {@link MedicalCode} comes from. */
public enum CodingSystem {
    /** ICD-10-CM, the US clinical modification of ICD-10. */
    ICD_10_CM("ICD-10-CM"),
    /** ICD-10, the WHO edition. */
    ICD_10("ICD-10"),
    /** ICD-11. */
    ICD_11("ICD-11"),
    /** SNOMED CT. */
    SNOMED_CT("SNOMED-CT"),
    /** Medical Subject Headings. */
    MESH("MeSH"),
    /** The UMLS Metathesaurus. */
    UMLS("UMLS");

    private final String displayName;

    CodingSystem(String displayName) {
        this.displayName = displayName;
    }

    /**
     * The system's usual name, as schema.org's {@code codingSystem} writes it.
     *
     * @return the name, such as {@code "ICD-10-CM"}
     */
    public String displayName() {
        return displayName;
    }
}
