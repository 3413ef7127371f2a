package org.conditioncontent.loader.rules.internal;

import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.loader.rules.RuleOption;
import org.conditioncontent.model.Condition;
import org.jspecify.annotations.Nullable;

/** Sentences over a word count. */
final class SentenceLengthRule extends BuiltInRule {

    /**
     * The review statement and the disclaimer split last, on any thread. A collection's articles
     * mostly carry the same statement and disclaimer (a publisher's boilerplate), and comparing a
     * text with the last one costs a fraction of splitting it again; a split depends on its text
     * alone and is immutable, so sharing it between threads changes no finding. A volatile field
     * publishes the split whole; two threads that meet different texts only split more often.
     */
    private static volatile Sentences.@Nullable Split lastStatement;

    /** See {@link #lastStatement}. */
    private static volatile Sentences.@Nullable Split lastDisclaimer;

    SentenceLengthRule() {
        super("sentence-length", Severity.WARNING, "Sentences have at most maxWords words",
                "Long sentences are the first thing that makes health information hard to follow. Every sentence of "
                        + "the prose fields, the review statement and the disclaimer is counted; each one over maxWords words is "
                        + "reported at its paragraph.",
                RuleOption.count("maxWords", 25, 5, 1000, "the most words a sentence may have"));
    }

    @Override
    public void check(Condition condition, RuleContext context) {
        int maxWords = (int) context.option("maxWords");
        for (Fields.Prose prose : Fields.prose(condition)) {
            for (int i = 0; i < prose.paragraphs().size(); i++) {
                check(prose, i, prose.split(i), maxWords, context);
            }
        }
        if (condition.review() != null && condition.review().statement() != null) {
            String statement = condition.review().statement();
            Sentences.Split split = lastStatement;
            if (split == null || !split.text().equals(statement)) {
                split = Sentences.split(statement);
                lastStatement = split;
            }
            check(null, -1, split, maxWords, context);
        }
        if (condition.disclaimer() != null) {
            String disclaimer = condition.disclaimer();
            Sentences.Split split = lastDisclaimer;
            if (split == null || !split.text().equals(disclaimer)) {
                split = Sentences.split(disclaimer);
                lastDisclaimer = split;
            }
            check(null, 0, split, maxWords, context);
        }
    }

    /**
     * Reports each long sentence of a text. Its pointer is written only for a finding: paragraph
     * {@code index} of {@code prose}, else {@code /review/statement} (index -1) or
     * {@code /disclaimer} (index 0).
     */
    private static void check(Fields.@Nullable Prose prose, int index, Sentences.Split split, int maxWords, RuleContext context) {
        if (split.words() <= maxWords) {
            return; // no sentence of the text can be longer than all of it
        }
        for (int s = 0; s < split.sentenceCount(); s++) {
            int words = split.wordCount(s);
            if (words > maxWords) {
                String pointer = prose != null ? prose.pointer(index) : index < 0 ? "/review/statement" : "/disclaimer";
                context.report(pointer, "A sentence has " + words + " words (the limit is " + maxWords + "): "
                        + quote(split.sentence(s)) + "; split it");
            }
        }
    }
}
