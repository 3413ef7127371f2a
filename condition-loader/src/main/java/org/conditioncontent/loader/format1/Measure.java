package org.conditioncontent.loader.format1;

import jakarta.validation.constraints.NotBlank;
import org.conditioncontent.model.constraints.NullOrNotBlank;
import org.jspecify.annotations.Nullable;

/**
 * One thing a reader can do to lower the risk ("Drinking plenty of liquids"), with an optional
 * note.
 *
 * @param name the measure
 * @param note when or why; optional
 */
public record Measure(@NotBlank String name, @NullOrNotBlank @Nullable String note) {

    /**
     * A measure with a name only.
     *
     * @param name the measure
     * @return the measure
     */
    public static Measure of(String name) {
        return new Measure(name, null);
    }
}
