package org.conditioncontent.loader.internal.checking;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.conditioncontent.loader.Rules;
import org.conditioncontent.loader.internal.Findings;
import org.conditioncontent.loader.internal.Names;
import org.conditioncontent.loader.internal.Node;
import org.conditioncontent.loader.internal.Pointer;
import org.conditioncontent.model.Suppression;
import org.jspecify.annotations.Nullable;

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
        for (int i = 0; i < suppressions.size(); i++) {
            String field = suppressions.get(i).field();
            if (field == null || field.isEmpty() || names(root, field, toSource)) {
                continue;
            }
            String pointer = toSource.apply("/suppressions/" + i + "/field");
            Node at = Node.locateOrEnclosing(root, pointer);
            findings.add(Rules.SUPPRESSION, at, pointer, "The suppression's field " + Names.quote(field)
                    + " names nothing in this article, so it silences nothing; " + hint(root, field));
        }
    }

    private static boolean names(Node root, String field, UnaryOperator<String> toSource) {
        if (Node.locate(root, field) != null) {
            return true;
        }
        String translated;
        try {
            translated = toSource.apply(field);
        } catch (RuntimeException e) {
            return false; // not a pointer into the article either
        }
        return !translated.equals(field) && Node.locate(root, translated) != null;
    }

    /**
     * "did you mean" the field the pointer names once each misspelt step is replaced by the
     * closest name at that level; else the deepest field above it that exists, with what it holds.
     * Each step looks only at one object's names, so a large document costs no more than a small one.
     */
    private static String hint(Node root, String field) {
        List<String> segments = segments(field);
        Node node = root;
        Pointer reached = Pointer.ROOT;
        Node deepest = root;
        Pointer deepestPointer = Pointer.ROOT;
        boolean corrected = true;
        boolean exact = true;
        for (String segment : segments) {
            Node child = child(node, segment);
            String step = segment;
            if (child == null) {
                exact = false;
                String close = Names.suggest(segment, childNames(node));
                child = close == null ? null : child(node, close);
                step = close == null ? segment : close;
            } else if (exact) {
                deepest = child;
                deepestPointer = node instanceof Node.ArrayNode ? reached.item(Integer.parseInt(segment)) : reached.field(segment);
            }
            if (child == null) {
                corrected = false;
                break;
            }
            reached = node instanceof Node.ArrayNode ? reached.item(Integer.parseInt(step)) : reached.field(step);
            node = child;
        }
        if (corrected && !reached.toString().isEmpty()) {
            return "did you mean \"" + reached + "\"?";
        }
        List<String> below = new ArrayList<>();
        for (String name : childNames(deepest)) {
            if (below.size() == 6) {
                break;
            }
            Pointer p = deepest instanceof Node.ArrayNode ? deepestPointer.item(Integer.parseInt(name)) : deepestPointer.field(name);
            below.add("\"" + p + "\"");
        }
        String holds = String.join(", ", below);
        if (field.equals("/")) {
            return "a suppression names one field, not the whole article, such as " + holds;
        }
        if (deepestPointer.toString().isEmpty()) {
            return "the article's fields are " + holds;
        }
        return "the nearest field that exists is \"" + deepestPointer + "\"" + (below.isEmpty() ? "" : ", which holds " + holds);
    }

    /** The unescaped segments of a pointer such as {@code /body/0}; {@code /} has one empty segment. */
    private static List<String> segments(String pointer) {
        List<String> segments = new ArrayList<>();
        for (String raw : pointer.substring(1).split("/", -1)) {
            segments.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return segments;
    }

    private static @Nullable Node child(Node node, String segment) {
        if (node instanceof Node.ObjectNode o) {
            for (Node.Field f : o.fields()) {
                if (f.name().equals(segment)) {
                    return f.value();
                }
            }
        } else if (node instanceof Node.ArrayNode a && segment.matches("0|[1-9][0-9]{0,8}")) {
            int i = Integer.parseInt(segment);
            return i < a.items().size() ? a.items().get(i) : null;
        }
        return null;
    }

    private static List<String> childNames(Node node) {
        List<String> names = new ArrayList<>();
        if (node instanceof Node.ObjectNode o) {
            o.fields().forEach(f -> names.add(f.name()));
        } else if (node instanceof Node.ArrayNode a) {
            for (int i = 0; i < a.items().size(); i++) {
                names.add(Integer.toString(i));
            }
        }
        return names;
    }
}
