package org.conditioncontent.loader;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown by the throwing variants of {@link ConditionLoader} when an article is not valid. It
 * carries every diagnostic; its message lists the errors, one report line each.
 */
public final class ConditionLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * The diagnostics, an unmodifiable copy; serialized with the exception (an exception sent to
     * another process, or kept by a framework, still says what is wrong).
     */
    @SuppressWarnings("serial") // List.copyOf's lists are serializable, and so is Diagnostic
    private final List<Diagnostic> diagnostics;

    /**
     * Creates the exception.
     *
     * @param source the file that failed
     * @param diagnostics every diagnostic for it; the message lists its errors, or says that the
     *     file holds no article when there are none
     * @throws NullPointerException if an argument is {@code null}
     */
    public ConditionLoadException(String source, List<Diagnostic> diagnostics) {
        super(message(Objects.requireNonNull(source, "source must not be null"), diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /**
     * The diagnostics of the failed file, sorted.
     *
     * @return the diagnostics
     */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String message(String source, List<Diagnostic> diagnostics) {
        List<Diagnostic> errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
        if (errors.isEmpty()) {
            // Made by hand, or from a result that holds no article: "0 errors" would contradict itself.
            return source + " holds no article";
        }
        return source + " is not a valid article (" + errors.size() + (errors.size() == 1 ? " error" : " errors") + "):\n"
                + errors.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
    }
}
