package org.conditioncontent.loader.rules.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
            // Not String.format: its %.1f asks the locale data for a zero digit even for
            // Locale.ROOT, and the first finding of a run loaded the CLDR provider for that
            // (8 to 16 ms of CPU in a cold run that has a finding; see docs/performance.md).
            context.report(prose.pointer(score.hardestParagraph()), "Reads at grade " + oneDecimal(score.grade())
                    + " (Flesch-Kincaid; the limit is " + trim(maxGrade) + "): " + count(score.words(), "word") + ", "
                    + count(score.sentences(), "sentence") + ", " + count(score.syllables(), "syllable")
                    + "; the hardest sentence is " + quote(score.hardestSentence()) + "; use shorter sentences and simpler words");
        }
    }

    /** English, or no language given (the model's default reading). */
    static boolean isEnglish(@Nullable String language) {
        return language == null || language.equalsIgnoreCase("en") || language.regionMatches(true, 0, "en-", 0, 3);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * A grade as {@code String.format(Locale.ROOT, "%.1f", value)} writes it: the shortest decimal
     * that tells the double apart ({@link Double#toString(double)}'s digits, which the formatter
     * also starts from), rounded half up to one decimal. A test compares the two over many values.
     *
     * @param value a number; a grade is always finite, but {@code NaN} and the infinities come
     *     back as the formatter writes them
     * @return it with one decimal, such as {@code 8.4}
     */
    static String oneDecimal(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value); // "NaN", "Infinity", "-Infinity", as the formatter has them
        }
        String digits = Double.toString(Math.abs(value));
        int dot = digits.indexOf('.');
        String rounded;
        if (digits.indexOf('E') >= 0) {
            // Below 0.001 or from 10^7 on: never a grade a rule reports, so the longer way is fine.
            rounded = new BigDecimal(digits).setScale(1, RoundingMode.HALF_UP).toPlainString();
        } else if (dot + 2 < digits.length() && digits.charAt(dot + 2) >= '5') {
            // Half up: the second decimal decides, and a carry may run into the whole part.
            char[] kept = digits.substring(0, dot + 2).toCharArray();
            int i = kept.length - 1;
            while (i >= 0 && (kept[i] == '9' || kept[i] == '.')) {
                if (kept[i] == '9') {
                    kept[i] = '0';
                }
                i--;
            }
            if (i < 0) {
                rounded = "1" + new String(kept);
            } else {
                kept[i]++;
                rounded = new String(kept);
            }
        } else {
            rounded = digits.substring(0, dot + 2);
        }
        // The formatter keeps the sign of a negative value, even one that rounds to zero.
        return value < 0 || (value == 0 && 1 / value < 0) ? "-" + rounded : rounded;
    }

    static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
