package org.conditioncontent.loader.rules.internal;

import java.util.Locale;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.loader.rules.RuleOption;
import org.conditioncontent.model.Condition;
import org.jspecify.annotations.Nullable;

/** Flesch-Kincaid grade of each prose field. */
final class ReadingLevelRule extends BuiltInRule {

    ReadingLevelRule() {
        super("reading-level", Severity.WARNING, "Prose reads at or below the target school grade (Flesch-Kincaid)",
                "Patient material should be easy to read: the NIH advises writing below the 8th-grade level. Each prose "
                        + "field (the paragraphs of a section, lead-ins included; of an aside; or of a list item) is scored with the Flesch-Kincaid "
                        + "grade, 0.39 x words/sentences + 11.8 x syllables/words - 15.59. The finding gives the grade, the counts "
                        + "behind it and the hardest sentence, and points at the paragraph that holds it. Fields with fewer words "
                        + "than minWords are too short to score and are skipped. The formula is made for English: an article whose "
                        + "language is another one (a tag that does not start with en) is not scored.",
                new RuleOption("maxGrade", 8, 1, 20, false, "the highest grade allowed"),
                RuleOption.count("minWords", 30, 1, 100_000, "fields with fewer words are not scored"));
    }

    @Override
    public void check(Condition condition, RuleContext context) {
        if (!isEnglish(condition.language())) {
            // Flesch-Kincaid's weights fit English syllables and sentences; a Spanish text would
            // score years too hard, and a warning nobody can act on is noise.
            return;
        }
        double maxGrade = context.option("maxGrade");
        double minWords = context.option("minWords");
        for (Fields.Prose prose : Fields.prose(condition)) {
            if (prose.words() < minWords) {
                continue; // too short to score; the splits are kept for the sentence-length rule
            }
            Readability.Score score = Readability.scoreSplits(prose.splits());
            if (score.words() < minWords || score.grade() <= maxGrade) {
                continue;
            }
            context.report(prose.pointer(score.hardestParagraph()), String.format(Locale.ROOT,
                    "Reads at grade %.1f (Flesch-Kincaid; the limit is %s): %s, %s, %s; "
                            + "the hardest sentence is %s; use shorter sentences and simpler words",
                    score.grade(), trim(maxGrade), count(score.words(), "word"), count(score.sentences(), "sentence"),
                    count(score.syllables(), "syllable"), quote(score.hardestSentence())));
        }
    }

    /** English, or no language given (the model's default reading). */
    static boolean isEnglish(@Nullable String language) {
        return language == null || language.equalsIgnoreCase("en") || language.regionMatches(true, 0, "en-", 0, 3);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
