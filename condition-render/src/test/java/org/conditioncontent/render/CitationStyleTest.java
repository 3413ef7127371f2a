package org.conditioncontent.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.conditioncontent.model.Author;
import org.conditioncontent.model.Reference;
import org.conditioncontent.model.ReferenceType;
import org.junit.jupiter.api.Test;

/** The AMA style against the examples of the AMA Manual of Style, and the house style as before. */
class CitationStyleTest {

    private static final CitationStyle AMA = CitationStyle.ama();

    @Test
    void aJournalArticleAsTheIssueQuotesIt() {
        Reference r = Reference.builder(ReferenceType.ARTICLE_JOURNAL)
                .author("Butler", "J. V.").author("Mulkerrin", "E. C.").author("O'Keeffe", "S. T.")
                .title("Nocturnal leg cramps in older people").journal("Postgrad Med J")
                .year(2002).month(10).volume("78").issue("924").pages("596-598")
                .build();
        assertThat(AMA.plain(r, Labels.english()))
                .isEqualTo("Butler JV, Mulkerrin EC, O'Keeffe ST. Nocturnal leg cramps in older people. Postgrad Med J. "
                        + "2002;78(924):596-598.");
        assertThat(AMA.parts(r, Labels.english())).contains(new CitationPart(CitationPart.Kind.TITLE, "Postgrad Med J"));
    }

    @Test
    void upToSixAuthorsAreAllNamedAndMoreAreCutToThreeAndEtAl() {
        Reference.Builder six = Reference.builder(ReferenceType.ARTICLE_JOURNAL).title("T").journal("J");
        Reference.Builder seven = Reference.builder(ReferenceType.ARTICLE_JOURNAL).title("T").journal("J");
        for (String family : new String[] {"A", "B", "C", "D", "E", "F"}) {
            six.author(family, "Xavier");
            seven.author(family, "Xavier");
        }
        seven.author("G", "Y");
        assertThat(AMA.plain(six.build(), Labels.english())).startsWith("A X, B X, C X, D X, E X, F X. T.");
        assertThat(AMA.plain(seven.build(), Labels.english())).startsWith("A X, B X, C X, et al. T.");
    }

    @Test
    void aListCutShortByTheArticleEndsInEtAlAndInitialsKeepHyphens() {
        Reference r = Reference.builder(ReferenceType.ARTICLE_JOURNAL)
                .author("Roguin Maor", "N.").author("Seymour", "Mary-Beth").etAl(true)
                .title("Is it cramp?").journal("JAMA Intern Med").year(2017).volume("177").issue("5").pages("617-623")
                .doi("10.1001/jamainternmed.2016.9563").pmid("28265662")
                .build();
        assertThat(AMA.plain(r, Labels.english())).isEqualTo("Roguin Maor N, Seymour M-B, et al. Is it cramp? "
                + "JAMA Intern Med. 2017;177(5):617-623. doi:10.1001/jamainternmed.2016.9563");
    }

    @Test
    void aSupplementIsNamedOnceWhetherOrNotTheArticleWritesItsWord() {
        // The format's example writes the word ("Suppl 2"); AMA wrote "suppl Suppl 2".
        Reference.Builder b = Reference.builder(ReferenceType.ARTICLE_JOURNAL)
                .title("A study").journal("Neurology").year(2016).volume("87").issue("24").pages("2585-2593");
        assertThat(AMA.plain(b.supplement("Suppl 2").build(), Labels.english())).endsWith("Neurology. 2016;87(24 suppl 2):2585-2593.");
        assertThat(AMA.plain(b.supplement("2").build(), Labels.english())).endsWith("Neurology. 2016;87(24 suppl 2):2585-2593.");
        assertThat(AMA.plain(b.supplement("Supplement").build(), Labels.english())).endsWith("Neurology. 2016;87(24 suppl):2585-2593.");
        assertThat(AMA.plain(b.supplement("Suppl. 3").build(), Labels.english())).endsWith("Neurology. 2016;87(24 suppl 3):2585-2593.");
        assertThat(AMA.plain(b.supplement("Supplementary 1").build(), Labels.english()))
                .endsWith("Neurology. 2016;87(24 suppl Supplementary 1):2585-2593.");
    }

    @Test
    void aWebPageEndsWithItsAccessDateAndAddress() {
        Reference r = Reference.builder(ReferenceType.WEBPAGE)
                .title("Dehydration").site("MedlinePlus").publisher("National Library of Medicine")
                .year(2024).month(6).day(3)
                .url("https://medlineplus.gov/dehydration.html").accessed(LocalDate.of(2026, 5, 12))
                .build();
        assertThat(AMA.plain(r, Labels.english())).isEqualTo("Dehydration. MedlinePlus. Published June 3, 2024. "
                + "Accessed May 12, 2026. https://medlineplus.gov/dehydration.html");
        assertThat(AMA.plain(r, Labels.spanish())).isEqualTo("Dehydration. MedlinePlus. Publicado 3 de junio de 2024. "
                + "Consultado el 12 de mayo de 2026. https://medlineplus.gov/dehydration.html");
    }

    @Test
    void aBookSetsOffItsTitleAndNamesItsPublisher() {
        Reference r = Reference.builder(ReferenceType.BOOK)
                .author(new Author(null, null, "American Academy of Sleep Medicine"))
                .title("International Classification of Sleep Disorders").publisher("AASM").year(2014)
                .build();
        assertThat(AMA.parts(r, Labels.english())).containsExactly(
                new CitationPart(CitationPart.Kind.TEXT, "American Academy of Sleep Medicine. "),
                new CitationPart(CitationPart.Kind.TITLE, "International Classification of Sleep Disorders"),
                new CitationPart(CitationPart.Kind.TEXT, ". AASM; 2014."));
    }

    @Test
    void theHouseStyleTakesItsWordsFromTheLabels() {
        Reference r = Reference.builder(ReferenceType.WEBPAGE).title("Página").site("Sitio")
                .url("https://example.org/").accessed(LocalDate.of(2026, 5, 12)).build();
        assertThat(CitationStyle.house().plain(r, Labels.english()))
                .isEqualTo("Página. Sitio website. Available at: https://example.org/. Accessed May 12, 2026.");
        assertThat(CitationStyle.house().plain(r, Labels.spanish()))
                .isEqualTo("Página. Sitio web Sitio. Disponible en: https://example.org/. Consultado el 12 de mayo de 2026.");
    }
}
