package org.conditioncontent.loader.internal.checking;

import org.conditioncontent.loader.internal.checking.ConstraintScreen.Verdict;

/**
 * The screen's reading of {@code @Email}, for addresses written in ASCII: Hibernate Validator
 * splits an address at its last {@code @}; the part before must be dot-separated runs of letters,
 * digits and {@code !#$%&'*+/=?^_`{|}~-}, at most 64 characters; the part after, dot-separated
 * labels of letters, digits and those signs (not the dot or the hyphen), with hyphens only inside a
 * label, no label longer than 63 characters, no final dot, and at most 255 characters in all.
 * Where that reading is not enough to be sure (quoted local parts, characters beyond ASCII, IP
 * address literals, labels in the {@code xn--} form, which IDNA treats on its own) the answer is
 * {@link Verdict#UNKNOWN} and the validator decides.
 */
final class EmailScreen {

    private static final int MAX_LOCAL_PART = 64;
    private static final int MAX_LABEL = 63;
    private static final int MAX_DOMAIN = 255;

    /** The signs allowed in a local part's run and in a domain label besides letters and digits. */
    private static final String SIGNS = "!#$%&'*+/=?^_`{|}~";

    private EmailScreen() {}

    /**
     * What {@code @Email} makes of an address.
     *
     * @param address the address; the empty text passes, as it does for the validator
     * @return {@link Verdict#CLEAN}, {@link Verdict#VIOLATION}, or {@link Verdict#UNKNOWN} for an
     *     address this reading is not sure of
     */
    static Verdict screen(CharSequence address) {
        String text = address.toString();
        if (text.isEmpty()) {
            return Verdict.CLEAN;
        }
        int at = text.lastIndexOf('@');
        if (at < 0) {
            return Verdict.VIOLATION;
        }
        String local = text.substring(0, at);
        String domain = text.substring(at + 1);
        if (local.isEmpty() || local.length() > MAX_LOCAL_PART || domain.isEmpty() || domain.endsWith(".")) {
            return Verdict.VIOLATION;
        }
        if (!isAscii(text) || local.indexOf('"') >= 0 || domain.startsWith("[")) {
            return Verdict.UNKNOWN;
        }
        Verdict localVerdict = dotted(local, false);
        if (localVerdict != Verdict.CLEAN) {
            return localVerdict;
        }
        return domain.length() > MAX_DOMAIN ? Verdict.VIOLATION : dotted(domain, true);
    }

    /** Runs separated by single dots; in a domain, each run is a label with inner hyphens only. */
    private static Verdict dotted(String text, boolean domain) {
        int start = 0;
        while (true) {
            int dot = text.indexOf('.', start);
            int end = dot < 0 ? text.length() : dot;
            Verdict run = domain ? label(text, start, end) : atom(text, start, end);
            if (run != Verdict.CLEAN || dot < 0) {
                return run;
            }
            start = dot + 1;
        }
    }

    private static Verdict atom(String text, int start, int end) {
        return start < end && allAllowed(text, start, end) ? Verdict.CLEAN : Verdict.VIOLATION;
    }

    private static Verdict label(String text, int start, int end) {
        if (start == end || text.charAt(start) == '-' || text.charAt(end - 1) == '-' || !allAllowed(text, start, end)
                || end - start > MAX_LABEL) {
            return Verdict.VIOLATION;
        }
        return text.regionMatches(true, start, "xn--", 0, 4) ? Verdict.UNKNOWN : Verdict.CLEAN;
    }

    /** Letters, digits, hyphens and the signs: a hyphen's place in a label is checked apart. */
    private static boolean allAllowed(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!isLetterOrDigit(c) && c != '-' && SIGNS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isAscii(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
