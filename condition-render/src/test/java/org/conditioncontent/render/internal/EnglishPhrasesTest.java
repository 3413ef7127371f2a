package org.conditioncontent.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.conditioncontent.model.Conjunction;
import org.conditioncontent.model.Contributor;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.ItemKind;
import org.conditioncontent.model.PartialDate;
import org.conditioncontent.render.Labels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        assertThat(EnglishPhrases.item(Item.builder("Certain medicines")
                .examples("those to treat high blood pressure and high cholesterol").build(), 0, ItemKind.RISK_FACTOR))
                .isEqualTo("Certain medicines, such as those to treat high blood pressure and high cholesterol");
        assertThat(EnglishPhrases.item(Item.builder("Some health issues").items(Item.of("Cancer")).build(), 0,
                ItemKind.RISK_FACTOR))
                .isEqualTo("Some health issues, such as:");
        assertThat(EnglishPhrases.item(Item.builder("Hormone disorders").examples("thyroid disorders", "diabetes")
                .conjunction(Conjunction.OR).build(), 1, ItemKind.RISK_FACTOR))
                .isEqualTo("Hormone disorders\u2014such as thyroid disorders or diabetes");
        assertThat(EnglishPhrases.item(Item.builder("Imbalances in minerals")
                .examples("calcium", "potassium", "magnesium").build(), 1, ItemKind.RISK_FACTOR))
                .isEqualTo("Imbalances in minerals\u2014such as calcium, potassium, and magnesium");
    }

    @Test
    void tellsTheLabelSetsWordsApartFromTheItemsOwn() {
        Item medicines = Item.builder("Certain medicines").examples("water pills", "statins", "or others")
                .conjunction(Conjunction.OR).build();
        Item issues = Item.builder("Some health issues").examples("x").items(Item.of("Cancer")).build();

        assertThat(bracketed(Labels.english(), medicines, 0, null))
                .isEqualTo("Certain medicines, [such as] water pills, statins, [or] or others");
        assertThat(bracketed(Labels.spanish(), issues, 1, ItemKind.RISK_FACTOR)).isEqualTo("Some health issues\u2014[como] x\u2014[como]:");
        assertThat(bracketed(Labels.english(), Item.builder("A").note("when it hurts").build(), 0, null))
                .isEqualTo("A\u2014when it hurts");
        // Joined into a string, the pieces are the label set's item text, whatever came before them.
        BracketedText twoItems = new BracketedText();
        EnglishPhrases.item(Labels.english(), Item.of("Ends with a colon:"), 0, ItemKind.RISK_FACTOR, twoItems);
        EnglishPhrases.item(Labels.english(), Item.builder("").items(Item.of("Nested")).build(), 0, ItemKind.RISK_FACTOR, twoItems);
        assertThat(twoItems).hasToString("Ends with a colon:, [such as]:");
    }

    private static String bracketed(Labels labels, Item item, int depth, ItemKind kind) {
        BracketedText text = new BracketedText();
        EnglishPhrases.item(labels, item, depth, kind, text);
        assertThat(text.toString().replace("[", "").replace("]", "")).isEqualTo(labels.item(item, depth, kind));
        return text.toString();
    }

    @Test
    void writesARiskFactorWithExamplesAndNestedItems() {
        Item both = Item.builder("Name").examples("x").items(Item.of("Nested")).build();
        assertThat(EnglishPhrases.item(both, 0, ItemKind.RISK_FACTOR)).isEqualTo("Name, such as x, such as:");
        assertThat(EnglishPhrases.item(both, 2, ItemKind.RISK_FACTOR)).isEqualTo("Name\u2014such as x\u2014such as:");
        assertThat(EnglishPhrases.item(Item.of("Plain"), 3, ItemKind.RISK_FACTOR)).isEqualTo("Plain");
    }

    @Test
    void introducesNestedItemsWithSuchAsOnlyForARiskFactorWithoutItsOwnPunctuation() {
        Item step = Item.builder("Stretch your calf").items(Item.of("Stand facing a wall")).build();
        assertThat(EnglishPhrases.item(step, 0, null)).isEqualTo("Stretch your calf");
        assertThat(EnglishPhrases.item(step, 0, ItemKind.TREATMENT)).isEqualTo("Stretch your calf");
        Item colon = Item.builder("Health issues such as:").items(Item.of("Cancer")).build();
        assertThat(EnglishPhrases.item(colon, 0, ItemKind.RISK_FACTOR)).isEqualTo("Health issues such as:");
    }

    @Test
    void writesANoteAfterTheExamples() {
        Item item = Item.builder("Stretching").examples("calf", "hamstring").note("before bed").build();
        assertThat(EnglishPhrases.item(item, 0, ItemKind.TREATMENT)).isEqualTo("Stretching, such as calf and hamstring\u2014before bed");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2019       | 2019
            2019-10    | October 2019
            2019-10-04 | October 4, 2019
            2024-01-31 | January 31, 2024
            """)
    void writesADateAtItsOwnPrecision(String iso, String words) {
        assertThat(EnglishPhrases.date(PartialDate.parse(iso))).isEqualTo(words);
    }

    @Test
    void writesAPersonWithCredentialsAndAnOrganizationByName() {
        assertThat(EnglishPhrases.contributor(Contributor.person("Mary-Beth Seymour", "RN", null)))
                .isEqualTo("Mary-Beth Seymour, RN");
        assertThat(EnglishPhrases.contributor(new Contributor("The Manual's Editorial Staff", "RN", null, true)))
                .isEqualTo("The Manual's Editorial Staff");
    }

    @Test
    void addsANoteAfterAnEmDashOnlyWhenThereIsOne() {
        assertThat(EnglishPhrases.withNote("Stretching leg muscles", "when cramps occur"))
                .isEqualTo("Stretching leg muscles\u2014when cramps occur");
        assertThat(EnglishPhrases.withNote("Muscle relaxants", null)).isEqualTo("Muscle relaxants");
        assertThat(EnglishPhrases.withNote("Muscle relaxants", "  ")).isEqualTo("Muscle relaxants");
    }

    @Test
    void aTextIsPresentExactlyWhenItIsNotBlankWhateverItsFirstCharacter() {
        assertThat(EnglishPhrases.isPresent(null)).isFalse();
        assertThat(EnglishPhrases.isPresent("")).isFalse();
        // Every UTF-16 unit first, alone and before a space, a letter and a line break: the quick
        // test of the first character must answer as isBlank does, white space above Latin-1 too.
        List<String> wrong = new ArrayList<>();
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            for (String rest : new String[] {"", " ", "a", "\n", "\u3000"}) {
                String text = (char) c + rest;
                if (EnglishPhrases.isPresent(text) == text.isBlank()) {
                    wrong.add(String.format("U+%04X then \"%s\"", c, rest));
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(EnglishPhrases.isPresent(" \u1680x")).isTrue();
        assertThat(EnglishPhrases.isPresent("\u1680\u2000\t")).isFalse();
    }
}
