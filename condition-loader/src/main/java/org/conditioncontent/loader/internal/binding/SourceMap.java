package org.conditioncontent.loader.internal.binding;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.conditioncontent.json.Property;
import org.conditioncontent.json.RecordShape;
import org.conditioncontent.loader.internal.Node;
import org.jspecify.annotations.Nullable;

/**
 * Which element of the document each element of a bound list came from. The binder leaves out a
 * list element that does not bind (its finding is already reported), so the elements after it
 * move down: the third item of the document can be the second of the bound list. Validation and
 * the editorial rules see the bound article and report pointers into it; this turns those
 * pointers back into pointers into the document, whose values have positions.
 *
 * <p>Only lists that lost an element are kept, by identity (two equal lists of different records
 * are different lists): an article without binding errors has none, and its pointers are
 * returned as they are. One per file, filled by one {@link Binder}; not thread-safe while it is
 * filled, read-only after.
 */
public final class SourceMap {

    private final Map<List<?>, int[]> shifted = new IdentityHashMap<>();

    /** Creates an empty map: every bound index is its source index. */
    public SourceMap() {}

    /**
     * Records that a bound list left out elements of its source list.
     *
     * @param bound the bound list
     * @param sourceIndexes for each bound element, in order, the index of the source element it came from
     */
    void shifted(List<?> bound, int[] sourceIndexes) {
        shifted.put(bound, sourceIndexes);
    }

    /**
     * Carries a list's indexes over to the copy a record constructor made of it.
     *
     * @param from the list the binder made
     * @param to the list the record holds
     */
    void copied(List<?> from, List<?> to) {
        int[] indexes = shifted.remove(from);
        if (indexes != null) {
            shifted.put(to, indexes);
        }
    }

    /**
     * Whether some bound list lost an element.
     *
     * @return {@code true} if no list did, so that every pointer into the bound value is a pointer into the document
     */
    public boolean isEmpty() {
        return shifted.isEmpty();
    }

    /**
     * The source index of an element of a bound list.
     *
     * @param list a bound list
     * @param boundIndex an index into it
     * @return the index of the document's element it came from
     */
    public int sourceIndex(List<?> list, int boundIndex) {
        int[] indexes = shifted.get(list);
        return indexes == null || boundIndex < 0 || boundIndex >= indexes.length ? boundIndex : indexes[boundIndex];
    }

    /**
     * The pointer into the document of a value given by its pointer into the bound value. The
     * pointer is followed through the bound records and lists; once it leaves them (a field that is
     * {@code null}, such as a missing required one), the rest is kept as it is, since it holds no
     * list index that binding could have moved.
     *
     * @param bound the bound value the pointer starts at, such as the article, or a
     *     {@link Binder.Unbuilt} record's bound values
     * @param pointer a JSON Pointer into {@code bound}
     * @return the pointer of the same value in the document {@code bound} was read from
     */
    public String toSource(@Nullable Object bound, String pointer) {
        if (shifted.isEmpty() || pointer.isEmpty()) {
            return pointer;
        }
        StringBuilder out = new StringBuilder(pointer.length() + 4);
        Object current = bound;
        int start = 1;
        while (start <= pointer.length()) {
            int end = pointer.indexOf('/', start);
            if (end < 0) {
                end = pointer.length();
            }
            String segment = pointer.substring(start, end);
            out.append('/');
            if (current instanceof List<?> list && isIndex(segment)) {
                int index = Integer.parseInt(segment);
                out.append(sourceIndex(list, index));
                current = index < list.size() ? list.get(index) : null;
            } else {
                out.append(segment);
                if (current instanceof Binder.Unbuilt unbuilt) {
                    current = unbuilt.component(unescape(segment));
                } else {
                    current = current instanceof Record record ? component(record, unescape(segment)) : null;
                }
            }
            start = end + 1;
        }
        return out.toString();
    }

    /**
     * The pointer as the source file has it. A paragraph, or an item with only its text, may be
     * written as that text alone: the model's {@code .../text} is then the text value itself.
     *
     * @param root the tree
     * @param pointer a JSON Pointer into the model's canonical form
     * @return the pointer of the same value in the tree
     */
    public static String sourcePointer(Node root, String pointer) {
        if (pointer.endsWith("/text") && Node.locate(root, pointer) == null) {
            String parent = pointer.substring(0, pointer.length() - "/text".length());
            if (Node.locate(root, parent) instanceof Node.ScalarNode) {
                return parent;
            }
        }
        return pointer;
    }

    private static @Nullable Object component(Record record, String name) {
        Property property = RecordShape.of(record.getClass()).property(name);
        return property == null ? null : property.read(record);
    }

    private static boolean isIndex(String segment) {
        if (segment.isEmpty() || segment.length() > 9) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String unescape(String segment) {
        return segment.indexOf('~') < 0 ? segment : segment.replace("~1", "/").replace("~0", "~");
    }
}
