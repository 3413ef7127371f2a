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
     * Copies the diagnostics, and checks that an article comes only without errors. A result
     * without an article and without errors is allowed: it stands for a document that holds no
     * article (a language server's result for a file that is not one, for instance).
     *
     * @param source the file, as it was named to the loader
     * @param condition the article; {@code null} when any diagnostic is an {@link Severity#ERROR}
     * @param diagnostics every problem found, sorted by {@link Diagnostic#ORDER}
     * @param sourceFormatVersion the format version the file declares; {@code 0} for none
     * @throws NullPointerException if the source or the diagnostics are {@code null}
     * @throws IllegalArgumentException if there is an article and a diagnostic is an error
     */
    public LoadResult {
        Objects.requireNonNull(source, "source must not be null");
        diagnostics = List.copyOf(diagnostics);
        if (condition != null && hasError(diagnostics)) {
            throw new IllegalArgumentException("A result with an error holds no article; give null for the condition of " + source);
        }
    }

    private static boolean hasError(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /**
     * A result whose source format version is not known ({@code 0}), as for a result made by hand
     * rather than by the loader.
     *
     * @param source the file, as it was named to the loader
     * @param condition the article; {@code null} when any diagnostic is an {@link Severity#ERROR}
     * @param diagnostics every problem found, sorted by {@link Diagnostic#ORDER}
     * @throws NullPointerException if the source or the diagnostics are {@code null}
     * @throws IllegalArgumentException if there is an article and a diagnostic is an error
     */
    public LoadResult(String source, @Nullable Condition condition, List<Diagnostic> diagnostics) {
        this(source, condition, diagnostics, 0);
    }

    /**
     * Whether the file is valid: no diagnostic is an error. A loader's valid result always holds
     * its article; one made by hand for a document that holds none is valid without one.
     *
     * @return {@code true} when there are no errors (warnings and infos are allowed)
     */
    public boolean isValid() {
        return !hasError(diagnostics);
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
     * @throws ConditionLoadException if there is no article: the file is not valid, or (for a
     *     result made by hand) it holds none
     */
    @CanIgnoreReturnValue // called for its exception alone, to insist that a file is valid
    public Condition orThrow() {
        if (condition == null) {
            throw new ConditionLoadException(source, diagnostics);
        }
        return condition;
    }
}
