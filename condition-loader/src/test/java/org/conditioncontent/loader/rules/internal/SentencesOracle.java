package org.conditioncontent.loader.rules.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@link Sentences} as it was before it read each text in one pass: a split into sentence strings,
 * then a copy of each sentence's characters to count or make its words. Kept as the oracle that the
 * one-pass form must answer exactly as (sentences, word counts, words).
 *
 * <p>The original documentation follows.
 *
 * <p>Splits prose into sentences and sentences into words, the units the readability formulas count.
 *
 * <p>A sentence ends at a run of {@code .}, {@code !}, {@code ?} or an ellipsis, followed by any
 * closing quotes or brackets, then white space or the end of the text. Semicolons and colons do not
 * end sentences. A period does not end one after an abbreviation that introduces what follows ("Dr.",
 * "e.g.", "vs.", "St.", "No. 5", "U.S."), after an initial in a name ("C. Delacour"), inside a number
 * ("2.5 mg") or when the next word starts with a lower-case letter. Text after the last sentence end
 * is a sentence too, so a paragraph without a final period is one sentence. The class is stateless
 * and thread-safe.
 */
final class SentencesOracle {

    private SentencesOracle() {}

    /**
     * Abbreviations that are followed by more of the same sentence: titles before names, "e.g.",
     * "vs.", "St. John's wort". "U.S." is here because in health writing it nearly always names an
     * agency ("U.S. Food and Drug Administration"); a sentence that ends with it runs on into the next.
     * Lower case, without the final period.
     */
    private static final Set<String> NEVER_FINAL = Set.of(
            "dr", "mr", "mrs", "ms", "mx", "prof", "st", "mt", "rev", "vs", "cf", "fig", "figs", "approx",
            "e.g", "i.e", "u.s", "u.k");

    /**
     * Title abbreviations: an initial after one of them is part of a name ("Dr. C. Delacour").
     */
    private static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "mx", "prof", "rev", "st");

    /** Lower-case words after which a capital letter and a period are an initial ("by C. Delacour"). */
    private static final Set<String> BEFORE_NAMES = Set.of("by", "and", "with", "from", "of", "for", "to", "&");

    /**
     * The sentences of the texts split last on this thread, by identity. The reading-level
     * and sentence-length rules split the same paragraphs of the same article one after the other;
     * splitting each once was a tenth of the editorial rules' time. Each sentence's words are counted
     * when it is split ({@link #wordCounts(String)}): both rules count them, and only a field long
     * enough to score has its words made, once. Identity (not equality) keeps the
     * look-up cheaper than the split, and the results depend on the text alone. Each map is emptied
     * when it holds {@value #RECENT_LIMIT} texts, so it keeps the texts of a few articles at most.
     */
    private static final ThreadLocal<Map<String, Split>> RECENT = ThreadLocal.withInitial(IdentityHashMap::new);

    /** A text's sentences and the number of words of each, found together once. */
    private record Split(List<String> sentences, int[] wordCounts) {}
    private static final int RECENT_LIMIT = 512;

    /**
     * The sentences of a text, in order, each trimmed of surrounding white space and keeping its
     * final punctuation and closing quotes or brackets.
     *
     * <p>Abbreviations that may end a sentence ("etc.", "a.m.", "p.m.", "Inc.", "Jr.") end it when the
     * next word starts with a capital letter. An ellipsis ends a sentence under the same condition.
     * A single capital letter with a period ends a sentence ("Take vitamin D. It helps.") unless it
     * starts the sentence, follows a comma, a title, another initial, a capitalised word inside the
     * sentence, or one of "by", "and", "with", "from", "of", "for", "to" ("written by C. Delacour").
     *
     * @param text prose, possibly empty; line breaks are ordinary white space
     * @return the sentences, unmodifiable; empty when the text is blank
     */
    public static List<String> sentences(String text) {
        return splitOnce(text).sentences();
    }

    /**
     * The number of words of each sentence of a text: element {@code i} is
     * {@code wordCount(sentences(text).get(i))}.
     *
     * @param text prose, as for {@link #sentences(String)}
     * @return the counts, shared: not to be modified
     */
    static int[] wordCounts(String text) {
        return splitOnce(text).wordCounts();
    }

    private static Split splitOnce(String text) {
        Map<String, Split> recent = RECENT.get();
        Split known = recent.get(text);
        if (known != null) {
            return known;
        }
        List<String> sentences = split(text);
        int[] counts = new int[sentences.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = wordCount(sentences.get(i));
        }
        Split split = new Split(Collections.unmodifiableList(sentences), counts);
        if (recent.size() >= RECENT_LIMIT) {
            recent.clear();
        }
        recent.put(text, split);
        return split;
    }

    private static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        int n = text.length();
        int sentenceStart = 0;
        int i = 0;
        while (i < n) {
            if (!isTerminator(text.charAt(i))) {
                i++;
                continue;
            }
            int runStart = i;
            int runEnd = i;
            while (runEnd < n && isTerminator(text.charAt(runEnd))) {
                runEnd++;
            }
            int end = runEnd;
            while (end < n && isCloser(text.charAt(end))) {
                end++;
            }
            if (end == n || Character.isWhitespace(text.charAt(end))) {
                if (endsSentence(text, sentenceStart, runStart, runEnd, end)) {
                    add(sentences, text, sentenceStart, end);
                    sentenceStart = end;
                }
            }
            i = end;
        }
        add(sentences, text, sentenceStart, n);
        return sentences;
    }

    /**
     * The words of a sentence: runs of letters and digits, joined across an inner apostrophe ("don't",
     * "patient's"), an inner hyphen ("x-ray", "well-known"), an inner period ("e.g", "U.S", "2.5") and a
     * comma between digits ("1,000"). Punctuation, symbols ("%", "&", "+"), dashes and slashes are not
     * words and separate them ("and/or" is two words).
     *
     * @param sentence one sentence (or any text)
     * @return the words in order, without surrounding punctuation, unmodifiable; empty when there are none
     */
    public static List<String> words(String sentence) {
        return List.copyOf(wordsOf(sentence));
    }

    private static List<String> wordsOf(String sentence) {
        // About one word in six characters: sized so that the list rarely grows.
        List<String> words = new ArrayList<>(Math.max(10, sentence.length() / 5));
        char[] chars = sentence.toCharArray();
        int i = wordStart(chars, 0);
        while (i < chars.length) {
            int end = wordEnd(chars, i);
            words.add(sentence.substring(i, end));
            i = wordStart(chars, end);
        }
        return words;
    }

    /**
     * How many words a sentence has: {@code words(sentence).size()}, found without making the
     * words. Most prose fields are only counted (the reading level scores fields long enough to
     * score, the sentence length reports only long sentences), and making a list of substrings for
     * every sentence of every article was a twentieth of a cold run's CPU (see docs/performance.md).
     * The scan reads a copy of the sentence's characters: under the launcher's compiler (C1) each
     * {@code String.charAt} is a call, an array read is not.
     *
     * @param sentence one sentence (or any text)
     * @return the number of words
     */
    public static int wordCount(String sentence) {
        char[] chars = sentence.toCharArray();
        int count = 0;
        int i = wordStart(chars, 0);
        while (i < chars.length) {
            count++;
            i = wordStart(chars, wordEnd(chars, i));
        }
        return count;
    }

    /** The index of the first letter or digit at or after {@code from}; the text's length if none. */
    private static int wordStart(char[] s, int from) {
        int i = from;
        while (i < s.length) {
            char ch = s[i];
            if (ch < 128) {
                if (isAsciiLetterOrDigit(ch)) {
                    return i;
                }
                i++;
                continue;
            }
            int c = Character.codePointAt(s, i);
            if (Character.isLetterOrDigit(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return s.length;
    }

    /** The end of the word that starts at {@code start}, a letter or digit. */
    private static int wordEnd(char[] s, int start) {
        int i = start + Character.charCount(Character.codePointAt(s, start));
        while (i < s.length) {
            char ch = s[i];
            if (ch < 128 && isAsciiLetterOrDigit(ch)) {
                i++;
                continue;
            }
            int d = Character.codePointAt(s, i);
            if (d >= 128 && Character.isLetterOrDigit(d)) {
                i += Character.charCount(d);
            } else if (isJoiner(s, i)) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * {@link Character#isLetterOrDigit(int)}, answered without the Unicode tables for ASCII, which
     * is most of the text: this is asked for every character of every sentence.
     */
    private static boolean isLetterOrDigit(int c) {
        if (c < 128) {
            return isAsciiLetterOrDigit(c);
        }
        return Character.isLetterOrDigit(c);
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Whether the character at {@code i} sits inside a word: between two letters or digits. */
    private static boolean isJoiner(char[] s, int i) {
        char c = s[i];
        if (i + 1 >= s.length || i == 0) {
            return false;
        }
        int next = Character.codePointAt(s, i + 1);
        if (!isLetterOrDigit(next)) {
            return false;
        }
        if (c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '\u2011' || c == '.') {
            return true;
        }
        return c == ',' && isAsciiDigit(s[i - 1]) && isAsciiDigit(s[i + 1]);
    }

    /** Whether the run of terminators at {@code runStart..runEnd}, closed at {@code end}, ends a sentence. */
    private static boolean endsSentence(String text, int sentenceStart, int runStart, int runEnd, int end) {
        int next = end;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next == text.length()) {
            return true;
        }
        char following = text.charAt(next);
        if (Character.isLowerCase(following)) {
            return false; // "... approx. two", "Really? she asked"
        }
        if (following == '.' || following == '\u2026') {
            return false; // a spaced ellipsis ". . ." continues
        }
        if (runEnd - runStart != 1 || text.charAt(runStart) != '.') {
            return true; // "!", "?", "?!", "...": nothing to disambiguate
        }
        int tokenStart = runStart;
        while (tokenStart > sentenceStart && (Character.isLetter(text.charAt(tokenStart - 1)) || text.charAt(tokenStart - 1) == '.')) {
            tokenStart--;
        }
        String token = text.substring(tokenStart, runStart).toLowerCase(Locale.ROOT);
        if (token.isEmpty()) {
            return true; // "2020." or "(see above)."
        }
        if (NEVER_FINAL.contains(token)) {
            return false;
        }
        if (token.equals("no") && Character.isDigit(following)) {
            return false; // "No. 5"; but "The answer is no. Then ..."
        }
        if (runStart - tokenStart == 1 && Character.isUpperCase(text.charAt(tokenStart))) {
            return !isInitial(text, sentenceStart, tokenStart);
        }
        return true;
    }

    /** Whether the capital letter at {@code letter}, followed by a period, is an initial in a name. */
    private static boolean isInitial(String text, int sentenceStart, int letter) {
        int i = letter;
        while (i > sentenceStart && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        if (i == sentenceStart || (isOpener(text.charAt(i - 1)) && onlyOpenersBefore(text, sentenceStart, i - 1))) {
            return true; // "C. Delacour wrote ..."
        }
        char before = text.charAt(i - 1);
        if (before == ',' || before == '(' || before == '&') {
            return true;
        }
        int wordEnd = i;
        boolean period = before == '.';
        if (period) {
            wordEnd--;
        }
        int wordStart = wordEnd;
        while (wordStart > sentenceStart && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart == wordEnd) {
            return false;
        }
        String word = text.substring(wordStart, wordEnd);
        if (period) {
            // "J. R. Smith", "Dr. C. Delacour"
            return (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
                    || TITLES.contains(word.toLowerCase(Locale.ROOT));
        }
        if (BEFORE_NAMES.contains(word)) {
            return true;
        }
        // "John F. Kennedy" inside a sentence; a capitalised first word may be a noun ("Hepatitis B. It ...").
        return Character.isUpperCase(word.charAt(0)) && !onlyOpenersBefore(text, sentenceStart, wordStart);
    }

    /** Whether nothing but white space and opening quotes or brackets stands between the two indexes. */
    private static boolean onlyOpenersBefore(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !isOpener(c)) {
                return false;
            }
        }
        return true;
    }

    /** Adds {@code text.substring(start, end).strip()} unless it is empty, making one string instead of two. */
    private static void add(List<String> sentences, String text, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(text.codePointAt(from))) {
            from += Character.charCount(text.codePointAt(from));
        }
        while (to > from && Character.isWhitespace(text.codePointBefore(to))) {
            to -= Character.charCount(text.codePointBefore(to));
        }
        if (from < to) {
            sentences.add(text.substring(from, to));
        }
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\u203d';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']' || c == '}'
                || c == '\u00bb' || c == '\u203a';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '\u201c' || c == '\u2018' || c == '(' || c == '[' || c == '{'
                || c == '\u00ab' || c == '\u2039';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
