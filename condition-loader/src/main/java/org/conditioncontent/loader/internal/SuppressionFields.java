package org.conditioncontent.loader.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.conditioncontent.loader.Rules;
import org.conditioncontent.model.Suppression;

/**
 * Checks that every suppression of an article names a field the article has. A suppression whose
 * field names nothing (a typo, a field moved since, or {@code /}, which names a field with an
 * empty name rather than the whole article) silences nothing, and its reason would mislead a
 * reviewer; it is reported under the {@code suppression} rule with the nearest field that exists.
 */
public final class SuppressionFields {

    private SuppressionFields() {}

    /**
     * Reports each suppression whose field names nothing in the document.
     *
     * @param suppressions the article's suppressions, in document order
     * @param root the document
     * @param toSource turns a pointer into the article into the document's pointer, for an upgraded
     *     format-1 article whose suppressions may name the article's fields as it is now
     * @param findings where the problems go
     */
    public static void check(List<Suppression> suppressions, Node root, UnaryOperator<String> toSource, Findings findings) {
        List<String> fields = null;
        for (int i = 0; i < suppressions.size(); i++) {
            String field = suppressions.get(i).field();
            if (field == null || field.isEmpty() || names(root, field, toSource)) {
                continue;
            }
            if (fields == null) {
                fields = new ArrayList<>();
                collect(root, Pointer.ROOT, fields);
            }
            String pointer = ViolationMapper.sourcePointer(root, "/suppressions/" + i + "/field");
            Node at = ViolationMapper.locateOrEnclosing(root, pointer);
            findings.add(Rules.SUPPRESSION, at, pointer, "The suppression's field " + Names.quote(field)
                    + " names nothing in this article, so it silences nothing; " + hint(root, field, fields));
        }
    }

    private static boolean names(Node root, String field, UnaryOperator<String> toSource) {
        if (ViolationMapper.locate(root, field) != null) {
            return true;
        }
        String translated;
        try {
            translated = toSource.apply(field);
        } catch (RuntimeException e) {
            return false; // not a pointer into the article either
        }
        return !translated.equals(field) && ViolationMapper.locate(root, translated) != null;
    }

    /** "did you mean" the closest field, else the deepest field above it that exists. */
    private static String hint(Node root, String field, List<String> fields) {
        String close = Names.suggest(field, fields);
        if (close != null) {
            return "did you mean \"" + close + "\"?";
        }
        String above = deepestExisting(root, field);
        if (above.isEmpty()) {
            List<String> top = fields.stream().filter(f -> f.lastIndexOf('/') == 0).limit(6).toList();
            return "a suppression names one field, not the whole article, such as " + String.join(", ", top.stream()
                    .map(f -> "\"" + f + "\"").toList());
        }
        List<String> below = fields.stream().filter(f -> f.startsWith(above + "/") && f.lastIndexOf('/') == above.length()).limit(6).toList();
        return "the nearest field that exists is \"" + above + "\""
                + (below.isEmpty() ? "" : ", which holds " + String.join(", ", below.stream().map(f -> "\"" + f + "\"").toList()));
    }

    private static String deepestExisting(Node root, String field) {
        String p = field;
        while (!p.isEmpty()) {
            p = p.substring(0, p.lastIndexOf('/'));
            if (!p.isEmpty() && ViolationMapper.locate(root, p) != null) {
                return p;
            }
        }
        return "";
    }

    /** Every pointer of the document but the root's, in document order. */
    private static void collect(Node node, Pointer pointer, List<String> out) {
        if (out.size() >= 10_000) {
            return; // enough to suggest from; a hostile document must not make this costly
        }
        if (node instanceof Node.ObjectNode o) {
            for (Node.Field f : o.fields()) {
                Pointer child = pointer.field(f.name());
                out.add(child.toString());
                collect(f.value(), child, out);
            }
        } else if (node instanceof Node.ArrayNode a) {
            for (int i = 0; i < a.items().size(); i++) {
                Pointer child = pointer.item(i);
                out.add(child.toString());
                collect(a.items().get(i), child, out);
            }
        }
    }

}
