package org.conditioncontent.loader.rules.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits prose into sentences and sentences into words, the units the readability formulas count.
 *
 * <p>A sentence ends at a run of {@code .}, {@code !}, {@code ?} or an ellipsis, followed by any
 * closing quotes or brackets, then white space or the end of the text. Semicolons and colons do not
 * end sentences. A period does not end one after an abbreviation that introduces what follows ("Dr.",
 * "e.g.", "vs.", "St.", "No. 5", "U.S."), after an initial in a name ("C. Delacour"), inside a number
 * ("2.5 mg") or when the next word starts with a lower-case letter. Text after the last sentence end
 * is a sentence too, so a paragraph without a final period is one sentence. The class is
 * thread-safe: what it keeps between calls is a buffer per thread, and no answer depends on it.
 */
public final class Sentences {

    private Sentences() {}

    /**
     * Abbreviations that are followed by more of the same sentence: titles before names, "e.g.",
     * "vs.", "St. John's wort". "U.S." is here because in health writing it nearly always names an
     * agency ("U.S. Food and Drug Administration"); a sentence that ends with it runs on into the next.
     * Lower case, without the final period.
     */
    private static final Set<String> NEVER_FINAL = Set.of(
            "dr", "mr", "mrs", "ms", "mx", "prof", "st", "mt", "rev", "vs", "cf", "fig", "figs", "approx",
            "e.g", "i.e", "u.s", "u.k");

    /** The length of the longest of {@link #NEVER_FINAL}, longer than "no" and than an initial. */
    private static final int LONGEST_NEVER_FINAL = NEVER_FINAL.stream().mapToInt(String::length).max().orElse(0);

    /**
     * Title abbreviations: an initial after one of them is part of a name ("Dr. C. Delacour").
     */
    private static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "mx", "prof", "rev", "st");

    /** Lower-case words after which a capital letter and a period are an initial ("by C. Delacour"). */
    private static final Set<String> BEFORE_NAMES = Set.of("by", "and", "with", "from", "of", "for", "to", "&");

    /** {@link #KIND}: an ASCII letter or digit. */
    private static final int WORD = 1;
    /** {@link #KIND}: a period, an exclamation mark or a question mark. */
    private static final int TERMINATOR = 2;
    /** {@link #KIND}: an apostrophe, a hyphen, a period or a comma, which may join a word's parts. */
    private static final int JOINER_OR_COMMA = 4;
    /** {@link #KIND}: white space, as {@link Character#isWhitespace(char)} tells it. */
    private static final int SPACE = 8;
    /** {@link #KIND}: an ASCII letter. */
    private static final int LETTER = 16;

    /**
     * {@link #NEVER_FINAL} by length, as characters, so that the word before a period is looked up
     * without making a lower-case string of it (a substring, its lower case and a set's hash were
     * half of the test for a sentence's end).
     */
    private static final char[][][] NEVER_FINAL_BY_LENGTH = new char[LONGEST_NEVER_FINAL + 1][][];

    static {
        for (int length = 0; length <= LONGEST_NEVER_FINAL; length++) {
            List<char[]> words = new ArrayList<>();
            for (String word : NEVER_FINAL) {
                if (word.length() == length) {
                    words.add(word.toCharArray());
                }
            }
            NEVER_FINAL_BY_LENGTH[length] = words.toArray(new char[0][]);
        }
    }

    /**
     * What each ASCII character is to the split, as bits. Under the launcher's compiler (C1), a test
     * such as {@code c >= 'a' && c <= 'z' || ...} written as a method is too large to be inlined, and
     * was a call for every character of every text; a table read is inlined.
     */
    private static final byte[] KIND = new byte[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            KIND[c] = WORD;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            KIND[c] = WORD;
            KIND[Character.toUpperCase(c)] = WORD;
        }
        for (char c = 0; c < 128; c++) {
            if (Character.isWhitespace(c)) {
                KIND[c] |= SPACE;
            }
            if (Character.isLetter(c)) {
                KIND[c] |= LETTER;
            }
        }
        KIND['!'] = TERMINATOR;
        KIND['?'] = TERMINATOR;
        KIND['.'] = TERMINATOR | JOINER_OR_COMMA;
        KIND['\''] = JOINER_OR_COMMA;
        KIND['-'] = JOINER_OR_COMMA;
        KIND[','] = JOINER_OR_COMMA;
    }

    /**
     * Buffers reused by the splits on one thread: a text's characters (under the launcher's compiler,
     * C1, each {@code String.charAt} is a call and an array read is not) and the bounds found.
     */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** The buffers of one thread. */
    private static final class Scratch {
        /**
         * The most characters (and word bounds) a thread keeps between texts: a longer paragraph
         * gets buffers of its size that are dropped after it, so that a pooled thread (the
         * language server's, an application's) does not hold the largest paragraph it ever saw.
         */
        static final int KEPT = 1 << 16;

        char[] chars = new char[1024];
        /** For each sentence: its start, its end and its number of words. */
        int[] sentences = new int[3 * 16];
        /** For each word: its start and its end. */
        int[] words = new int[2 * 128];

        /** Drops the buffers that a long text made larger than {@link #KEPT}. */
        void shrink() {
            if (chars.length > KEPT) {
                chars = new char[1024];
            }
            if (sentences.length > KEPT) {
                sentences = new int[3 * 16];
            }
            if (words.length > KEPT) {
                words = new int[2 * 128];
            }
        }
    }

    /**
     * A text's sentences and words, found in one pass over its characters: where each sentence and
     * each word starts and ends, and how many words each sentence has. Strings are made only for a
     * sentence that is asked for (a finding quotes one); the syllables are counted from the word
     * bounds. Immutable.
     */
    static final class Split {
        private final String text;
        /** Sentence {@code i} is {@code text.substring(bounds[3i], bounds[3i + 1])} with {@code bounds[3i + 2]} words. */
        private final int[] sentenceBounds;
        /** Word {@code j} (counted across the sentences, in order) is {@code text.substring(words[2j], words[2j + 1])}. */
        private final int[] wordBounds;

        private Split(String text, int[] sentenceBounds, int[] wordBounds) {
            this.text = text;
            this.sentenceBounds = sentenceBounds;
            this.wordBounds = wordBounds;
        }

        /** @return the text that was split */
        String text() {
            return text;
        }

        /** @return the number of sentences */
        int sentenceCount() {
            return sentenceBounds.length / 3;
        }

        /** @return the number of words of all sentences together */
        int words() {
            return wordBounds.length / 2;
        }

        /**
         * @param i a sentence's index
         * @return the number of words of sentence {@code i}
         */
        int wordCount(int i) {
            return sentenceBounds[3 * i + 2];
        }

        /** @return where sentence {@code i} starts in the text */
        int sentenceStart(int i) {
            return sentenceBounds[3 * i];
        }

        /** @return where sentence {@code i} ends in the text (exclusive) */
        int sentenceEnd(int i) {
            return sentenceBounds[3 * i + 1];
        }

        /** @return where word {@code j}, counted across the sentences, starts in the text */
        int wordStart(int j) {
            return wordBounds[2 * j];
        }

        /** @return where word {@code j} ends in the text (exclusive) */
        int wordEnd(int j) {
            return wordBounds[2 * j + 1];
        }

        /**
         * @param i a sentence's index
         * @return sentence {@code i}, trimmed, as {@link Sentences#split(String)} describes it
         */
        String sentence(int i) {
            return text.substring(sentenceStart(i), sentenceEnd(i));
        }
    }

    /**
     * Splits a text into sentences and words in one pass over its characters.
     *
     * <p>The sentences come in order, each trimmed of surrounding white space and keeping its final
     * punctuation and closing quotes or brackets. Abbreviations that may end a sentence ("etc.",
     * "a.m.", "p.m.", "Inc.", "Jr.") end it when the next word starts with a capital letter. An
     * ellipsis ends a sentence under the same condition. A single capital letter with a period ends
     * a sentence ("Take vitamin D. It helps.") unless it starts the sentence, follows a comma, a
     * title, another initial, a capitalised word inside the sentence, or one of "by", "and", "with",
     * "from", "of", "for", "to" ("written by C. Delacour").
     *
     * <p>The words of sentence {@code i} are those of {@code words(split.sentence(i))}. A sentence ends where white space (or the end of the text)
     * follows, and no word holds white space, so a word never spans two sentences: the words of the
     * whole text, found in the same pass that finds the sentence ends, fall into the sentences in order.
     * The form before this one made a string of each sentence, copied its characters to count its words,
     * and made a list of strings of its words to count their syllables: a quarter of the editorial
     * rules' time (see docs/performance.md).
     *
     * @param text prose, possibly empty; line breaks are ordinary white space
     * @return its sentences and words; none when the text is blank
     */
    static Split split(String text) {
        Scratch scratch = SCRATCH.get();
        int n = text.length();
        if (scratch.chars.length < n) {
            scratch.chars = new char[Math.max(n, 2 * scratch.chars.length)];
        }
        char[] s = scratch.chars;
        text.getChars(0, n, s, 0);
        int[] sentences = scratch.sentences;
        int[] words = scratch.words;
        int sentenceInts = 0;
        int wordInts = 0;
        int sentenceStart = 0;
        int firstWord = 0;
        int i = 0;
        while (i < n) {
            char ch = s[i];
            boolean word;
            if (ch < 128) {
                int kind = KIND[ch];
                if ((kind & (WORD | TERMINATOR)) == 0) {
                    i++;
                    continue;
                }
                word = (kind & WORD) != 0;
            } else {
                int c = Character.codePointAt(s, i, n);
                word = Character.isLetterOrDigit(c);
                if (!word && ch != '\u2026' && ch != '\u203d') {
                    i += Character.charCount(c);
                    continue;
                }
            }
            if (word) {
                int start = i;
                i = wordEnd(s, n, i);
                if (wordInts + 2 > words.length) {
                    words = Arrays.copyOf(words, 2 * words.length);
                    scratch.words = words;
                }
                words[wordInts++] = start;
                words[wordInts++] = i;
                continue;
            }
            // A run of terminators: the same test, at the same places, as the split into strings made.
            int runStart = i;
            int runEnd = i;
            while (runEnd < n && isTerminator(s[runEnd])) {
                runEnd++;
            }
            int end = runEnd;
            while (end < n && isCloser(s[end])) {
                end++;
            }
            if ((end == n || isWhitespace(s[end])) && endsSentence(text, s, n, sentenceStart, runStart, runEnd, end)) {
                if (sentenceInts + 3 > sentences.length) {
                    sentences = Arrays.copyOf(sentences, 2 * sentences.length);
                    scratch.sentences = sentences;
                }
                sentenceInts = add(sentences, sentenceInts, s, n, sentenceStart, end, wordInts / 2 - firstWord);
                sentenceStart = end;
                firstWord = wordInts / 2;
            }
            i = end;
        }
        if (sentenceInts + 3 > sentences.length) {
            sentences = Arrays.copyOf(sentences, 2 * sentences.length);
            scratch.sentences = sentences;
        }
        sentenceInts = add(sentences, sentenceInts, s, n, sentenceStart, n, wordInts / 2 - firstWord);
        Split split = new Split(text, Arrays.copyOf(sentences, sentenceInts), Arrays.copyOf(words, wordInts));
        scratch.shrink();
        return split;
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
        char[] chars = sentence.toCharArray();
        List<String> words = new ArrayList<>();
        int i = wordStart(chars, chars.length, 0);
        while (i < chars.length) {
            int end = wordEnd(chars, chars.length, i);
            words.add(sentence.substring(i, end));
            i = wordStart(chars, chars.length, end);
        }
        return List.copyOf(words);
    }

    /**
     * How many words a sentence has: {@code words(sentence).size()}, found without making the
     * words.
     *
     * @param sentence one sentence (or any text)
     * @return the number of words
     */
    public static int wordCount(String sentence) {
        char[] chars = sentence.toCharArray();
        int count = 0;
        int i = wordStart(chars, chars.length, 0);
        while (i < chars.length) {
            count++;
            i = wordStart(chars, chars.length, wordEnd(chars, chars.length, i));
        }
        return count;
    }

    /** The index of the first letter or digit at or after {@code from}; {@code n} if none. */
    private static int wordStart(char[] s, int n, int from) {
        int i = from;
        while (i < n) {
            char ch = s[i];
            if (ch < 128) {
                if ((KIND[ch] & WORD) != 0) {
                    return i;
                }
                i++;
                continue;
            }
            int c = Character.codePointAt(s, i, n);
            if (Character.isLetterOrDigit(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return n;
    }

    /** The end of the word that starts at {@code start}, a letter or digit, in the first {@code n} characters. */
    private static int wordEnd(char[] s, int n, int start) {
        int i = s[start] < 128 ? start + 1 : start + Character.charCount(Character.codePointAt(s, start, n));
        while (i < n) {
            char ch = s[i];
            if (ch < 128) {
                int kind = KIND[ch];
                if ((kind & WORD) != 0) {
                    i++;
                    continue;
                }
                if ((kind & JOINER_OR_COMMA) == 0 || !isJoiner(s, n, i)) {
                    break;
                }
                i++;
                continue;
            }
            int d = Character.codePointAt(s, i, n);
            if (Character.isLetterOrDigit(d)) {
                i += Character.charCount(d);
            } else if (isJoiner(s, n, i)) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * {@link Character#isLetterOrDigit(int)}, answered from {@link #KIND} for ASCII, which is most
     * of the text.
     */
    private static boolean isLetterOrDigit(int c) {
        if (c < 128) {
            return (KIND[c] & WORD) != 0;
        }
        return Character.isLetterOrDigit(c);
    }

    /**
     * Whether the character at {@code i} sits inside a word: between two letters or digits. The
     * character itself is tested first: this is asked at the end of every word, which is most often
     * a space, and reading the next code point first was a call to {@code Character.codePointAt} per
     * word.
     */
    private static boolean isJoiner(char[] s, int n, int i) {
        char c = s[i];
        boolean joins = c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '\u2011' || c == '.';
        if (!joins && c != ',') {
            return false;
        }
        if (i + 1 >= n || i == 0) {
            return false;
        }
        int next = Character.codePointAt(s, i + 1, n);
        if (!isLetterOrDigit(next)) {
            return false;
        }
        return joins || (isAsciiDigit(s[i - 1]) && isAsciiDigit(s[i + 1]));
    }

    /**
     * Whether the run of terminators at {@code runStart..runEnd}, closed at {@code end}, ends a
     * sentence. {@code s} holds the text's {@code n} characters; the tests read it, and ASCII
     * characters are told apart by {@link #KIND} (under C1, {@code String.charAt} and the
     * {@code Character} tests are calls).
     */
    private static boolean endsSentence(String text, char[] s, int n, int sentenceStart, int runStart, int runEnd, int end) {
        int next = end;
        while (next < n && isWhitespace(s[next])) {
            next++;
        }
        if (next == n) {
            return true;
        }
        char following = s[next];
        if (following < 128 ? following >= 'a' && following <= 'z' : Character.isLowerCase(following)) {
            return false; // "... approx. two", "Really? she asked"
        }
        if (following == '.' || following == '\u2026') {
            return false; // a spaced ellipsis ". . ." continues
        }
        if (runEnd - runStart != 1 || s[runStart] != '.') {
            return true; // "!", "?", "?!", "...": nothing to disambiguate
        }
        int tokenStart = runStart;
        boolean ascii = true;
        while (tokenStart > sentenceStart) {
            char c = s[tokenStart - 1];
            if (c < 128) {
                if ((KIND[c] & LETTER) == 0 && c != '.') {
                    break;
                }
            } else if (Character.isLetter(c)) {
                ascii = false;
            } else {
                break;
            }
            tokenStart--;
            if (runStart - tokenStart > LONGEST_NEVER_FINAL) {
                // Not an abbreviation that goes on, not "no", not an initial: most words before
                // a period. Lower case is never shorter (String.toLowerCase only lengthens, as
                // for a dotted capital I), so the token's string is not made for the look-ups.
                return true;
            }
        }
        if (tokenStart == runStart) {
            return true; // "2020." or "(see above)."
        }
        if (ascii) {
            if (isNeverFinal(s, tokenStart, runStart)) {
                return false;
            }
            if (runStart - tokenStart == 2 && toLowerAscii(s[tokenStart]) == 'n' && toLowerAscii(s[tokenStart + 1]) == 'o'
                    && Character.isDigit(following)) {
                return false; // "No. 5"; but "The answer is no. Then ..."
            }
        } else {
            // A letter outside ASCII may lower-case to ASCII (the Kelvin sign to k) or to two
            // characters: the token's lower case is made as a string, as the look-up was written.
            String token = text.substring(tokenStart, runStart).toLowerCase(Locale.ROOT);
            if (NEVER_FINAL.contains(token)) {
                return false;
            }
            if (token.equals("no") && Character.isDigit(following)) {
                return false;
            }
        }
        if (runStart - tokenStart == 1 && Character.isUpperCase(s[tokenStart])) {
            return !isInitial(text, sentenceStart, tokenStart);
        }
        return true;
    }

    /**
     * Whether {@code s[from..to)}, ASCII letters and periods, is one of {@link #NEVER_FINAL} in any
     * case: {@code NEVER_FINAL.contains(token.toLowerCase(Locale.ROOT))}, which for ASCII lower-cases
     * A to Z alone.
     */
    private static boolean isNeverFinal(char[] s, int from, int to) {
        int length = to - from;
        if (length > LONGEST_NEVER_FINAL) {
            return false;
        }
        for (char[] word : NEVER_FINAL_BY_LENGTH[length]) {
            int i = 0;
            while (i < length && toLowerAscii(s[from + i]) == word[i]) {
                i++;
            }
            if (i == length) {
                return true;
            }
        }
        return false;
    }

    /** An ASCII character in lower case. */
    private static char toLowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** {@link Character#isWhitespace(char)}, answered from {@link #KIND} for ASCII. */
    private static boolean isWhitespace(char c) {
        return c < 128 ? (KIND[c] & SPACE) != 0 : Character.isWhitespace(c);
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

    /**
     * Adds the bounds of {@code text.substring(start, end).strip()} and its number of words unless it
     * is empty (then it has no words). {@code s} holds the text's {@code n} characters.
     *
     * @return the number of ints of {@code sentences} used
     */
    private static int add(int[] sentences, int used, char[] s, int n, int start, int end, int words) {
        int from = start;
        int to = end;
        while (from < to) {
            char c = s[from];
            if (c < 128) {
                if ((KIND[c] & SPACE) == 0) {
                    break;
                }
                from++;
            } else {
                int cp = Character.codePointAt(s, from, n);
                if (!Character.isWhitespace(cp)) {
                    break;
                }
                from += Character.charCount(cp);
            }
        }
        while (to > from) {
            char c = s[to - 1];
            if (c < 128) {
                if ((KIND[c] & SPACE) == 0) {
                    break;
                }
                to--;
            } else {
                int cp = Character.codePointBefore(s, to);
                if (!Character.isWhitespace(cp)) {
                    break;
                }
                to -= Character.charCount(cp);
            }
        }
        if (from == to) {
            return used;
        }
        sentences[used] = from;
        sentences[used + 1] = to;
        sentences[used + 2] = words;
        return used + 3;
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
