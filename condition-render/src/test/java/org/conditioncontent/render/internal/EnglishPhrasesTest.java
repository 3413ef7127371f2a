package org.conditioncontent.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.conditioncontent.model.Conjunction;
import org.conditioncontent.model.RiskFactor;
import org.junit.jupiter.api.Test;

class EnglishPhrasesTest {

    @Test
    void joinsExamplesWithASerialComma() {
        assertThat(EnglishPhrases.join(List.of(), Conjunction.AND)).isEmpty();
        assertThat(EnglishPhrases.join(List.of("a"), Conjunction.OR)).isEqualTo("a");
        assertThat(EnglishPhrases.join(List.of("a", "b"), Conjunction.OR)).isEqualTo("a or b");
        assertThat(EnglishPhrases.join(List.of("a", "b"), Conjunction.AND)).isEqualTo("a and b");
        assertThat(EnglishPhrases.join(List.of("a", "b", "c"), Conjunction.OR)).isEqualTo("a, b, or c");
        assertThat(EnglishPhrases.join(List.of("a", "b", "c", "d"), Conjunction.AND)).isEqualTo("a, b, c, and d");
    }

    @Test
    void writesTheSeedsRiskFactors() {
        assertThat(EnglishPhrases.riskFactor(new RiskFactor("Certain medicines",
                List.of("those to treat high blood pressure and high cholesterol"), null, List.of()), 0))
                .isEqualTo("Certain medicines, such as those to treat high blood pressure and high cholesterol");
        assertThat(EnglishPhrases.riskFactor(new RiskFactor("Some health issues", List.of(), null,
                List.of(RiskFactor.of("Cancer"))), 0))
                .isEqualTo("Some health issues, such as:");
        assertThat(EnglishPhrases.riskFactor(new RiskFactor("Hormone disorders",
                List.of("thyroid disorders", "diabetes"), Conjunction.OR, List.of()), 1))
                .isEqualTo("Hormone disorders\u2014such as thyroid disorders or diabetes");
        assertThat(EnglishPhrases.riskFactor(new RiskFactor("Imbalances in minerals",
                List.of("calcium", "potassium", "magnesium"), null, List.of()), 1))
                .isEqualTo("Imbalances in minerals\u2014such as calcium, potassium, and magnesium");
    }

    @Test
    void writesARiskFactorWithExamplesAndNestedItems() {
        RiskFactor both = new RiskFactor("Name", List.of("x"), null, List.of(RiskFactor.of("Nested")));
        assertThat(EnglishPhrases.riskFactor(both, 0)).isEqualTo("Name, such as x, such as:");
        assertThat(EnglishPhrases.riskFactor(both, 2)).isEqualTo("Name\u2014such as x\u2014such as:");
        assertThat(EnglishPhrases.riskFactor(RiskFactor.of("Plain"), 3)).isEqualTo("Plain");
    }

    @Test
    void addsANoteAfterAnEmDashOnlyWhenThereIsOne() {
        assertThat(EnglishPhrases.withNote("Stretching leg muscles", "when cramps occur"))
                .isEqualTo("Stretching leg muscles\u2014when cramps occur");
        assertThat(EnglishPhrases.withNote("Muscle relaxants", null)).isEqualTo("Muscle relaxants");
        assertThat(EnglishPhrases.withNote("Muscle relaxants", "  ")).isEqualTo("Muscle relaxants");
    }
}
