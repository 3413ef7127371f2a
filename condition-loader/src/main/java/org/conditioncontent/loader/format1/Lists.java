package org.conditioncontent.loader.format1;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Turns a format-1 record's list argument into an immutable, null-free list, as the model does. */
final class Lists {
    private Lists() {}

    static <T> List<T> copy(@Nullable List<? extends T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
