package org.conditioncontent.loader.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** How messages name the model's types and fields for an editor, and "did you mean" suggestions. */
public final class Names {
    private Names() {}

    private static final Map<String, String> RECORD_NOUNS = Map.ofEntries(
            Map.entry("Condition", "the article"),
            Map.entry("RiskFactors", "the risk factors section"),
            Map.entry("Treatments", "the treatment section"),
            Map.entry("Prevention", "the prevention section"),
            Map.entry("Medications", "the medications section"),
            Map.entry("Review", "the review"),
            Map.entry("Copyright", "the copyright"),
            Map.entry("Feedback", "the feedback contact"),
            Map.entry("Media", "an illustration"),
            Map.entry("Section", "a section"),
            Map.entry("ItemList", "a list"),
            Map.entry("Item", "a list item"),
            Map.entry("Block", "a block"),
            Map.entry("Publisher", "the publisher"));

    /**
     * How a message names a record type: "the article", "a risk factor", "an author".
     *
     * @param type the record type
     * @return its noun, with its article
     */
    public static String recordNoun(Class<?> type) {
        String fixed = RECORD_NOUNS.get(type.getSimpleName());
        if (fixed != null) {
            return fixed;
        }
        return withArticle(words(type.getSimpleName()));
    }

    /**
     * Words after their indefinite article: "a coding system", "an item kind".
     *
     * @param words the words, in lower case
     * @return "an " before a vowel, else "a ", then the words
     */
    public static String withArticle(String words) {
        return (startsWithVowel(words) ? "an " : "a ") + words;
    }

    /**
     * A type's name as words: "medication kind" for MedicationKind.
     *
     * @param camel the name in camel case
     * @return the words, in lower case
     */
    public static String words(String camel) {
        return camel.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }

    private static boolean startsWithVowel(String s) {
        return !s.isEmpty() && "aeiou".indexOf(s.charAt(0)) >= 0;
    }

    /**
     * The closest candidate to a misspelt name, or {@code null} when none is close: equal when
     * case, hyphens and underscores are ignored, or within an edit distance of a third of its length.
     */
    public static @Nullable String suggest(String wrong, Collection<String> candidates) {
        String plain = normalise(wrong);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (normalise(candidate).equals(plain)) {
                return candidate;
            }
            int d = distance(plain, normalise(candidate));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        // One edit for short names; two (a transposition) from four letters; three for long names.
        int allowed = plain.length() <= 3 ? 1 : Math.min(3, Math.max(2, plain.length() / 3));
        return bestDistance <= allowed ? best : null;
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
    }

    /** Levenshtein distance, capped in cost by the short names it is used on. */
    static int distance(String a, String b) {
        if (a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE; // long names are never typos of field names
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** A value quoted for a message, cut short so that huge input is never echoed. */
    public static String quote(String value) {
        String s = value.length() > 60 ? value.substring(0, 57) + "..." : value;
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean unpaired = Character.isHighSurrogate(c) ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
            boolean shown = !Character.isISOControl(c) && !unpaired && (c & 0xfffe) != 0xfffe && (c < 0xfdd0 || c > 0xfdef);
            out.append(shown ? String.valueOf(c) : String.format(Locale.ROOT, "\\u%04x", (int) c));
        }
        return out.append('"').toString();
    }

    /**
     * How a message names the value at a pointer: {@code "title"}, {@code item 2 of "alsoCalled"},
     * or {@code the article} for the root.
     *
     * @param pointer a JSON Pointer
     * @return the label
     */
    public static String label(String pointer) {
        if (pointer.isEmpty()) {
            return "the article";
        }
        int slash = pointer.lastIndexOf('/');
        String last = unescape(pointer.substring(slash + 1));
        if (!last.isEmpty() && last.chars().allMatch(Character::isDigit) && slash > 0) {
            String parent = pointer.substring(0, slash);
            String parentName = unescape(parent.substring(parent.lastIndexOf('/') + 1));
            return "item " + (Integer.parseInt(last) + 1) + " of \"" + parentName + "\"";
        }
        return "\"" + last + "\"";
    }

    private static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }

    /**
     * A message's first letter in upper case, unless the message starts with a quoted value.
     *
     * @param s the message
     * @return the message
     */
    public static String capitalise(String s) {
        return s.isEmpty() || s.charAt(0) == '"' ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
