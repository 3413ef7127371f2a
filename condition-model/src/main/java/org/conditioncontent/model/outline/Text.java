package org.conditioncontent.model.outline;

/**
 * One text of an article, where it stands and what it is.
 *
 * @param pointer the JSON Pointer of the text in the article's canonical wire form; the text of
 *     an item written as plain text in a source file is at the pointer without its last
 *     {@code /text}
 * @param value the text
 * @param role what the text is
 */
public record Text(String pointer, String value, TextRole role) {}
