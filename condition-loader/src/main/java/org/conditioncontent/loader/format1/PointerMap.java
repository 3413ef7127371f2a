package org.conditioncontent.loader.format1;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each part of an upgraded article came from: pairs of a format-2 pointer prefix and the
 * format-1 pointer prefix of the same value. A finding on the upgraded article is reported at
 * the format-1 pointer ({@link #toSource}); a format-1 suppression names a format-2 field
 * ({@link #toUpgraded}). Pointers under no pair are the same in both formats ({@code /title},
 * {@code /references/0/url}). The body itself, {@code /body}, is the whole format-1 article,
 * whose sections are its top-level fields: its format-1 pointer is the root, {@code ""}. Built by
 * one upgrade, then only read.
 */
public final class PointerMap {

    private static final String BODY = "/body";

    private final List<String> upgraded = new ArrayList<>();
    private final List<String> source = new ArrayList<>();

    /** A map with no pairs: every pointer is the same in both formats. */
    public PointerMap() {}

    void put(String upgradedPrefix, String sourcePrefix) {
        upgraded.add(upgradedPrefix);
        source.add(sourcePrefix);
    }

    /**
     * The format-1 pointer of a value of the upgraded article.
     *
     * @param pointer a format-2 pointer
     * @return the pointer of the same value in the format-1 file
     */
    public String toSource(String pointer) {
        if (pointer.equals(BODY)) {
            // A finding on the body as a whole, such as a missing section: format 1 has no body
            // field, its sections are the article's own fields. Only the exact pointer: a pair
            // ("/body", "") would also turn every format-1 pointer into a body pointer in toUpgraded.
            return "";
        }
        return translate(pointer, upgraded, source);
    }

    /**
     * The format-2 pointer of a value named in a format-1 file.
     *
     * @param pointer a format-1 pointer
     * @return the pointer of the same value in the upgraded article
     */
    public String toUpgraded(String pointer) {
        return translate(pointer, source, upgraded);
    }

    /** Replaces the longest matching prefix of {@code from} by its pair in {@code to}. */
    private static String translate(String pointer, List<String> from, List<String> to) {
        int best = -1;
        for (int i = 0; i < from.size(); i++) {
            String prefix = from.get(i);
            boolean matches = pointer.equals(prefix) || (pointer.startsWith(prefix) && pointer.charAt(prefix.length()) == '/');
            if (matches && (best < 0 || prefix.length() > from.get(best).length())) {
                best = i;
            }
        }
        return best < 0 ? pointer : to.get(best) + pointer.substring(from.get(best).length());
    }
}
