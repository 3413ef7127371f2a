package org.conditioncontent.render.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conditioncontent.model.Condition;

/**
 * The related articles of an exported site, both ways: when one article names another as related,
 * each page links to the other. An article lists first the ids it names itself, in its order, then
 * those of the articles that name it, in the order the articles are given. Only articles of the
 * export are added; an id an article names that is not exported stays as the article has it.
 */
final class RelatedLinks {

    private final Map<String, Set<String>> related = new HashMap<>();
    private final Map<String, String> titles = new LinkedHashMap<>();

    /**
     * Links the articles of one export.
     *
     * @param conditions the exported articles, each id once
     */
    RelatedLinks(List<Condition> conditions) {
        for (Condition c : conditions) {
            titles.put(c.id(), c.title());
            related.computeIfAbsent(c.id(), k -> new LinkedHashSet<>()).addAll(c.related());
        }
        for (Condition c : conditions) {
            for (String other : c.related()) {
                if (titles.containsKey(other) && !other.equals(c.id())) {
                    related.computeIfAbsent(other, k -> new LinkedHashSet<>()).add(c.id());
                }
            }
        }
    }

    /**
     * The titles of the exported articles, by id, for the HTML renderer to link related ids to.
     *
     * @return the titles
     */
    Map<String, String> titles() {
        return titles;
    }

    /**
     * An article with its related ids both ways.
     *
     * @param c an exported article
     * @return the article, with the ids of the articles that name it added to its own
     */
    Condition withBothWays(Condition c) {
        // The builder copied from the article already holds its own ids, and related(...) adds:
        // only the ids of the articles that name it go in, or the page lists its own twice.
        List<String> added = new ArrayList<>(related.getOrDefault(c.id(), Set.of()));
        added.removeAll(c.related());
        return added.isEmpty() ? c : c.toBuilder().related(added.toArray(String[]::new)).build();
    }
}
