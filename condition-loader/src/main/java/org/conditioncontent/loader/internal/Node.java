package org.conditioncontent.loader.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A value of a parsed document with the position where it starts. The loader builds this small
 * tree itself (rather than a Jackson tree) because it must keep a position for every value and
 * every field name, so that any later finding can point at its token. Every stage reads it: the
 * reading stage makes it, and the later ones find values in it by JSON Pointer ({@link #locate}).
 */
public sealed interface Node permits Node.ObjectNode, Node.ArrayNode, Node.ScalarNode {

    /** @return the 1-based line where the value starts */
    int line();

    /** @return the 1-based column, in characters, where the value starts */
    int column();

    /**
     * A field of an object.
     *
     * @param name the field name
     * @param line the line of the name
     * @param column the column of the name
     * @param value the value
     */
    record Field(String name, int line, int column, Node value) {}

    /**
     * An object.
     *
     * @param fields its fields, in document order, without duplicates (the first one wins)
     * @param line start line
     * @param column start column
     */
    record ObjectNode(List<Field> fields, int line, int column) implements Node {}

    /**
     * An array.
     *
     * @param items its items
     * @param line start line
     * @param column start column
     */
    record ArrayNode(List<Node> items, int line, int column) implements Node {}

    /** The kinds of scalar. */
    enum Kind {
        /** A string. */
        STRING,
        /** A whole number. */
        INTEGER,
        /** A number with a fraction or exponent. */
        DECIMAL,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** {@code null}. */
        NULL
    }

    /**
     * A scalar.
     *
     * @param kind what kind of scalar
     * @param text its text as written (for strings, the unescaped value)
     * @param line start line
     * @param column start column
     */
    record ScalarNode(Kind kind, String text, int line, int column) implements Node {}

    /**
     * The node at a pointer.
     *
     * @param root the tree
     * @param pointer a JSON Pointer
     * @return the node, or {@code null} if the document has no value there
     */
    static @Nullable Node locate(Node root, String pointer) {
        if (pointer.isEmpty()) {
            return root;
        }
        Node current = root;
        for (String raw : pointer.substring(1).split("/", -1)) {
            String segment = raw.replace("~1", "/").replace("~0", "~");
            current = child(current, segment);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /**
     * The node at a pointer or, when the document has no value there, the deepest node on the way
     * to it: the enclosing object of a missing field.
     *
     * @param root the tree
     * @param pointer a JSON Pointer
     * @return the node
     */
    static Node locateOrEnclosing(Node root, String pointer) {
        Node exact = locate(root, pointer);
        return exact != null ? exact : enclosing(root, pointer);
    }

    /**
     * The deepest node that exists on the way to a pointer: the enclosing object of a missing field.
     *
     * @param root the tree
     * @param pointer a JSON Pointer
     * @return the node; {@code root} when no part of the pointer is in the document
     */
    static Node enclosing(Node root, String pointer) {
        String p = pointer;
        while (!p.isEmpty()) {
            p = p.substring(0, p.lastIndexOf('/'));
            Node n = locate(root, p);
            if (n != null) {
                return n;
            }
        }
        return root;
    }

    private static @Nullable Node child(Node node, String segment) {
        if (node instanceof Node.ObjectNode object) {
            for (Node.Field f : object.fields()) {
                if (f.name().equals(segment)) {
                    return f.value();
                }
            }
            return null;
        }
        if (node instanceof Node.ArrayNode array && !segment.isEmpty() && segment.chars().allMatch(Character::isDigit) && segment.length() < 10) {
            int i = Integer.parseInt(segment);
            return i < array.items().size() ? array.items().get(i) : null;
        }
        return null;
    }
}
