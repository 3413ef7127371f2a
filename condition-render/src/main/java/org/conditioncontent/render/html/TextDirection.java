package org.conditioncontent.render.html;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@code dir} attribute a language needs: {@code rtl} for a language written right to left,
 * so that a page in Arabic, Hebrew, Persian or Urdu is laid out from the right (its bullets,
 * its punctuation at the end of a line), and a title in such a language inside an English index
 * is isolated from the text around it.
 */
final class TextDirection {

    /** Languages written right to left in their usual script (BCP 47 primary subtags). */
    private static final Set<String> RIGHT_TO_LEFT_LANGUAGES = Set.of(
            "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "ps", "sd", "syr", "ug", "ur", "yi");

    /** Scripts written right to left (ISO 15924), which a tag such as {@code az-Arab} names. */
    private static final Set<String> RIGHT_TO_LEFT_SCRIPTS = Set.of(
            "adlm", "arab", "hebr", "mand", "nkoo", "rohg", "samr", "syrc", "thaa");

    private TextDirection() {}

    /**
     * The direction of a language, from its tag: its script subtag when it has one
     * ({@code ur-Latn} is left to right, {@code az-Arab} right to left), else its primary language.
     *
     * @param languageTag a well-formed BCP 47 tag, or {@code null}
     * @return {@code "rtl"} for a language written right to left, else {@code null} (no attribute:
     *     left to right, the default, or inherited)
     */
    static @Nullable String of(@Nullable String languageTag) {
        if (languageTag == null || languageTag.isEmpty()) {
            return null;
        }
        String[] subtags = languageTag.toLowerCase(Locale.ROOT).split("-");
        for (int i = 1; i < subtags.length && subtags[i].length() > 1; i++) {
            if (subtags[i].length() == 4 && subtags[i].chars().allMatch(Character::isLetter)) {
                return RIGHT_TO_LEFT_SCRIPTS.contains(subtags[i]) ? "rtl" : null;
            }
        }
        return RIGHT_TO_LEFT_LANGUAGES.contains(subtags[0]) ? "rtl" : null;
    }

    /**
     * The direction an element in one language needs inside a page in another: its own when the
     * two differ, so that an English label inside an Arabic page keeps its words and punctuation
     * in their order ({@code ltr}), and an Arabic label inside an English page its own
     * ({@code rtl}); none when the page's direction is the element's.
     *
     * @param languageTag the element's language, a well-formed BCP 47 tag
     * @param pageLanguageTag the page's language, a well-formed BCP 47 tag
     * @return {@code "rtl"}, {@code "ltr"}, or {@code null} for no attribute
     */
    static @Nullable String within(String languageTag, String pageLanguageTag) {
        String own = of(languageTag);
        if (Objects.equals(own, of(pageLanguageTag))) {
            return null;
        }
        return own == null ? "ltr" : own;
    }
}
