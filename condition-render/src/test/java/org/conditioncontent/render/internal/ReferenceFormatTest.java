package org.conditioncontent.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.conditioncontent.model.Author;
import org.conditioncontent.model.Reference;
import org.conditioncontent.model.ReferenceType;
import org.conditioncontent.render.CitationPart.Kind;
import org.conditioncontent.render.CitationPart;
import org.conditioncontent.render.Labels;
import org.junit.jupiter.api.Test;

class ReferenceFormatTest {

    @Test
    void typesThePartsSoThatHtmlCanMarkThemUp() {
        Reference r = Reference.builder(ReferenceType.ARTICLE_JOURNAL)
                .author("Delacour", "C.").etAl(true)
                .title("A study").journal("Scientific Reports").year(2020)
                .url("https://example.org/a").doi("10.1038/x").pmid("123").accessed(LocalDate.of(2021, 3, 4))
                .build();
        assertThat(ReferenceFormat.parts(r)).containsExactly(
                new CitationPart(Kind.TEXT, "Delacour, C., et al. "),
                new CitationPart(Kind.TITLE, "A study"),
                new CitationPart(Kind.TEXT, ". Scientific Reports, 2020. Available at: "),
                new CitationPart(Kind.URL, "https://example.org/a"),
                new CitationPart(Kind.TEXT, ". doi:"),
                new CitationPart(Kind.DOI, "10.1038/x"),
                new CitationPart(Kind.TEXT, " PMID: "),
                new CitationPart(Kind.PMID, "123"),
                new CitationPart(Kind.TEXT, " Accessed March 4, 2021."));
    }

    @Test
    void writesTheSupplementWithTheIssueAndThePubMedCentralId() {
        Reference r = Reference.builder(ReferenceType.ARTICLE_JOURNAL)
                .title("A study").journal("Neurology").year(2016).volume("87").issue("24").supplement("Suppl 2")
                .pages("2585-2593").pmid("28265662").pmcid("PMC6890138")
                .build();
        assertThat(ReferenceFormat.plain(r))
                .isEqualTo("A study. Neurology, 2016; 87 (24 Suppl 2): 2585-2593. PMID: 28265662 PMCID: PMC6890138");
        Reference noIssue = Reference.builder(ReferenceType.ARTICLE_JOURNAL)
                .title("A study").journal("Neurology").year(2016).volume("87").supplement("Suppl 2").build();
        assertThat(ReferenceFormat.plain(noIssue)).isEqualTo("A study. Neurology, 2016; 87 (Suppl 2).");
    }

    @Test
    void writesAWebPageWithItsPublisherAndYear() {
        Reference r = Reference.builder(ReferenceType.WEBPAGE)
                .author(new Author(null, null, "EBSCO"))
                .title("Page").site("DynaMed").publisher("EBSCO Information Services").year(2023)
                .url("https://example.org/")
                .build();
        assertThat(ReferenceFormat.plain(r)).isEqualTo(
                "EBSCO. Page. DynaMed website, EBSCO Information Services, 2023. Available at: https://example.org/.");
    }

    @Test
    void writesAReportWithPublisherAndYear() {
        Reference r = Reference.builder(ReferenceType.REPORT)
                .author("Doe", "J.").author("Roe", "R.")
                .title("Annual report").publisher("Agency").year(2018)
                .build();
        assertThat(ReferenceFormat.plain(r)).isEqualTo("Doe, J., Roe, R. Annual report. Agency, 2018.");
    }

    @Test
    void addsNoFullStopAfterAUrlThatEndsWithOne() {
        Reference r = Reference.builder(ReferenceType.WEBPAGE).title("T").url("https://example.org/a.").build();
        assertThat(ReferenceFormat.plain(r)).isEqualTo("T. Available at: https://example.org/a.");
    }

    @Test
    void treatsBlankOptionalFieldsAsAbsent() {
        Reference r = Reference.builder(ReferenceType.ARTICLE_JOURNAL)
                .author(new Author(" ", null, null)).etAl(true)
                .title("Title").journal(" ").volume("").issue(" ").pages(" ").doi(" ").url(" ")
                .build();
        assertThat(ReferenceFormat.plain(r)).isEqualTo("Title.");
    }

    /**
     * The house style writes plain text on a path of its own, without making parts: it must give
     * the parts' texts one after another, for every shape of author and every optional piece.
     */
    @Test
    void plainTextIsThePartsOneAfterAnother() {
        List<Reference> references = List.of(
                Reference.builder(ReferenceType.ARTICLE_JOURNAL)
                        .author("Delacour", "C.").author(new Author("Chambe", null, null)).author(new Author(null, "Ana", null))
                        .author(new Author(null, null, "Study Group")).author(new Author(" ", " ", " ")).etAl(true)
                        .title("A study?").journal("Scientific Reports").year(2020).volume("10").issue("1").pages("2638")
                        .url("https://example.org/a").doi("10.1038/x").pmid("123").accessed(LocalDate.of(2021, 3, 4))
                        .build(),
                Reference.builder(ReferenceType.WEBPAGE).title("Page").site("DynaMed").url("https://example.org/a.").build(),
                Reference.builder(ReferenceType.BOOK).author(new Author(" ", " ", null)).etAl(true).title("Book").publisher("House").build(),
                Reference.builder(ReferenceType.REPORT).title("Report.").doi("10.1/y").build());
        for (Labels labels : List.of(Labels.english(), Labels.spanish())) {
            for (Reference r : references) {
                List<CitationPart> parts = ReferenceFormat.HOUSE.parts(r, labels);
                StringBuilder joined = new StringBuilder();
                for (int i = 0; i < parts.size(); i++) {
                    joined.append(parts.get(i).text());
                    assertThat(i > 0 && parts.get(i).kind() == Kind.TEXT && parts.get(i - 1).kind() == Kind.TEXT)
                            .as("adjacent text parts are one part: %s", parts).isFalse();
                }
                assertThat(ReferenceFormat.HOUSE.plain(r, labels)).isEqualTo(joined.toString()).isNotEmpty();
            }
        }
    }
}
