package org.conditioncontent.loader.rules.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Flesch-Kincaid grade and Flesch Reading Ease of prose, with the sentence that is hardest to read.
 *
 * <p>With W words, S sentences and Sy syllables:
 * <ul>
 *   <li>Flesch-Kincaid grade level: {@code 0.39 × W/S + 11.8 × Sy/W − 15.59}, a US school grade;
 *       patient information should score below 8 (NIH) and ideally 6 or lower. Its minimum is
 *       −3.40 (one-syllable words, one-word sentences); it has no maximum.</li>
 *   <li>Flesch Reading Ease: {@code 206.835 − 1.015 × W/S − 84.6 × Sy/W}; higher is easier, 60-70
 *       is plain English, at most 121.22, and it can be negative.</li>
 * </ul>
 *
 * <p>Sentences and words come from {@link Sentences}, syllables from {@link Syllables}. A "sentence"
 * without any word (a stray "..." or a dash) is not counted. A sentence with no lower-case letter and
 * more than one word (a heading or a warning in capitals) is counted in lower case, so its words are
 * not spelled out as initialisms. The class is thread-safe: what it keeps between calls (a buffer and
 * the syllables of the words met) is kept per thread, and no answer depends on it.
 */
public final class Readability {

    private Readability() {}

    /**
     * The counts and scores of a text.
     *
     * <p>When the text has no words, every count is 0, {@code grade} and
     * {@link #fleschReadingEase()} are 0.0, {@code hardestSentence} is "" and
     * {@code hardestParagraph} is −1: neither score means anything then, so check {@link #isEmpty()}
     * (or a minimum number of words) before comparing them with a threshold.
     *
     * @param words the words of all paragraphs
     * @param sentences the sentences of all paragraphs, at least 1 when there are words
     * @param syllables the syllables of all words
     * @param grade the Flesch-Kincaid grade level of the whole text
     * @param hardestSentence the sentence with the highest Flesch-Kincaid grade on its own, the first
     *     of equals; "" when there is none
     * @param hardestParagraph the index, in the list given to {@link Readability#score(List)}, of the
     *     paragraph that holds {@code hardestSentence}; −1 when there is none
     */
    public record Score(int words, int sentences, int syllables, double grade, String hardestSentence, int hardestParagraph) {

        /** Checks that the counts are not negative and the sentence is not null. */
        public Score {
            Objects.requireNonNull(hardestSentence, "hardestSentence");
            if (words < 0 || sentences < 0 || syllables < 0) {
                throw new IllegalArgumentException("counts must be >= 0, got words=" + words + ", sentences="
                        + sentences + ", syllables=" + syllables);
            }
        }

        /**
         * The Flesch Reading Ease of the whole text, {@code 206.835 − 1.015 × words/sentences −
         * 84.6 × syllables/words}; 0.0 when there are no words.
         */
        public double fleschReadingEase() {
            if (words == 0 || sentences == 0) {
                return 0.0;
            }
            return 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
        }

        /** Whether the text had no words, in which case neither score is meaningful. */
        public boolean isEmpty() {
            return words == 0;
        }
    }

    /**
     * Scores paragraphs of prose as one text.
     *
     * @param paragraphs the paragraphs, in order; blank ones are allowed and count for nothing but
     *     their index
     * @return the counts, the Flesch-Kincaid grade of all paragraphs together, and the hardest sentence
     */
    public static Score score(List<String> paragraphs) {
        List<Sentences.Split> splits = new ArrayList<>(paragraphs.size());
        for (int p = 0; p < paragraphs.size(); p++) {
            splits.add(Sentences.split(Objects.requireNonNull(paragraphs.get(p), "paragraph " + p)));
        }
        return scoreSplits(splits);
    }

    /**
     * Scores paragraphs already split, as {@link #score(List)} scores them.
     *
     * <p>The syllables of each word are looked up by the word's characters in the paragraph, in a table
     * of this thread's words: no string is made for a word met before (prose repeats its words), and a
     * word met for the first time is counted by {@link Syllables#count(String)} from its string, as
     * before. A sentence in capitals is counted in lower case; when such a sentence holds a letter
     * outside ASCII, its words are lower-cased as strings ({@code String.toLowerCase} may change their
     * length), not looked up.
     *
     * @param splits the paragraphs' splits, in order
     * @return the counts, the grade and the hardest sentence, as {@link #score(List)} gives them
     */
    static Score scoreSplits(List<Sentences.Split> splits) {
        Counted counted = COUNTED.get();
        int words = 0;
        int sentences = 0;
        int syllables = 0;
        Sentences.Split hardestSplit = null;
        int hardestSentence = -1;
        int hardestParagraph = -1;
        double hardestGrade = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < splits.size(); p++) {
            Sentences.Split split = splits.get(p);
            int sentenceCount = split.sentenceCount();
            if (sentenceCount == 0) {
                continue;
            }
            String text = split.text();
            char[] chars = counted.chars(text);
            int word = 0;
            for (int i = 0; i < sentenceCount; i++) {
                int sentenceWords = split.wordCount(i);
                if (sentenceWords == 0) {
                    continue;
                }
                boolean shouted = sentenceWords > 1 && !hasLowerCase(chars, split.sentenceStart(i), split.sentenceEnd(i));
                int sentenceSyllables = 0;
                for (int w = word; w < word + sentenceWords; w++) {
                    sentenceSyllables += counted.syllables(text, chars, split.wordStart(w), split.wordEnd(w), shouted);
                }
                word += sentenceWords;
                double sentenceGrade = grade(sentenceWords, 1, sentenceSyllables);
                if (sentenceGrade > hardestGrade) {
                    hardestGrade = sentenceGrade;
                    hardestSplit = split;
                    hardestSentence = i;
                    hardestParagraph = p;
                }
                words += sentenceWords;
                sentences++;
                syllables += sentenceSyllables;
            }
        }
        String hardest = hardestSplit == null ? "" : hardestSplit.sentence(hardestSentence);
        return new Score(words, sentences, syllables, grade(words, sentences, syllables), hardest, hardestParagraph);
    }

    /**
     * How many words paragraphs hold, counted as {@link #score(List)} counts them but without the
     * syllables: for a rule that scores only prose long enough to be scored, most of an
     * article's fields are not, and counting syllables was most of the scoring.
     *
     * @param paragraphs the paragraphs
     * @return the number of words, {@link Score#words()} of the same paragraphs
     */
    public static int words(List<String> paragraphs) {
        int words = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            words += Sentences.split(paragraphs.get(p)).words();
        }
        return words;
    }

    /** The syllables of the words met on one thread, by their characters, and a buffer for a paragraph's characters. */
    private static final ThreadLocal<Counted> COUNTED = ThreadLocal.withInitial(Counted::new);

    /**
     * An open-addressing table from a word's characters to its syllables. A count depends on the word
     * alone, so what the table holds changes no answer; it is emptied when it is three quarters full,
     * which bounds it on a hostile or huge corpus.
     */
    static final class Counted {
        private static final int SLOTS = 8192;
        private static final int LIMIT = SLOTS / 4 * 3;
        private static final int MAX_LENGTH = 40;
        /**
         * How many slots a look-up tries before it counts the word without the table. The slot
         * comes from a few characters only, so words made to share them (or many that happen to)
         * would otherwise chain into one run that every later look-up walks; past this bound such
         * a word costs what a word the table does not know costs, and no more.
         */
        private static final int MAX_PROBES = 8;

        private final char[][] words = new char[SLOTS][];
        private final int[] syllables = new int[SLOTS];
        private int used;
        private char[] chars = new char[1024];

        /**
         * The text's characters, in a buffer kept for the next text; a text longer than
         * {@code Sentences}' kept buffers gets one of its own, so that a pooled thread does not
         * hold the longest paragraph it ever scored.
         */
        char[] chars(String text) {
            int n = text.length();
            if (n > 1 << 16) {
                return text.toCharArray();
            }
            if (chars.length < n) {
                chars = new char[Math.max(n, 2 * chars.length)];
            }
            text.getChars(0, n, chars, 0);
            return chars;
        }

        /**
         * {@code Syllables.count(lower ? word.toLowerCase(Locale.ROOT) : word)} of the word
         * {@code text.substring(start, end)}, whose characters are {@code chars[start..end)}.
         *
         * <p>The slot comes from the word's length and four of its characters (the first two, the
         * middle one and the last), not from all of them: the comparison with the word found there
         * reads every character anyway, and under C1 a hash of every character was a second pass as
         * long as the comparison. Which slot a word takes changes no count. A word that finds
         * neither itself nor an empty slot within {@link #MAX_PROBES} slots is counted without the
         * table and not kept.
         */
        int syllables(String text, char[] chars, int start, int end, boolean lower) {
            int length = end - start;
            if (lower) {
                for (int i = start; i < end; i++) {
                    if (chars[i] >= 128) {
                        return Syllables.count(text.substring(start, end).toLowerCase(Locale.ROOT));
                    }
                }
            }
            if (length > MAX_LENGTH) {
                return Syllables.count(word(text, chars, start, end, lower));
            }
            int hash = 31 * length + at(chars, start, lower);
            hash = 31 * hash + at(chars, start + (length > 1 ? 1 : 0), lower);
            hash = 31 * hash + at(chars, start + (length >> 1), lower);
            hash = 31 * hash + at(chars, end - 1, lower);
            int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
            int probes = 0;
            for (char[] known = words[slot]; known != null; known = words[slot]) {
                if (known.length == length) {
                    int i = 0;
                    while (i < length && known[i] == at(chars, start + i, lower)) {
                        i++;
                    }
                    if (i == length) {
                        return syllables[slot];
                    }
                }
                if (++probes == MAX_PROBES) {
                    return Syllables.count(word(text, chars, start, end, lower));
                }
                slot = (slot + 1) & (SLOTS - 1);
            }
            String word = word(text, chars, start, end, lower);
            int count = Syllables.count(word);
            if (used >= LIMIT) {
                Arrays.fill(words, null);
                used = 0;
                slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
            }
            words[slot] = word.toCharArray();
            syllables[slot] = count;
            used++;
            return count;
        }

        /** How many words the table keeps now; it starts again empty when it holds {@link #LIMIT}. */
        int kept() {
            return used;
        }

        /** The character at {@code i}, in lower case when asked (it is ASCII then). */
        private static char at(char[] chars, int i, boolean lower) {
            char c = chars[i];
            return lower && c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }

        /** The word as a string, in lower case when asked (its characters are ASCII then). */
        private static String word(String text, char[] chars, int start, int end, boolean lower) {
            if (!lower) {
                return text.substring(start, end);
            }
            char[] lowered = new char[end - start];
            for (int i = start; i < end; i++) {
                char c = chars[i];
                lowered[i - start] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            }
            return new String(lowered);
        }
    }

    /**
     * The Flesch-Kincaid grade level, {@code 0.39 × words/sentences + 11.8 × syllables/words − 15.59};
     * 0.0 when there are no words or no sentences.
     */
    static double grade(int words, int sentences, int syllables) {
        if (words == 0 || sentences == 0) {
            return 0.0;
        }
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    /**
     * Whether a sentence has a lower-case letter; ASCII is told without {@code Character}'s
     * tables, which under C1 are calls for each character.
     */
    private static boolean hasLowerCase(char[] s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s[i];
            if (c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c)) {
                return true;
            }
        }
        return false;
    }
}
