package org.conditioncontent.loader.schema;

import java.util.function.IntPredicate;

/**
 * Regular-expression character classes computed from a Java predicate over every character of
 * the Basic Multilingual Plane, so that a schema's pattern tests exactly the characters a Java
 * check tests. Written as Unicode escapes (a backslash, u and four hex digits), which ECMA-262
 * and Java read alike.
 */
final class CharacterClass {

    private CharacterClass() {}

    /**
     * A class of every character for which the predicate is false: "any character but these".
     * Characters outside the Basic Multilingual Plane always belong to it; the predicates used
     * here are false for all of them.
     *
     * @param excluded the characters to leave out
     * @return a class such as {@code [^\u0000-\u0020]}
     */
    static String excluding(IntPredicate excluded) {
        StringBuilder out = new StringBuilder("[^");
        int c = 0;
        while (c <= 0xFFFF) {
            if (!excluded.test(c)) {
                c++;
                continue;
            }
            int start = c;
            while (c + 1 <= 0xFFFF && excluded.test(c + 1)) {
                c++;
            }
            out.append(escape(start));
            if (c > start) {
                out.append('-').append(escape(c));
            }
            c++;
        }
        return out.append(']').toString();
    }

    private static String escape(int c) {
        return String.format(java.util.Locale.ROOT, "\\u%04x", c);
    }
}
