package org.conditioncontent.loader.internal.reading;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The unmodifiable list of a node's fields or items: an array of their exact number, made once
 * from the tree builder's buffer. It equals, and hashes as, any list of the same elements; an
 * attempt to change it throws {@link UnsupportedOperationException}, as the list it replaces did.
 *
 * @param <E> the element type
 */
final class NodeList<E> extends AbstractList<E> implements RandomAccess {

    private final Object[] elements;

    private NodeList(Object[] elements) {
        this.elements = elements;
    }

    /**
     * A list of the first elements of a buffer, which may then be reused.
     *
     * @param buffer the buffer; its first {@code size} elements are copied
     * @param size how many
     * @param <E> the element type; the caller put only {@code E}s in the buffer
     * @return the list; the shared empty list when {@code size} is 0
     */
    static <E> List<E> copyOf(Object[] buffer, int size) {
        return size == 0 ? List.of() : new NodeList<>(Arrays.copyOf(buffer, size));
    }

    @Override
    @SuppressWarnings("unchecked") // only Es are put in: see copyOf
    public E get(int index) {
        return (E) elements[index];
    }

    @Override
    public int size() {
        return elements.length;
    }
}
