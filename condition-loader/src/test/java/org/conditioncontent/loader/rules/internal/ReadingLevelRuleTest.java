package org.conditioncontent.loader.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The reading-level rule's own formatting of a grade, against the formatter it replaced. */
class ReadingLevelRuleTest {

    @Test
    void oneDecimalWritesWhatStringFormatWrites() {
        double[] edges = {0.0, -0.0, 0.05, 0.049999, 0.95, 0.96, 9.95, 9.949999, 99.95, 999.96, 8.05, 8.15, 8.25, 8.35,
            8.45, 8.55, 8.65, 8.75, 8.85, 8.95, 1.0, 8.0, 20.0, -3.45, -0.04, -0.05, -9.96, 0.0005, 0.00049, 1e-7, 9_999_999.96,
            1e7, 12_345_678.95, 1e300, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (double edge : edges) {
            assertThat(ReadingLevelRule.oneDecimal(edge)).as("%s", edge).isEqualTo(String.format(Locale.ROOT, "%.1f", edge));
        }
        SplittableRandom random = new SplittableRandom(20);
        for (int i = 0; i < 40_000; i++) {
            // Grades as the rule computes them, from small counts, and plain doubles over a wide range.
            int words = 1 + random.nextInt(400);
            int sentences = 1 + random.nextInt(40);
            int syllables = words + random.nextInt(3 * words);
            double grade = Readability.grade(words, sentences, syllables);
            assertThat(ReadingLevelRule.oneDecimal(grade)).as("%s", grade).isEqualTo(String.format(Locale.ROOT, "%.1f", grade));
            double any = (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(9) - 2);
            assertThat(ReadingLevelRule.oneDecimal(any)).as("%s", any).isEqualTo(String.format(Locale.ROOT, "%.1f", any));
            double tenth = Math.round(random.nextDouble() * 2_000) / 100.0 + 0.05; // ends in 5 as written
            assertThat(ReadingLevelRule.oneDecimal(tenth)).as("%s", tenth).isEqualTo(String.format(Locale.ROOT, "%.1f", tenth));
        }
    }
}
