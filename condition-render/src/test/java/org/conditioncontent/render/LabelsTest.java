package org.conditioncontent.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.conditioncontent.model.Conjunction;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.ItemKind;
import org.conditioncontent.model.PartialDate;
import org.conditioncontent.model.SectionKind;
import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void theLanguageOfAnArticleChoosesTheBuiltInSet() {
        assertThat(Labels.builtIn("es")).isSameAs(Labels.spanish());
        assertThat(Labels.builtIn("es-MX")).isSameAs(Labels.spanish());
        assertThat(Labels.builtIn("ES-419")).isSameAs(Labels.spanish());
        assertThat(Labels.builtIn("en-US")).isSameAs(Labels.english());
        assertThat(Labels.builtIn("fr")).isSameAs(Labels.english());
        assertThat(Labels.builtIn(null)).isSameAs(Labels.english());
        assertThat(Labels.spanish().language()).isEqualTo("es");
    }

    @Test
    void englishJoinsWithASerialCommaAndSpanishWithout() {
        List<String> three = List.of("a", "b", "c");
        assertThat(Labels.english().join(three, Conjunction.OR)).isEqualTo("a, b, or c");
        assertThat(Labels.english().join(List.of("a", "b"), Conjunction.AND)).isEqualTo("a and b");
        assertThat(Labels.spanish().join(three, Conjunction.OR)).isEqualTo("a, b o c");
        assertThat(Labels.spanish().join(List.of("a", "b"), Conjunction.AND)).isEqualTo("a y b");
        assertThat(Labels.spanish().join(List.of(), Conjunction.AND)).isEmpty();
    }

    @Test
    void namesACountryInTheSetsLanguageOrGivesTheCodeBack() {
        assertThat(Labels.english().country("CA")).isEqualTo("Canada");
        assertThat(Labels.spanish().country("CA")).isEqualTo("Canadá");
        assertThat(Labels.english().country(" us ")).isEqualTo("United States");
        assertThat(Labels.english().country("XX")).isEqualTo("XX");
        assertThat(Labels.english().country("ZZ")).as("named by the locale data, but no country").isEqualTo("ZZ");
        assertThat(Labels.english().country("C4")).isEqualTo("C4");
        assertThat(Labels.english().country("")).isEmpty();
    }

    @Test
    void datesAreWrittenInTheLanguage() {
        PartialDate day = new PartialDate(2019, 10, 4);
        assertThat(Labels.english().date(day)).isEqualTo("October 4, 2019");
        assertThat(Labels.spanish().date(day)).isEqualTo("4 de octubre de 2019");
        assertThat(Labels.spanish().date(PartialDate.ofMonth(2019, 1))).isEqualTo("enero de 2019");
        assertThat(Labels.spanish().date(PartialDate.ofYear(2019))).isEqualTo("2019");
    }

    @Test
    void itemsUseTheLanguagesConnectives() {
        Item item = Item.builder("Algunos medicamentos").examples("antibióticos", "diuréticos")
                .conjunction(Conjunction.OR).build();
        assertThat(Labels.spanish().item(item, 0, null)).isEqualTo("Algunos medicamentos, como antibióticos o diuréticos");
        assertThat(Labels.spanish().item(item, 1, null)).isEqualTo("Algunos medicamentos\u2014como antibióticos o diuréticos");
        Item group = Item.builder("Some health issues").items(Item.builder("Diabetes").build()).build();
        assertThat(Labels.english().item(group, 0, ItemKind.RISK_FACTOR)).isEqualTo("Some health issues, such as:");
    }

    @Test
    void aSetCanBeChangedWithoutChangingTheBuiltIn() {
        Labels house = Labels.english().toBuilder()
                .label(Labels.Label.REFERENCES, "Sources")
                .heading(SectionKind.WHEN_TO_SEE_A_DOCTOR, "When to Call Us")
                .build();
        assertThat(house.get(Labels.Label.REFERENCES)).isEqualTo("Sources");
        assertThat(house.heading(SectionKind.WHEN_TO_SEE_A_DOCTOR)).isEqualTo("When to Call Us");
        assertThat(Labels.english().get(Labels.Label.REFERENCES)).isEqualTo("References");
        assertThat(Labels.english().heading((SectionKind) null)).isEqualTo("More Information");
        Labels french = Labels.english().toBuilder().language("fr-CA").build();
        assertThat(french.language()).isEqualTo("fr");
    }

    @Test
    void badLabelsFailWithAMessageThatSaysWhy() {
        Labels.Builder b = Labels.english().toBuilder();
        assertThatThrownBy(() -> b.label(Labels.Label.ACCESSED, "Consulted"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ACCESSED must hold {date}");
        assertThatThrownBy(() -> b.label(Labels.Label.OR, " ")).hasMessageContaining("OR must not be blank");
        assertThatThrownBy(() -> b.months(List.of("Jan"))).hasMessageContaining("12 months");
        assertThatThrownBy(() -> b.language("1")).hasMessageContaining("BCP 47");
        assertThatThrownBy(() -> Labels.english().month(13)).hasMessageContaining("between 1 and 12");
    }
}
