package org.conditioncontent.loader.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void splitsOnPeriodsQuestionMarksAndExclamationMarks() {
        assertThat(sentences("Is it serious? Call 911! Then rest your leg."))
                .containsExactly("Is it serious?", "Call 911!", "Then rest your leg.");
    }

    @Test
    void aSemicolonDoesNotEndASentence() {
        assertThat(sentences("Rest your leg; stretch it gently. Sleep."))
                .containsExactly("Rest your leg; stretch it gently.", "Sleep.");
    }

    @Test
    void textWithoutAFinalPeriodIsOneSentence() {
        assertThat(sentences("Cramps are painful")).containsExactly("Cramps are painful");
        assertThat(sentences("Cramps are painful. They pass")).containsExactly("Cramps are painful.", "They pass");
    }

    @Test
    void blankTextHasNoSentences() {
        assertThat(sentences("")).isEmpty();
        assertThat(sentences(" \n\t ")).isEmpty();
    }

    @Test
    void lineBreaksAreWhiteSpace() {
        assertThat(sentences("Stretch the calf\nbefore bed. Drink water."))
                .containsExactly("Stretch the calf\nbefore bed.", "Drink water.");
    }

    @Test
    void titlesBeforeNamesDoNotEndSentences() {
        assertThat(sentences("Dr. Lee and Mr. Grant saw Mrs. Ito and Ms. Diaz. They agreed."))
                .containsExactly("Dr. Lee and Mr. Grant saw Mrs. Ito and Ms. Diaz.", "They agreed.");
        assertThat(sentences("St. John's wort can weaken other medicines. Ask first."))
                .containsExactly("St. John's wort can weaken other medicines.", "Ask first.");
    }

    @Test
    void latinAbbreviationsDoNotEndSentences() {
        assertThat(sentences("Some drugs, e.g. Diuretics, cause cramps. Others, i.e. Statins, may too."))
                .containsExactly("Some drugs, e.g. Diuretics, cause cramps.", "Others, i.e. Statins, may too.");
        assertThat(sentences("Stretching vs. Massage: both help. Try them."))
                .containsExactly("Stretching vs. Massage: both help.", "Try them.");
    }

    @Test
    void etceteraEndsASentenceOnlyBeforeACapital() {
        assertThat(sentences("Eat fruit, nuts, etc. and drink water.")).hasSize(1);
        assertThat(sentences("Eat fruit, nuts, etc. Drink water."))
                .containsExactly("Eat fruit, nuts, etc.", "Drink water.");
    }

    @Test
    void timesOfDayEndASentenceOnlyBeforeACapital() {
        assertThat(sentences("Take it at 8 a.m. and 8 p.m. every day.")).hasSize(1);
        assertThat(sentences("Take it at 8 a.m. Do not skip it."))
                .containsExactly("Take it at 8 a.m.", "Do not skip it.");
    }

    @Test
    void usAndNumberAbbreviations() {
        assertThat(sentences("The U.S. Food and Drug Administration approved it. It is safe."))
                .containsExactly("The U.S. Food and Drug Administration approved it.", "It is safe.");
        assertThat(sentences("See No. 5 on the list. The answer is no. Ask again."))
                .containsExactly("See No. 5 on the list.", "The answer is no.", "Ask again.");
    }

    @Test
    void decimalsDoNotEndSentences() {
        assertThat(sentences("Take 2.5 mg twice a day. Stop at 0.5 mg."))
                .containsExactly("Take 2.5 mg twice a day.", "Stop at 0.5 mg.");
    }

    @Test
    void initialsInNamesDoNotEndSentences() {
        assertThat(sentences("C. Delacour wrote this article. It was reviewed."))
                .containsExactly("C. Delacour wrote this article.", "It was reviewed.");
        assertThat(sentences("Written by C. Delacour. Reviewed by Dr. J. R. Smith."))
                .containsExactly("Written by C. Delacour.", "Reviewed by Dr. J. R. Smith.");
        assertThat(sentences("The nurse, A. Okafor, will call."))
                .containsExactly("The nurse, A. Okafor, will call.");
    }

    @Test
    void aCapitalLetterAfterAnOrdinaryWordEndsTheSentence() {
        assertThat(sentences("Take vitamin D. It helps the bones."))
                .containsExactly("Take vitamin D.", "It helps the bones.");
        assertThat(sentences("Get vaccinated against hepatitis B. Ask your doctor."))
                .containsExactly("Get vaccinated against hepatitis B.", "Ask your doctor.");
    }

    @Test
    void ellipses() {
        assertThat(sentences("The cramp eased... then it came back.")).hasSize(1);
        assertThat(sentences("The cramp eased... Then it came back."))
                .containsExactly("The cramp eased...", "Then it came back.");
        assertThat(sentences("The cramp eased\u2026 Then it came back."))
                .containsExactly("The cramp eased\u2026", "Then it came back.");
        assertThat(sentences("Wait . . . Then stretch.")).containsExactly("Wait . . .", "Then stretch.");
    }

    @Test
    void closingQuotesAndBracketsStayWithTheirSentence() {
        assertThat(sentences("He said, \"Rest now.\" Then he left."))
                .containsExactly("He said, \"Rest now.\"", "Then he left.");
        assertThat(sentences("She asked \u201cWhy me?\u201d The doctor explained."))
                .containsExactly("She asked \u201cWhy me?\u201d", "The doctor explained.");
        assertThat(sentences("(See the list below.) It helps."))
                .containsExactly("(See the list below.)", "It helps.");
    }

    @Test
    void periodsInsideTokensDoNotEndSentences() {
        assertThat(sentences("Visit example.org for help. Call us.")).containsExactly("Visit example.org for help.", "Call us.");
    }

    @Test
    void wordsAreLettersAndDigitsWithInnerApostrophesHyphensAndPeriods() {
        assertThat(Sentences.words("Don't take 2.5 mg of the patient's x-ray dye (1,000 total) \u2014 e.g. U.S. ones & 50% less."))
                .containsExactly("Don't", "take", "2.5", "mg", "of", "the", "patient's", "x-ray", "dye", "1,000", "total",
                        "e.g", "U.S", "ones", "50", "less");
    }

    @Test
    void punctuationSymbolsDashesAndSlashesSeparateWords() {
        assertThat(Sentences.words("and/or 5\u201310 times -- \"quoted\" + more!")).containsExactly("and", "or", "5", "10", "times", "quoted", "more");
        assertThat(Sentences.words("Sj\u00f6gren\u2019s syndrome")).containsExactly("Sj\u00f6gren\u2019s", "syndrome");
        assertThat(Sentences.words("'twas -- 'quoted' ...")).containsExactly("twas", "quoted");
        assertThat(Sentences.words("... \u2014 !")).isEmpty();
        assertThat(Sentences.words("")).isEmpty();
    }

    @Test
    void countsTheWordsItWouldMake() {
        for (String text : java.util.List.of("", "...", "Don't stop; x-ray the U.S. patient's 1,000 cells at 2.5 mg.",
                "a , b 1,a 'quoted' -dash- end-", "caf\u00e9 na\u00efve \ud835\udc00bc \u2019tis well\u2011known",
                "and/or 50% + 3 \u2014 more", "trailing.", "  spaced   out  ")) {
            assertThat(Sentences.wordCount(text)).as(text).isEqualTo(Sentences.words(text).size());
        }
        assertThat(Sentences.wordCount("Don't x-ray 1,000 U.S. cells")).isEqualTo(5);
    }

    @Test
    void sentencesAreStrippedOfEveryKindOfWhiteSpace() {
        assertThat(sentences("\u2003 Rest.\u2002 \tSleep. \u00a0Wake\u2003\n"))
                .containsExactly("Rest.", "Sleep.", "\u00a0Wake"); // a no-break space is not white space to strip()
        assertThat(sentences("\u2003\u2002 ")).isEmpty();
    }

    @Test
    void aTextsWordCountsAreThoseOfItsSentences() {
        String text = "Dr. C. Delacour says: don't x-ray the U.S. patient's 1,000 cells. Rest! Then... \u00e9t\u00e9 ends";
        int[] counts = wordCounts(text);
        assertThat(counts).hasSize(sentences(text).size()).containsExactly(11, 1, 3);
        for (int i = 0; i < counts.length; i++) {
            assertThat(counts[i]).isEqualTo(Sentences.words(sentences(text).get(i)).size());
        }
        assertThat(wordCounts(" \n")).isEmpty();
    }

    /** The one-pass split against the split into strings it replaced, kept as {@link SentencesOracle}. */
    @Test
    void splitsAndCountsAsTheSplitIntoStringsDid() {
        for (String text : GeneratedProse.texts(22, 4000)) {
            List<String> sentences = SentencesOracle.sentences(text);
            assertThat(sentences(text)).as(text).isEqualTo(sentences);
            assertThat(wordCounts(text)).as(text).isEqualTo(SentencesOracle.wordCounts(text));
            assertThat(Sentences.wordCount(text)).as(text).isEqualTo(SentencesOracle.wordCount(text));
            assertThat(Sentences.words(text)).as(text).isEqualTo(SentencesOracle.words(text));
            Sentences.Split split = Sentences.split(text);
            assertThat(split.sentenceCount()).as(text).isEqualTo(sentences.size());
            int word = 0;
            for (int i = 0; i < sentences.size(); i++) {
                assertThat(split.sentence(i)).as(text).isEqualTo(sentences.get(i));
                List<String> words = new ArrayList<>();
                for (int w = word; w < word + split.wordCount(i); w++) {
                    words.add(text.substring(split.wordStart(w), split.wordEnd(w)));
                }
                word += split.wordCount(i);
                assertThat(words).as(text).isEqualTo(SentencesOracle.words(sentences.get(i)));
            }
            assertThat(split.words()).as(text).isEqualTo(word);
        }
    }

    @Test
    void aTextLongerThanTheBuffersIsSplitWhole() {
        String text = "Rest your leg. ".repeat(3000) + "Sleep";
        Sentences.Split split = Sentences.split(text);
        assertThat(split.sentenceCount()).isEqualTo(3001);
        assertThat(split.words()).isEqualTo(9001);
        assertThat(split.sentence(3000)).isEqualTo("Sleep");
        assertThat(sentences("Short. Text.")).containsExactly("Short.", "Text.");
    }

    @Test
    void aTextLongerThanTheKeptBuffersSplitsAlikeEveryTimeAndLeavesTheNextTextWhole() {
        // 180,000 characters and 36,000 words: more than a thread keeps between texts.
        String text = "Rest your calf muscle. ".repeat(7000) + "Sleep";
        List<String> expected = SentencesOracle.sentences(text);
        for (int round = 0; round < 2; round++) {
            Sentences.Split split = Sentences.split(text);
            assertThat(split.sentenceCount()).isEqualTo(expected.size()).isEqualTo(7001);
            assertThat(split.words()).isEqualTo(28001);
            assertThat(split.sentence(6999)).isEqualTo(expected.get(6999)).isEqualTo("Rest your calf muscle.");
            Sentences.Split after = Sentences.split("Short. Text here.");
            assertThat(after.sentenceCount()).isEqualTo(2);
            assertThat(after.words()).isEqualTo(3);
            assertThat(after.sentence(1)).isEqualTo("Text here.");
        }
    }

    /**
     * Every UTF-16 unit, between letters, after a word, before and after a period and inside a
     * number, split as the split into strings did: the one-pass split tells ASCII characters apart
     * by a table, and a wrong entry in it would change the words or the sentences.
     */
    @Test
    void splitsEveryCharacterAsTheSplitIntoStringsDid() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String x = String.valueOf((char) c);
            for (String text : List.of("ab" + x + "cd. Ef" + x + " gh", "Dr" + x + " Smith." + x + "Then 2" + x + "5 mg" + x,
                    x + "A" + x + "1," + x + "0" + x + ". " + x + x + "b")) {
                assertThat(sentences(text)).as("U+%04X", c).isEqualTo(SentencesOracle.sentences(text));
                assertThat(wordCounts(text)).as("U+%04X", c).isEqualTo(SentencesOracle.wordCounts(text));
                assertThat(Sentences.words(text)).as("U+%04X", c).isEqualTo(SentencesOracle.words(text));
            }
        }
    }

    /**
     * Random strings (fixed seeds) over the characters that the test for a sentence's end and the
     * strip of a sentence read from the character table: ASCII letters of the abbreviations in
     * both cases, periods, digits, white space inside and outside ASCII, the Kelvin sign (whose
     * lower case is an ASCII k: "U.K." is "u.k"), a dotted capital I (whose lower case is two
     * characters), letters outside the BMP and lone surrogates; and the abbreviations themselves
     * in every case, before a capital, a digit and the text's end.
     */
    @Test
    void splitsRandomStringsAsTheSplitIntoStringsDid() {
        char[] alphabet = ("aAdDeEgGiIkKmMnNoOpPrRsStTuUvVxXfFcC" + "..........     5,!?\"')(" + "\t\n\u000b\u001c\u00a0\u2003\u2028\u3000"
                + "\u212a\u0130\u00e9\u00c9\u03b1\u2026\u2019\u201d\ud835\udc00").toCharArray();
        java.util.Random random = new java.util.Random(2026);
        for (int t = 0; t < 20_000; t++) {
            char[] text = new char[random.nextInt(40)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            assertSplitsAsTheOracle(new String(text));
        }
        List<String> tokens = List.of("dr", "Mrs", "PROF", "sT", "mt", "Rev", "vs", "CF", "fig", "Figs", "approx", "APPROX",
                "e.g", "I.E", "u.s", "U.K", "U.\u212a", "\u212ao", "no", "No", "NO", "nO", "on", "n", "do", "drs", "\u0130.e",
                "approxi", "x", "X", "\u00e9t\u00e9", "of", "by", "Mr. J", "and C");
        List<String> after = List.of(" Next", " 5 mg", " next", "", " (Then", " \u00c9t\u00e9", "\n2", ". . .");
        for (String token : tokens) {
            for (String next : after) {
                for (String before : List.of("", "See ", "Seen by ", "Take it, ")) {
                    assertSplitsAsTheOracle(before + token + "." + next);
                    assertSplitsAsTheOracle(before + token + ".\u201d" + next);
                }
            }
        }
    }

    private static void assertSplitsAsTheOracle(String text) {
        assertThat(sentences(text)).as(text).isEqualTo(SentencesOracle.sentences(text));
        assertThat(wordCounts(text)).as(text).isEqualTo(SentencesOracle.wordCounts(text));
    }

    /** The sentences {@link Sentences#split} finds in a text, as strings. */
    private static List<String> sentences(String text) {
        Sentences.Split split = Sentences.split(text);
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < split.sentenceCount(); i++) {
            sentences.add(split.sentence(i));
        }
        return sentences;
    }

    /** The number of words of each sentence {@link Sentences#split} finds in a text. */
    private static int[] wordCounts(String text) {
        Sentences.Split split = Sentences.split(text);
        int[] counts = new int[split.sentenceCount()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = split.wordCount(i);
        }
        return counts;
    }
}
