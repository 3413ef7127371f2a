package org.conditioncontent.loader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conditioncontent.loader.internal.Limits;
import org.conditioncontent.loader.internal.Node;
import org.conditioncontent.loader.internal.Pointer;
import org.conditioncontent.loader.internal.reading.TreeReader;

/**
 * A document tree printed as JSON, one value per line, with the line and column where the
 * printer put the first character of every value. The positions are what the printer wrote, not
 * what the loader read, so a test can hold the loader's positions against them. JSON with this
 * layout is also YAML (a flow collection), so the same text tests both readers.
 *
 * @param text the printed document
 * @param values every value by its JSON Pointer
 * @param positions the 1-based line and column of every value by its JSON Pointer
 */
record PrintedDocument(String text, Map<String, Node> values, Map<String, int[]> positions) {

    /** A reader with generous limits, for the fixtures the tests start from. */
    private static final TreeReader READER = new TreeReader(new Limits(16 * 1024 * 1024, 64, 100_000, 10_000));

    static PrintedDocument print(Node root) {
        Printer p = new Printer();
        p.value(root, "", 0);
        return new PrintedDocument(p.out.toString(), p.values, p.positions);
    }

    /** Reads a document into a tree; fails the test if it cannot be parsed. */
    static Node read(String text, SourceFormat format) {
        org.conditioncontent.loader.internal.Findings findings = new org.conditioncontent.loader.internal.Findings("fixture", 100);
        Node root = READER.read(text, format, findings);
        if (root == null) {
            throw new AssertionError("The fixture does not parse: " + findings.sorted(Diagnostic.ORDER));
        }
        return root;
    }

    /** The tree with one more item in the list at a pointer. */
    static Node insert(Node root, String listPointer, int index, Node item) {
        return insert(root, "", listPointer, index, item);
    }

    private static Node insert(Node node, String at, String listPointer, int index, Node item) {
        if (at.equals(listPointer)) {
            List<Node> items = new ArrayList<>(((Node.ArrayNode) node).items());
            items.add(index, item);
            return new Node.ArrayNode(items, node.line(), node.column());
        }
        if (!listPointer.startsWith(at + "/")) {
            return node;
        }
        if (node instanceof Node.ObjectNode object) {
            List<Node.Field> fields = new ArrayList<>();
            for (Node.Field f : object.fields()) {
                fields.add(new Node.Field(f.name(), f.line(), f.column(), insert(f.value(), at + "/" + Pointer.escape(f.name()), listPointer, index, item)));
            }
            return new Node.ObjectNode(fields, object.line(), object.column());
        }
        if (node instanceof Node.ArrayNode array) {
            List<Node> items = new ArrayList<>();
            for (int i = 0; i < array.items().size(); i++) {
                items.add(insert(array.items().get(i), at + "/" + i, listPointer, index, item));
            }
            return new Node.ArrayNode(items, array.line(), array.column());
        }
        return node;
    }

    /** The pointers of every list in a tree, in document order. */
    static List<String> lists(Node root) {
        List<String> out = new ArrayList<>();
        lists(root, "", out);
        return out;
    }

    private static void lists(Node node, String at, List<String> out) {
        if (node instanceof Node.ObjectNode object) {
            object.fields().forEach(f -> lists(f.value(), at + "/" + Pointer.escape(f.name()), out));
        } else if (node instanceof Node.ArrayNode array) {
            out.add(at);
            for (int i = 0; i < array.items().size(); i++) {
                lists(array.items().get(i), at + "/" + i, out);
            }
        }
    }

    /** The value at a pointer of a tree, or {@code null}. */
    static Node at(Node root, String pointer) {
        return Node.locate(root, pointer);
    }

    private static final class Printer {
        private final StringBuilder out = new StringBuilder();
        private final Map<String, Node> values = new HashMap<>();
        private final Map<String, int[]> positions = new HashMap<>();
        private int line = 1;
        private int lineStart;

        void value(Node node, String pointer, int indent) {
            values.put(pointer, node);
            positions.put(pointer, new int[] {line, out.codePointCount(lineStart, out.length()) + 1});
            if (node instanceof Node.ObjectNode object) {
                if (object.fields().isEmpty()) {
                    out.append("{}");
                    return;
                }
                out.append('{');
                for (int i = 0; i < object.fields().size(); i++) {
                    Node.Field f = object.fields().get(i);
                    newline(indent + 2);
                    string(f.name());
                    out.append(": ");
                    value(f.value(), pointer + "/" + Pointer.escape(f.name()), indent + 2);
                    if (i < object.fields().size() - 1) {
                        out.append(',');
                    }
                }
                newline(indent);
                out.append('}');
            } else if (node instanceof Node.ArrayNode array) {
                if (array.items().isEmpty()) {
                    out.append("[]");
                    return;
                }
                out.append('[');
                for (int i = 0; i < array.items().size(); i++) {
                    newline(indent + 2);
                    value(array.items().get(i), pointer + "/" + i, indent + 2);
                    if (i < array.items().size() - 1) {
                        out.append(',');
                    }
                }
                newline(indent);
                out.append(']');
            } else {
                Node.ScalarNode s = (Node.ScalarNode) node;
                if (s.kind() == Node.Kind.STRING) {
                    string(s.text());
                } else {
                    out.append(s.text());
                }
            }
        }

        private void newline(int indent) {
            out.append('\n');
            line++;
            lineStart = out.length();
            out.append(" ".repeat(indent));
        }

        /** A string in the subset of escapes that JSON and YAML's double-quoted style share. */
        private void string(String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\uFEFF') {
                            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
    }
}
