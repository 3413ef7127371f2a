package org.conditioncontent.loader.rules.internal;

import java.util.List;
import java.util.function.Supplier;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.loader.rules.RuleOption;
import org.conditioncontent.model.Condition;

/** Sentences over a word count. */
final class SentenceLengthRule extends BuiltInRule {

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
                int paragraph = i;
                check(() -> prose.pointer(paragraph), prose.paragraphs().get(i), maxWords, context);
            }
        }
        if (condition.review() != null && condition.review().statement() != null) {
            check(() -> "/review/statement", condition.review().statement(), maxWords, context);
        }
        if (condition.disclaimer() != null) {
            check(() -> "/disclaimer", condition.disclaimer(), maxWords, context);
        }
    }

    /** Reports each long sentence of a text; its pointer is written only for a finding. */
    private static void check(Supplier<String> pointer, String text, int maxWords, RuleContext context) {
        for (String sentence : Sentences.sentences(text)) {
            List<String> words = Sentences.words(sentence);
            if (words.size() > maxWords) {
                context.report(pointer.get(), "A sentence has " + words.size() + " words (the limit is " + maxWords + "): "
                        + quote(sentence) + "; split it");
            }
        }
    }
}
