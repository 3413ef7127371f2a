package org.conditioncontent.loader.format1;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.conditioncontent.model.Conjunction;
import org.jspecify.annotations.Nullable;

/**
 * Something that raises the risk of the condition, possibly with examples and with narrower risk
 * factors nested under it.
 *
 * <p>"Hormone disorders—such as thyroid disorders or diabetes" is
 * {@code new RiskFactor("Hormone disorders", List.of("thyroid disorders", "diabetes"), Conjunction.OR, List.of())}:
 * the data holds the parts, and each renderer decides on the dash or the comma.
 *
 * @param name the risk factor, as a short phrase ("Pregnancy")
 * @param examples examples that make the name concrete; empty when there are none
 * @param conjunction how the examples are joined into a phrase; {@code null} means {@link Conjunction#AND}
 * @param items narrower risk factors under this one ("Some health issues, such as:"); empty when none
 */
public record RiskFactor(
        @NotBlank String name,
        List<@NotBlank String> examples,
        @Nullable Conjunction conjunction,
        List<@Valid RiskFactor> items) {

    /**
     * Normalises the lists: {@code null} becomes empty; elements must not be {@code null}.
     *
     * @param name the risk factor, as a short phrase ("Pregnancy")
     * @param examples examples that make the name concrete; empty when there are none
     * @param conjunction how the examples are joined into a phrase; {@code null} means {@link Conjunction#AND}
     * @param items narrower risk factors under this one ("Some health issues, such as:"); empty when none
     */
    public RiskFactor {
        examples = Lists.copy(examples);
        items = Lists.copy(items);
    }

    /**
     * A risk factor with a name only.
     *
     * @param name the risk factor
     * @return the risk factor
     */
    public static RiskFactor of(String name) {
        return new RiskFactor(name, List.of(), null, List.of());
    }

    /**
     * The conjunction to use, with the default applied.
     *
     * @return {@link #conjunction()}, or {@link Conjunction#AND} when it is absent
     */
    public Conjunction effectiveConjunction() {
        return conjunction == null ? Conjunction.AND : conjunction;
    }
}
