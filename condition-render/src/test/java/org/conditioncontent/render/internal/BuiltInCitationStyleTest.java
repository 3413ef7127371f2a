package org.conditioncontent.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.conditioncontent.model.Reference;
import org.conditioncontent.model.ReferenceType;
import org.conditioncontent.render.CitationPart;
import org.conditioncontent.render.Labels;
import org.junit.jupiter.api.Test;

class BuiltInCitationStyleTest {

    private static final Reference WEB_PAGE = Reference.builder(ReferenceType.WEBPAGE)
            .title("Le hoquet").site("Santé Exemple").publisher("Éditions Exemple").year(2024).month(5)
            .url("https://sante.example/hoquet").accessed(LocalDate.of(2025, 3, 14)).build();

    @Test
    void theHouseStyleTellsTheLabelSetsWordsApartFromTheCitedWorks() {
        assertThat(written(ReferenceFormat.HOUSE, WEB_PAGE, Labels.english())).isEqualTo("Le hoquet. Santé Exemple[ website], "
                + "Éditions Exemple, 2024. [Available at]: https://sante.example/hoquet. [Accessed March 14, 2025].");
        assertThat(written(ReferenceFormat.HOUSE, WEB_PAGE, Labels.spanish())).startsWith("Le hoquet. [Sitio web ]Santé Exemple, ");
        Reference siteAlone = WEB_PAGE.toBuilder().publisher(null).year(null).month(null).url(null).accessed(null).build();
        assertThat(written(ReferenceFormat.HOUSE, siteAlone, Labels.english())).isEqualTo("Le hoquet. Santé Exemple[ website].");
    }

    @Test
    void theAmaStyleWritesItsDatesAsTheLabelSetsWords() {
        assertThat(written(AmaCitations.STYLE, WEB_PAGE, Labels.english())).isEqualTo("Le hoquet. Santé Exemple. "
                + "[Published May 2024]. [Accessed March 14, 2025]. https://sante.example/hoquet");
    }

    /** An article built in code skips the loader, which rejects these dates; the style must still write. */
    @Test
    void theAmaStyleLeavesOutADayOrAMonthTheCalendarDoesNotHave() {
        Reference february31 = WEB_PAGE.toBuilder().year(2020).month(2).day(31).accessed(null).url(null).build();
        assertThat(written(AmaCitations.STYLE, february31, Labels.english())).isEqualTo("Le hoquet. Santé Exemple. [Published February 2020].");
        Reference month13 = february31.toBuilder().month(13).day(1).build();
        assertThat(written(AmaCitations.STYLE, month13, Labels.english())).isEqualTo("Le hoquet. Santé Exemple. [Published 2020].");
        Reference dayAlone = february31.toBuilder().month(null).day(3).build();
        assertThat(written(AmaCitations.STYLE, dayAlone, Labels.english())).isEqualTo("Le hoquet. Santé Exemple. [Published 2020].");
        Reference twoDigitYear = february31.toBuilder().year(20).build();
        assertThat(written(AmaCitations.STYLE, twoDigitYear, Labels.english())).isEqualTo("Le hoquet. Santé Exemple.");
        Reference real = february31.toBuilder().day(29).build();
        assertThat(written(AmaCitations.STYLE, real, Labels.english())).isEqualTo("Le hoquet. Santé Exemple. [Published February 29, 2020].");
    }

    @Test
    void eachCitationStartsAPhraseOfItsOwn() {
        BracketedText text = new BracketedText();
        Reference titleOnly = Reference.builder(ReferenceType.BOOK).title("A").build();
        ReferenceFormat.HOUSE.write(titleOnly, Labels.english(), text);
        ReferenceFormat.HOUSE.write(titleOnly, Labels.english(), text);
        assertThat(text).hasToString("A.A.");
    }

    /** The citation written piece by piece, label words in brackets; without them, its parts and plain text. */
    private static String written(BuiltInCitationStyle style, Reference reference, Labels labels) {
        BracketedText text = new BracketedText();
        style.write(reference, labels, text);
        String plain = style.plain(reference, labels);
        assertThat(text.toString().replace("[", "").replace("]", "")).isEqualTo(plain);
        assertThat(style.parts(reference, labels).stream().map(CitationPart::text).reduce("", String::concat)).isEqualTo(plain);
        return text.toString();
    }
}
