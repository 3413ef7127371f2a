package org.conditioncontent.model;

/**
 * One block of a {@link Section}'s content, in reading order: a {@link Paragraph}, a list of
 * items ({@link ItemList}, numbered or not), a boxed {@link Aside}, or an illustration
 * ({@link Media}).
 *
 * <p>In the wire format a paragraph is written as plain text, and every other block as an object
 * that is known by its first field: {@code items} for a list, {@code title} for an aside,
 * {@code credit} for an illustration.
 */
public sealed interface Block permits Paragraph, ItemList, Aside, Media {}
