package org.conditioncontent.loader.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.conditioncontent.loader.Diagnostic;

/**
 * Thrown when a rules configuration file cannot be used: it is malformed, names a rule or an
 * option that does not exist, or gives a value of the wrong kind. Its diagnostics say where.
 */
public final class RulesConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * The problems, an unmodifiable copy; serialized with the exception, as {@link
     * org.conditioncontent.loader.ConditionLoadException}'s are.
     */
    @SuppressWarnings("serial") // List.copyOf's lists are serializable, and so is Diagnostic
    private final List<Diagnostic> diagnostics;

    /**
     * Creates the exception.
     *
     * @param diagnostics every problem found, with positions in the configuration file
     * @throws NullPointerException if the list or a diagnostic in it is {@code null}
     */
    public RulesConfigException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /**
     * The problems, with positions in the configuration file.
     *
     * @return the diagnostics
     */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
