package org.conditioncontent.loader.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ReadabilityTest {

    private static final double TOLERANCE = 0.01;

    @Test
    void theCatSatOnTheMat() {
        Readability.Score score = Readability.score(List.of("The cat sat on the mat."));
        assertThat(score.words()).isEqualTo(6);
        assertThat(score.sentences()).isEqualTo(1);
        assertThat(score.syllables()).isEqualTo(6);
        // 0.39 x 6/1 + 11.8 x 6/6 - 15.59 = 2.34 + 11.8 - 15.59
        assertThat(score.grade()).isCloseTo(-1.45, within(TOLERANCE));
        // 206.835 - 1.015 x 6 - 84.6 x 1
        assertThat(score.fleschReadingEase()).isCloseTo(116.145, within(TOLERANCE));
        assertThat(score.hardestSentence()).isEqualTo("The cat sat on the mat.");
        assertThat(score.hardestParagraph()).isZero();
        assertThat(score.isEmpty()).isFalse();
    }

    @Test
    void theSeedArticlesDefinition() {
        // Noc-tur-nal(3) leg cramps are sud-den(2) spasms(2) in the low-er(2) leg and foot mus-cles(2): 13 words, 19 syllables.
        // The calf mus-cles(2) are most of-ten(2) in-volved(2): 7 words, 10 syllables.
        // The cramps are pain-ful(2) and of-ten(2) dis-rupt(2) sleep: 8 words, 11 syllables.
        Readability.Score score = Readability.score(List.of("Nocturnal leg cramps are sudden spasms in the lower leg and foot "
                + "muscles. The calf muscles are most often involved. The cramps are painful and often disrupt sleep."));
        assertThat(score.words()).isEqualTo(28);
        assertThat(score.sentences()).isEqualTo(3);
        assertThat(score.syllables()).isEqualTo(40);
        // 0.39 x 28/3 + 11.8 x 40/28 - 15.59 = 3.64 + 16.857 - 15.59
        assertThat(score.grade()).isCloseTo(4.907, within(TOLERANCE));
        // 206.835 - 1.015 x 28/3 - 84.6 x 40/28 = 206.835 - 9.473 - 120.857
        assertThat(score.fleschReadingEase()).isCloseTo(76.505, within(TOLERANCE));
        // Grades alone: 6.73, 4.00 and 3.76.
        assertThat(score.hardestSentence()).isEqualTo("Nocturnal leg cramps are sudden spasms in the lower leg and foot muscles.");
        assertThat(score.hardestParagraph()).isZero();
    }

    @Test
    void paragraphsAreScoredAsOneTextAndTheHardestSentenceNamesItsParagraph() {
        Readability.Score score = Readability.score(List.of("Rest.", "Physicians recommend hydration.", "Drink water."));
        // Rest(1). Phy-si-cians(3) rec-om-mend(3) hy-dra-tion(3). Drink wa-ter(2).
        assertThat(score.words()).isEqualTo(6);
        assertThat(score.sentences()).isEqualTo(3);
        assertThat(score.syllables()).isEqualTo(13);
        // 0.39 x 6/3 + 11.8 x 13/6 - 15.59 = 0.78 + 25.567 - 15.59
        assertThat(score.grade()).isCloseTo(10.757, within(TOLERANCE));
        assertThat(score.hardestSentence()).isEqualTo("Physicians recommend hydration.");
        assertThat(score.hardestParagraph()).isEqualTo(1);
    }

    @Test
    void wordsCountsWhatTheScoreCounts() {
        List<List<String>> texts = List.of(List.of(), List.of(""), List.of("Rest.", "Physicians recommend hydration.", "Drink water."),
                List.of("TAKE WITH FOOD. Dr. C. Delacour, e.g. 2.5 mg... and/or x-ray?", "— ... !", "Don't stop; it's 1,000 mg."));
        for (List<String> text : texts) {
            assertThat(Readability.words(text)).as(text.toString()).isEqualTo(Readability.score(text).words());
        }
        assertThat(Readability.words(texts.get(3))).isGreaterThan(15);
    }

    @Test
    void theFirstOfEquallyHardSentencesIsTheHardest() {
        Readability.Score score = Readability.score(List.of("", "Go home. Eat now.", "Sit down."));
        assertThat(score.hardestSentence()).isEqualTo("Go home.");
        assertThat(score.hardestParagraph()).isEqualTo(1);
    }

    @Test
    void aSentencesGradeWeighsItsLengthAndItsWordsTogether() {
        Readability.Score score = Readability.score(List.of(
                "Medication helps.",
                "If the pain in your leg or foot does not go away in a day or two then you should call the nurse or the doctor."));
        // 2 words, 5 syllables: 0.78 + 29.5 - 15.59 = 14.69; 26 words, 28 syllables: 10.14 + 12.71 - 15.59 = 7.26.
        assertThat(score.hardestSentence()).isEqualTo("Medication helps.");
        // Against two one-syllable words (-3.01) the long sentence is the hardest.
        Readability.Score plain = Readability.score(List.of(
                "Rest now.",
                "If the pain in your leg or foot does not go away in a day or two then you should call the nurse or the doctor."));
        assertThat(plain.hardestParagraph()).isEqualTo(1);
    }

    @Test
    void aSentenceInCapitalsIsReadAsWordsNotSpelledOut() {
        Readability.Score score = Readability.score(List.of("DO NOT TAKE WITH ALCOHOL."));
        assertThat(score.words()).isEqualTo(5);
        assertThat(score.syllables()).isEqualTo(7);
    }

    @Test
    void numbersCountAsTheyAreRead() {
        Readability.Score score = Readability.score(List.of("Take 50 mg at 9 p.m."));
        // Take(1) fif-ty(2) em-gee(2) at(1) nine(1) pee-em(2)
        assertThat(score.words()).isEqualTo(6);
        assertThat(score.syllables()).isEqualTo(9);
    }

    @Test
    void emptyTextHasZeroCountsAndNoHardestSentence() {
        for (List<String> nothing : List.of(List.<String>of(), List.of(""), List.of("  ", "\n"), List.of("... \u2014"))) {
            Readability.Score score = Readability.score(nothing);
            assertThat(score).isEqualTo(new Readability.Score(0, 0, 0, 0.0, "", -1));
            assertThat(score.fleschReadingEase()).isZero();
            assertThat(score.isEmpty()).isTrue();
        }
    }

    @Test
    void oneWordIsTheEasiestPossibleText() {
        Readability.Score score = Readability.score(List.of("Rest"));
        assertThat(score.words()).isEqualTo(1);
        assertThat(score.sentences()).isEqualTo(1);
        assertThat(score.syllables()).isEqualTo(1);
        // The formulas' bounds: grade 0.39 + 11.8 - 15.59 = -3.40, reading ease 206.835 - 1.015 - 84.6 = 121.22.
        assertThat(score.grade()).isCloseTo(-3.40, within(TOLERANCE));
        assertThat(score.fleschReadingEase()).isCloseTo(121.22, within(TOLERANCE));
        assertThat(score.hardestSentence()).isEqualTo("Rest");
        assertThat(score.hardestParagraph()).isZero();
    }

    @Test
    @Timeout(10)
    void hostileTextTakesLinearTime() {
        // A 1.3-million-character paragraph of one huge word, many tiny sentences and long joined tokens.
        String paragraph = "some".repeat(100_000) + " " + "U.S. e.g. A. ".repeat(25_000) + "2.5,".repeat(50_000) + "x-".repeat(100_000);
        Readability.Score score = Readability.score(List.of(paragraph, paragraph));
        assertThat(score.words()).isPositive();
        assertThat(score.hardestParagraph()).isZero();
    }

    @Test
    void aScoreRejectsNegativeCounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Readability.Score(-1, 0, 0, 0.0, "", -1))
                .withMessageContaining("words=-1");
    }

    /** The scoring from word bounds against the scoring from strings it replaced, kept as {@link ReadabilityOracle}. */
    @Test
    void scoresAsTheScoringFromStringsDid() {
        List<String> texts = GeneratedProse.texts(2022, 3000);
        for (int round = 0; round < 2; round++) { // the second round finds every word in the table
            for (int i = 0; i + 3 <= texts.size(); i += 3) {
                List<String> paragraphs = texts.subList(i, i + 3);
                assertThat(Readability.score(paragraphs)).as(String.join(" | ", paragraphs)).isEqualTo(ReadabilityOracle.score(paragraphs));
                assertThat(Readability.words(paragraphs)).isEqualTo(ReadabilityOracle.words(paragraphs));
            }
        }
    }

    @Test
    void scoresAParagraphLongerThanTheKeptBuffersAsTheScoringFromStringsDid() {
        List<String> paragraphs = List.of("Cramps wake people at night. ".repeat(4000), "A short one after it.");
        for (int round = 0; round < 2; round++) {
            assertThat(Readability.score(paragraphs)).isEqualTo(ReadabilityOracle.score(paragraphs));
        }
    }

    /**
     * Words of one length that agree in the characters the table's slot is made from (the first
     * two, the middle one, the last) and differ elsewhere take the same slot: each must still get
     * its own count, plain and shouted.
     */
    @Test
    void scoresWordsThatShareASlotAsTheScoringFromStringsDid() {
        List<String> paragraphs = new java.util.ArrayList<>();
        String vowels = "aeiouy";
        String consonants = "bcdfgklmnprstvz";
        for (int p = 0; p < 60; p++) {
            StringBuilder paragraph = new StringBuilder();
            for (int w = 0; w < 12; w++) {
                int k = p * 12 + w;
                // "st?a??s": positions 2, 4 and 5 vary, positions 0, 1, 3 (the middle) and 6 do not.
                paragraph.append("st").append((k & 1) == 0 ? vowels.charAt(k % 6) : consonants.charAt(k % 15)).append('a')
                        .append(vowels.charAt(k / 6 % 6)).append(consonants.charAt(k / 36 % 15)).append('s')
                        .append(w % 4 == 3 ? ". " : " ");
            }
            String text = paragraph.toString();
            paragraphs.add(p % 3 == 0 ? text.toUpperCase(java.util.Locale.ROOT) : text);
        }
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i + 4 <= paragraphs.size(); i += 4) {
                List<String> some = paragraphs.subList(i, i + 4);
                assertThat(Readability.score(some)).as(String.join(" | ", some)).isEqualTo(ReadabilityOracle.score(some));
            }
        }
    }

    @Test
    void wordsThatShareASlotBeyondABoundAreCountedWithoutBeingKept() {
        // 720 distinct words with the same length, first two, middle and last characters: the
        // same slot for all. Were each kept, every later look-up would walk the whole run.
        Readability.Counted counted = new Readability.Counted();
        String vowels = "aeiouy";
        String consonants = "bcdfgklmnprstvz";
        for (int round = 0; round < 2; round++) {
            for (int k = 0; k < 720; k++) {
                String word = "st" + ((k & 1) == 0 ? vowels.charAt(k % 6) : consonants.charAt(k % 15)) + "a"
                        + vowels.charAt(k / 6 % 6) + consonants.charAt(k / 36 % 15) + "s";
                String shouted = word.toUpperCase(java.util.Locale.ROOT);
                assertThat(counted.syllables(word, word.toCharArray(), 0, word.length(), false))
                        .as(word).isEqualTo(Syllables.count(word));
                assertThat(counted.syllables(shouted, shouted.toCharArray(), 0, shouted.length(), true))
                        .as(shouted).isEqualTo(Syllables.count(word));
            }
        }
        assertThat(counted.kept()).as("words kept from one run of slots").isLessThanOrEqualTo(8);
    }

    @Test
    void scoresAsBeforeWhenTheTableOfWordsFillsUp() {
        // More distinct words than the table keeps, in plain and in shouted sentences.
        List<String> paragraphs = new java.util.ArrayList<>();
        for (int p = 0; p < 400; p++) {
            StringBuilder paragraph = new StringBuilder();
            for (int w = 0; w < 30; w++) {
                paragraph.append(Integer.toString(p * 30 + w, 26).replace('0', 'q').replace('1', 'e')).append(w % 7 == 6 ? ". " : " ");
            }
            String text = paragraph.toString();
            paragraphs.add(p % 5 == 0 ? text.toUpperCase(java.util.Locale.ROOT) : text);
        }
        for (int round = 0; round < 2; round++) {
            assertThat(Readability.score(paragraphs)).isEqualTo(ReadabilityOracle.score(paragraphs));
        }
    }
}

