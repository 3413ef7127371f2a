package org.conditioncontent.loader;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.CheckReturnValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.conditioncontent.model.Condition;
import org.jspecify.annotations.Nullable;

/**
 * What loading one file gave: the article, when it is valid, and every diagnostic.
 *
 * @param source the file, as it was named to the loader
 * @param condition the article; {@code null} when any diagnostic is an {@link Severity#ERROR}
 * @param diagnostics every problem found, sorted by {@link Diagnostic#ORDER}
 * @param sourceFormatVersion the format version the file declares in its top-level
 *     {@code formatVersion} field, whether or not the file is valid: {@code 1} for a format-1 file,
 *     which the loader upgraded (so {@code condition().formatVersion()} is the current version),
 *     {@link Condition#FORMAT_VERSION} for a current one, a larger number for a newer format this
 *     version cannot read. {@code 0} when the file declares no version as a whole number: it has
 *     no such field, the field is not a whole number, or the file could not be read or parsed
 */
@CheckReturnValue
public record LoadResult(String source, @Nullable Condition condition, List<Diagnostic> diagnostics, int sourceFormatVersion) {

    /**
     * Copies the diagnostics.
     *
     * @throws NullPointerException if the source or the diagnostics are {@code null}
     *
     * @param source the file, as it was named to the loader
     * @param condition the article; {@code null} when any diagnostic is an {@link Severity#ERROR}
     * @param diagnostics every problem found, sorted by {@link Diagnostic#ORDER}
     * @param sourceFormatVersion the format version the file declares; {@code 0} for none
     */
    public LoadResult {
        Objects.requireNonNull(source, "source must not be null");
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * A result whose source format version is not known ({@code 0}), as for a result made by hand
     * rather than by the loader.
     *
     * @param source the file, as it was named to the loader
     * @param condition the article; {@code null} when any diagnostic is an {@link Severity#ERROR}
     * @param diagnostics every problem found, sorted by {@link Diagnostic#ORDER}
     * @throws NullPointerException if the source or the diagnostics are {@code null}
     */
    public LoadResult(String source, @Nullable Condition condition, List<Diagnostic> diagnostics) {
        this(source, condition, diagnostics, 0);
    }

    /**
     * Whether the article is valid: no diagnostic is an error.
     *
     * @return {@code true} when there are no errors (warnings and infos are allowed)
     */
    public boolean isValid() {
        return diagnostics.stream().noneMatch(d -> d.severity() == Severity.ERROR);
    }

    /**
     * The article, if it is valid.
     *
     * @return the article, or empty
     */
    public Optional<Condition> value() {
        return Optional.ofNullable(condition);
    }

    /**
     * The article, or an exception holding the diagnostics.
     *
     * @return the article
     * @throws ConditionLoadException if the article is not valid
     */
    @CanIgnoreReturnValue // called for its exception alone, to insist that a file is valid
    public Condition orThrow() {
        if (condition == null) {
            throw new ConditionLoadException(source, diagnostics);
        }
        return condition;
    }
}
