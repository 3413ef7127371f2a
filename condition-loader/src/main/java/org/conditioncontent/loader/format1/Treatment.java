package org.conditioncontent.loader.format1;

import jakarta.validation.constraints.NotBlank;
import org.conditioncontent.model.constraints.NullOrNotBlank;
import org.jspecify.annotations.Nullable;

/**
 * One treatment option, with an optional note on when or why: "Stretching leg muscles—when
 * cramps occur" is {@code new Treatment("Stretching leg muscles", "when cramps occur")}.
 *
 * @param name the treatment
 * @param note when or why it is used; optional
 */
public record Treatment(@NotBlank String name, @NullOrNotBlank @Nullable String note) {

    /**
     * A treatment with a name only.
     *
     * @param name the treatment
     * @return the treatment
     */
    public static Treatment of(String name) {
        return new Treatment(name, null);
    }
}
