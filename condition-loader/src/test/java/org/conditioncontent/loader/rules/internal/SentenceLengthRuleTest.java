package org.conditioncontent.loader.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Review;
import org.junit.jupiter.api.Test;

class SentenceLengthRuleTest {

    /**
     * The rule keeps the review statement and the disclaimer it split last: over articles whose
     * statements and disclaimers repeat (the same string, an equal copy), alternate and change, each
     * finding must be the one a split of that article's own text gives, as the split into strings
     * ({@link SentencesOracle}) finds its sentences.
     */
    @Test
    void reportsTheStatementAndTheDisclaimerAsTheirOwnSplitDoes() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String text : GeneratedProse.texts(94, 400)) {
            if (!text.isBlank()) {
                texts.add(text);
            }
        }
        List<Condition> articles = Articles.examplesAndGenerated(40);
        for (Condition article : articles) {
            if (article.disclaimer() != null) {
                texts.add(article.disclaimer());
            }
            if (article.review() != null && article.review().statement() != null) {
                texts.add(article.review().statement());
            }
        }
        SentenceLengthRule rule = new SentenceLengthRule();
        Random random = new Random(94);
        String statement = texts.get(0);
        String disclaimer = texts.get(1);
        for (int round = 0; round < 3; round++) {
            for (Condition article : articles) {
                for (int variant = 0; variant < 4; variant++) {
                    // Mostly the same texts as the article before (sometimes an equal copy), else new ones.
                    int change = random.nextInt(6);
                    if (change == 0) {
                        statement = texts.get(random.nextInt(texts.size()));
                    } else if (change == 1) {
                        disclaimer = texts.get(random.nextInt(texts.size()));
                    } else if (change == 2) {
                        statement = new String(statement.toCharArray());
                    } else if (change == 3) {
                        String swap = statement;
                        statement = disclaimer;
                        disclaimer = swap;
                    }
                    int maxWords = 5 + random.nextInt(20);
                    Condition c = article.toBuilder().review(new Review(statement, null, null, List.of()))
                            .disclaimer(disclaimer).build();
                    List<String> expected = new ArrayList<>(oracle("/review/statement", statement, maxWords));
                    expected.addAll(oracle("/disclaimer", disclaimer, maxWords));
                    assertThat(findings(rule, c, maxWords)).as("%s | %s", statement, disclaimer).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void reportsALongDisclaimerInEveryArticleThatCarriesIt() throws IOException {
        Condition article = Articles.examples().get(0);
        String disclaimer = "Read this before you act on anything that this article says about your own health and care.";
        Condition c = article.toBuilder().review(null).disclaimer(disclaimer).build();
        for (int i = 0; i < 3; i++) {
            assertThat(findings(new SentenceLengthRule(), c, 5)).containsExactly("/disclaimer A sentence has 17 words (the limit is 5): "
                    + BuiltInRule.quote(disclaimer) + "; split it");
        }
        assertThat(findings(new SentenceLengthRule(), article.toBuilder().review(null).disclaimer("Short one.").build(), 5)).isEmpty();
    }

    /** The findings for a statement or disclaimer, from the sentences and counts of the split into strings. */
    private static List<String> oracle(String pointer, String text, int maxWords) {
        List<String> sentences = SentencesOracle.sentences(text);
        int[] counts = SentencesOracle.wordCounts(text);
        List<String> findings = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (counts[i] > maxWords) {
                findings.add(pointer + " A sentence has " + counts[i] + " words (the limit is " + maxWords + "): "
                        + BuiltInRule.quote(sentences.get(i)) + "; split it");
            }
        }
        return findings;
    }

    /** The rule's findings for the review statement and the disclaimer, as pointer, space, message. */
    private static List<String> findings(SentenceLengthRule rule, Condition c, int maxWords) {
        List<String> reported = new ArrayList<>();
        rule.check(c, new RuleContext() {
            @Override
            public double option(String name) {
                assertThat(name).isEqualTo("maxWords");
                return maxWords;
            }

            @Override
            public LocalDate today() {
                return LocalDate.of(2026, 11, 29);
            }

            @Override
            public void report(String pointer, String message) {
                if (pointer.equals("/review/statement") || pointer.equals("/disclaimer")) {
                    reported.add(pointer + " " + message);
                }
            }
        });
        return reported;
    }
}
