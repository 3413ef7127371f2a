package org.conditioncontent.loader.internal.checking;

import org.conditioncontent.json.LanguageTags;

/**
 * The model's own {@code @Pattern} expressions, matched by hand: each answers exactly what
 * {@code java.util.regex.Pattern.compile(regexp).matcher(text).matches()} answers (compiled
 * without flags), without a matcher object or the regular expression engine's walk, which under
 * C1 alone were about a fifth of the screen's samples in a cold run of 10,000 articles (64 of 346). {@code PatternShortcutsTest}
 * holds each to its expression over many generated texts. Any other expression goes to
 * {@code java.util.regex}.
 */
final class PatternShortcuts {

    /** {@code Condition.ID_PATTERN}: lower-case letters and digits in runs joined by single hyphens. */
    static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";
    /** {@code Condition.LANGUAGE_TAG_PATTERN}: two or three letters, then subtags of two to eight letters or digits. */
    static final String LANGUAGE_TAG = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*";
    /** {@code Reference.DOI_PATTERN}: {@code 10.}, four to nine digits, a slash, then no white space. */
    static final String DOI = "10\\.\\d{4,9}/\\S+";
    /** {@code Reference.PMID_PATTERN}: one to nine digits, the first not zero. */
    static final String PMID = "[1-9]\\d{0,8}";
    /** A PubMed Central id: {@code PMC} and one to ten digits, the first not zero. */
    static final String PMCID = "PMC[1-9]\\d{0,9}";
    /** A country code: two upper-case letters. */
    static final String REGION = "[A-Z]{2}";
    /** A JSON Pointer to a field: one or more {@code /}-led tokens, which is any text starting with {@code /}. */
    static final String POINTER = "(/[^/]*)+";

    private PatternShortcuts() {}

    /**
     * The shortcut for an expression.
     *
     * @param regexp a regular expression
     * @param flags its flags
     * @return the shortcut's number for {@link #matches}, or -1 when there is none
     */
    static int of(String regexp, int flags) {
        if (flags != 0) {
            return -1;
        }
        return switch (regexp) {
            case ID -> 0;
            case LANGUAGE_TAG -> 1;
            case DOI -> 2;
            case PMID -> 3;
            case PMCID -> 4;
            case REGION -> 5;
            case POINTER -> 6;
            default -> -1;
        };
    }

    /**
     * Whether the whole text matches a shortcut's expression.
     *
     * @param shortcut a number from {@link #of}
     * @param text the text
     * @return {@code true} when it matches
     */
    static boolean matches(int shortcut, CharSequence text) {
        return switch (shortcut) {
            case 0 -> isId(text);
            case 1 -> LanguageTags.isWellFormed(text);
            case 2 -> isDoi(text);
            case 3 -> digits(text, 0, 9);
            case 4 -> text.length() > 3 && text.charAt(0) == 'P' && text.charAt(1) == 'M' && text.charAt(2) == 'C' && digits(text, 3, 10);
            case 5 -> text.length() == 2 && isUpper(text.charAt(0)) && isUpper(text.charAt(1));
            case 6 -> text.length() > 0 && text.charAt(0) == '/';
            default -> throw new IllegalArgumentException("no shortcut " + shortcut);
        };
    }

    private static boolean isId(CharSequence text) {
        int n = text.length();
        if (n == 0 || text.charAt(0) == '-' || text.charAt(n - 1) == '-') {
            return false;
        }
        char previous = 'a';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '-' ? previous == '-' : !isLower(c) && !isDigit(c)) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static boolean isDoi(CharSequence text) {
        int n = text.length();
        if (n < 3 || text.charAt(0) != '1' || text.charAt(1) != '0' || text.charAt(2) != '.') {
            return false;
        }
        int end = 3;
        while (end < n && isDigit(text.charAt(end))) {
            end++;
        }
        if (end - 3 < 4 || end - 3 > 9 || end >= n || text.charAt(end) != '/' || end + 1 == n) {
            return false;
        }
        for (int i = end + 1; i < n; i++) {
            char c = text.charAt(i);
            // \s without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r].
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    /** One to {@code most} ASCII digits from {@code start} to the end, the first not zero. */
    private static boolean digits(CharSequence text, int start, int most) {
        int n = text.length();
        if (n - start < 1 || n - start > most || text.charAt(start) == '0') {
            return false;
        }
        for (int i = start; i < n; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLetter(char c) {
        return isLower(c) || isUpper(c);
    }
}
