package org.conditioncontent.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The one place that turns a record's list argument into an immutable, null-free list. */
final class Lists {
    private Lists() {}

    /**
     * Copies a list for a record component: {@code null} becomes the empty list.
     *
     * @throws NullPointerException if an element is {@code null}
     */
    static <T> List<T> copy(@Nullable List<? extends T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
