package org.conditioncontent.loader.format1;

import jakarta.validation.constraints.NotBlank;
import org.conditioncontent.model.constraints.NullOrNotBlank;
import org.jspecify.annotations.Nullable;

/**
 * A medicine or class of medicines used for the condition.
 *
 * @param name the medicine ("Muscle relaxants")
 * @param kind a single drug or a drug class; optional
 * @param note when or why it is used; optional
 */
public record Medication(
        @NotBlank String name, @Nullable MedicationKind kind, @NullOrNotBlank @Nullable String note) {

    /**
     * A medication with a name and a kind.
     *
     * @param name the medicine
     * @param kind a single drug or a drug class
     * @return the medication
     */
    public static Medication of(String name, MedicationKind kind) {
        return new Medication(name, kind, null);
    }
}
