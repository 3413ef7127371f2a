package org.conditioncontent.loader.rules.internal;

import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.loader.rules.RuleOption;
import org.conditioncontent.model.Condition;
import org.jspecify.annotations.Nullable;

/** Sentences over a word count. */
final class SentenceLengthRule extends BuiltInRule {

    /** The review statement split last. */
    private static final LastSplit STATEMENT = new LastSplit();

    /** The disclaimer split last. */
    private static final LastSplit DISCLAIMER = new LastSplit();

    /**
     * The split of the text met last in one field, on any thread. A collection's articles mostly
     * carry the same review statement and disclaimer (a publisher's boilerplate), and comparing a
     * text with the last one costs a fraction of splitting it again; a split depends on its text
     * alone and is immutable, so sharing it between threads changes no finding. A volatile field
     * publishes the split whole; two threads that meet different texts only split more often. A
     * text longer than {@link #KEPT} characters is split but not kept, so that one huge text is not
     * held for the rest of the process.
     */
    private static final class LastSplit {
        static final int KEPT = 1 << 14;

        private volatile Sentences.@Nullable Split last;

        Sentences.Split split(String text) {
            Sentences.Split split = last;
            if (split != null && split.text().equals(text)) {
                return split;
            }
            split = Sentences.split(text);
            if (text.length() <= KEPT) {
                last = split;
            }
            return split;
        }
    }

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
            check(null, -1, STATEMENT.split(condition.review().statement()), maxWords, context);
        }
        if (condition.disclaimer() != null) {
            check(null, 0, DISCLAIMER.split(condition.disclaimer()), maxWords, context);
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
