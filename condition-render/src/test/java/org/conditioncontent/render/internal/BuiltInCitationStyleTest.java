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
                + "Éditions Exemple, 2024. [Available at]: https://sante.example/hoquet. [Accessed ]2025-03-14.");
        assertThat(written(ReferenceFormat.HOUSE, WEB_PAGE, Labels.spanish())).startsWith("Le hoquet. [Sitio web ]Santé Exemple, ");
        Reference siteAlone = WEB_PAGE.toBuilder().publisher(null).year(null).month(null).url(null).accessed(null).build();
        assertThat(written(ReferenceFormat.HOUSE, siteAlone, Labels.english())).isEqualTo("Le hoquet. Santé Exemple[ website].");
    }

    @Test
    void theAmaStyleWritesItsDatesAsTheLabelSetsWords() {
        assertThat(written(AmaCitations.STYLE, WEB_PAGE, Labels.english())).isEqualTo("Le hoquet. Santé Exemple. "
                + "[Published May 2024]. [Accessed March 14, 2025]. https://sante.example/hoquet");
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
