package org.conditioncontent.lsp.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where the cursor is in an article, as completion needs it: naming a field of an object, or
 * writing a field's value.
 *
 * @param kind which of the two
 * @param path for {@link Kind#KEY}, the path of the object (or list item) whose field is being
 *     named; for {@link Kind#VALUE}, the path of the field whose value is being written. Segments
 *     are field names and list indexes, as in a JSON Pointer
 * @param replaceStart the offset of the text a completion replaces
 * @param replaceEnd the offset after it
 * @param inQuotes whether that text is inside JSON quotes, so a completion adds none
 */
record Place(Kind kind, List<String> path, int replaceStart, int replaceEnd, boolean inQuotes) {

    enum Kind { KEY, VALUE }

    Place {
        path = List.copyOf(path);
    }

    /** The place in a document of a syntax, or {@code null} where nothing can be completed. */
    static @Nullable Place of(String text, int offset, boolean json) {
        return json ? JsonPlaces.place(text, offset) : YamlPlaces.place(text, offset);
    }

    /** The path of the field under the cursor, or {@code null} when it is on none. */
    static @Nullable List<String> field(String text, int offset, boolean json) {
        return json ? JsonPlaces.field(text, offset) : YamlPlaces.field(text, offset);
    }
}
