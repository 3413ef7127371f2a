package org.conditioncontent.model;

import jakarta.validation.Valid;
import java.util.List;

/**
 * A list of items, as the publisher set it: bulleted, or numbered when the order matters (the
 * steps of a stretch).
 *
 * @param items the items, in order
 * @param ordered whether the items are numbered; {@code false} (bullets) when absent
 */
public record ItemList(List<@Valid Item> items, boolean ordered) implements Block {

    /**
     * Normalises the list: {@code null} becomes empty; elements must not be {@code null}.
     *
     * @param items the items, in order
     * @param ordered whether the items are numbered
     */
    public ItemList {
        items = Lists.copy(items);
    }

    /**
     * A bulleted list.
     *
     * @param items the items
     * @return the list
     */
    public static ItemList bullets(Item... items) {
        return new ItemList(List.of(items), false);
    }

    /**
     * A numbered list.
     *
     * @param items the items
     * @return the list
     */
    public static ItemList numbered(Item... items) {
        return new ItemList(List.of(items), true);
    }
}
