package org.conditioncontent.loader.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.Rule;
import org.conditioncontent.loader.Rules;
import org.conditioncontent.loader.Severity;

/**
 * Collects the diagnostics of one file, up to a cap. Not thread-safe: one per file being loaded.
 */
public final class Findings {
    private final String source;
    private final int max;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int dropped;
    /** Of those dropped, the errors: the file has errors even when none of them is kept. */
    private int droppedErrors;

    /**
     * Creates an empty collection.
     *
     * @param source the file's name in reports
     * @param max how many diagnostics to keep; those after are counted, not kept
     */
    public Findings(String source, int max) {
        this.source = source;
        this.max = max;
    }

    /** @return the file's name in reports */
    public String source() {
        return source;
    }

    /**
     * Adds a finding of a rule at its default severity.
     *
     * @param rule the rule
     * @param line 1-based line
     * @param column 1-based column
     * @param pointer JSON Pointer
     * @param message the message
     */
    public void add(Rule rule, int line, int column, String pointer, String message) {
        add(new Diagnostic(source, Math.max(1, line), Math.max(1, column), pointer, rule.defaultSeverity(), rule.id(), message));
    }

    /**
     * Adds a finding at a node.
     *
     * @param rule the rule
     * @param at the offending value
     * @param pointer its JSON Pointer
     * @param message the message
     */
    public void add(Rule rule, Node at, String pointer, String message) {
        add(rule, at.line(), at.column(), pointer, message);
    }

    /**
     * Adds a {@code required} finding for a field that an object does not have. The binder reports
     * a field missing from the document this way, and the validation a required value that is
     * missing after binding, so the two read alike.
     *
     * @param object the object, where the finding points
     * @param objectPointer the object's pointer
     * @param field the field's name, as in a pointer
     */
    public void addMissing(Node object, String objectPointer, String field) {
        String where = objectPointer.isEmpty() ? "The article" : Names.capitalise(Names.label(objectPointer));
        add(Rules.REQUIRED, object, objectPointer + "/" + field, where + " has no \"" + field + "\"; add it");
    }

    /**
     * Adds a diagnostic.
     *
     * @param diagnostic the diagnostic
     */
    public void add(Diagnostic diagnostic) {
        if (diagnostics.size() < max) {
            diagnostics.add(diagnostic);
        } else {
            dropped++;
            if (diagnostic.severity() == Severity.ERROR) {
                droppedErrors++;
            }
        }
    }

    /**
     * An empty collection for the same file with the same cap, for work whose findings may be
     * thrown away.
     *
     * @return the new collection
     */
    public Findings fresh() {
        return new Findings(source, max);
    }

    /**
     * Adds every finding of another collection, in its order, and counts those it left out.
     *
     * @param other findings for the same file
     */
    public void addAll(Findings other) {
        other.diagnostics.forEach(this::add);
        dropped += other.dropped;
        droppedErrors += other.droppedErrors;
    }

    /**
     * Whether any error was added, kept or dropped. Warnings beyond the cap are not errors: an
     * article with many warnings still loads.
     *
     * @return whether the file has errors
     */
    public boolean hasErrors() {
        if (droppedErrors > 0) {
            return true;
        }
        // A loop, not a stream: asked once for every file, where a stream and its lambda were
        // 1 % of a full load (see docs/performance.md, "the rules' steady state, round 10").
        for (int i = 0; i < diagnostics.size(); i++) {
            if (diagnostics.get(i).severity() == Severity.ERROR) {
                return true;
            }
        }
        return false;
    }

    /**
     * The diagnostics, sorted, with a last one saying how many were left out, and how many of them
     * were errors: itself an error when errors were left out and none is shown, so that such a
     * file still shows why it holds no article; else of {@link Rules#TOO_MANY}'s severity.
     *
     * @param comparator the report order
     * @return the diagnostics
     */
    public List<Diagnostic> sorted(Comparator<Diagnostic> comparator) {
        List<Diagnostic> out = new ArrayList<>(diagnostics);
        out.sort(comparator);
        if (dropped > 0) {
            Diagnostic last = out.get(out.size() - 1);
            String errors = droppedErrors == 0 ? "" : droppedErrors == dropped ? ", all errors" : ", " + droppedErrors + " of them errors";
            // An error only where none of the errors is shown: the file's result must then still
            // show why it holds no article.
            boolean errorShown = diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
            Severity severity = droppedErrors > 0 && !errorShown ? Severity.ERROR : Rules.TOO_MANY.defaultSeverity();
            out.add(new Diagnostic(source, last.line(), last.column(), "", severity,
                    Rules.TOO_MANY.id(), dropped + " more problems in this file are not shown (limit maxDiagnosticsPerFile = "
                            + max + errors + "); fix these and run again"));
        }
        return out;
    }
}
