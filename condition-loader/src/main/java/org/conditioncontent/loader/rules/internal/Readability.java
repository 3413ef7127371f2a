package org.conditioncontent.loader.rules.internal;

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
 * not spelled out as initialisms. The class is stateless and thread-safe.
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
        int words = 0;
        int sentences = 0;
        int syllables = 0;
        String hardest = "";
        int hardestParagraph = -1;
        double hardestGrade = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < paragraphs.size(); p++) {
            String paragraph = Objects.requireNonNull(paragraphs.get(p), "paragraph " + p);
            for (String sentence : Sentences.sentences(paragraph)) {
                List<String> sentenceWords = Sentences.words(sentence);
                if (sentenceWords.isEmpty()) {
                    continue;
                }
                boolean shouted = sentenceWords.size() > 1 && !hasLowerCase(sentence);
                int sentenceSyllables = 0;
                for (String word : sentenceWords) {
                    sentenceSyllables += Syllables.count(shouted ? word.toLowerCase(Locale.ROOT) : word);
                }
                double sentenceGrade = grade(sentenceWords.size(), 1, sentenceSyllables);
                if (sentenceGrade > hardestGrade) {
                    hardestGrade = sentenceGrade;
                    hardest = sentence;
                    hardestParagraph = p;
                }
                words += sentenceWords.size();
                sentences++;
                syllables += sentenceSyllables;
            }
        }
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
            for (int count : Sentences.wordCounts(paragraphs.get(p))) {
                words += count;
            }
        }
        return words;
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

    private static boolean hasLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
