package org.conditioncontent.json;

/**
 * The model's language-tag constraint ({@code Condition.LANGUAGE_TAG_PATTERN}) read by hand, for
 * the library's modules that test many tags: the loader's constraint screen and the HTML
 * renderer's {@code lang} and JSON-LD. A matcher made and run for each tag was a visible share of
 * a cold run's samples in both (docs/performance.md, "Issue 20: export's render CPU, round 10").
 * Not API: this package is exported only to the library's own modules.
 */
public final class LanguageTags {

    private LanguageTags() {}

    /**
     * Whether a text is what {@code Condition.LANGUAGE_TAG_PATTERN},
     * {@code [A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*}, matches in whole: two or three ASCII letters, then
     * any number of subtags of two to eight ASCII letters or digits, each after a hyphen.
     *
     * @param text the text
     * @return {@code true} when the whole text matches
     */
    public static boolean isWellFormed(CharSequence text) {
        int n = text.length();
        int end = 0;
        while (end < n && isLetter(text.charAt(end))) {
            end++;
        }
        if (end < 2 || end > 3) {
            return false;
        }
        while (end < n) {
            if (text.charAt(end) != '-') {
                return false;
            }
            int start = ++end;
            while (end < n && (isLetter(text.charAt(end)) || isDigit(text.charAt(end)))) {
                end++;
            }
            if (end - start < 2 || end - start > 8) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
