package org.conditioncontent.loader.internal.reading;

import java.util.List;

/**
 * A value of a parsed document with the position where it starts. The loader builds this small
 * tree itself (rather than a Jackson tree) because it must keep a position for every value and
 * every field name, so that any later finding can point at its token.
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
}
