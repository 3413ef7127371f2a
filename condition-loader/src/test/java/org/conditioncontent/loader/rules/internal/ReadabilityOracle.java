package org.conditioncontent.loader.rules.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@link Readability}'s scoring as it was before it read each paragraph in one pass (sentences,
 * words and syllables from made strings: one list of words per sentence, one string per word),
 * kept as the oracle that the one-pass form must answer exactly as.
 */
final class ReadabilityOracle {

    private ReadabilityOracle() {}

    static Readability.Score score(List<String> paragraphs) {
        int words = 0;
        int sentences = 0;
        int syllables = 0;
        String hardest = "";
        int hardestParagraph = -1;
        double hardestGrade = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < paragraphs.size(); p++) {
            String paragraph = Objects.requireNonNull(paragraphs.get(p), "paragraph " + p);
            for (String sentence : SentencesOracle.sentences(paragraph)) {
                List<String> sentenceWords = SentencesOracle.words(sentence);
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
        return new Readability.Score(words, sentences, syllables, grade(words, sentences, syllables), hardest, hardestParagraph);
    }

    static int words(List<String> paragraphs) {
        int words = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            for (int count : SentencesOracle.wordCounts(paragraphs.get(p))) {
                words += count;
            }
        }
        return words;
    }

    private static double grade(int words, int sentences, int syllables) {
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
