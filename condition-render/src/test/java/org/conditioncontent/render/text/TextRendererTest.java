package org.conditioncontent.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.conditioncontent.model.Aside;
import org.conditioncontent.model.Author;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Conjunction;
import org.conditioncontent.model.Contributor;
import org.conditioncontent.model.ContributorRole;
import org.conditioncontent.model.Copyright;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.ItemList;
import org.conditioncontent.model.Media;
import org.conditioncontent.model.Paragraph;
import org.conditioncontent.model.PartialDate;
import org.conditioncontent.model.Reference;
import org.conditioncontent.model.ReferenceType;
import org.conditioncontent.model.Resource;
import org.conditioncontent.model.ResourceGroup;
import org.conditioncontent.model.Review;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.SectionKind;
import org.conditioncontent.model.outline.Part;
import org.conditioncontent.render.CitationStyle;
import org.conditioncontent.render.GoldenFiles;
import org.conditioncontent.render.Labels;
import org.conditioncontent.render.SampleConditions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextRendererTest {

    private final TextRenderer renderer = new TextRenderer();

    @Test
    void partsBuiltWithNullsAreLeftOutNotPrintedAsNull() {
        // An article built in code is not validated: the text renderer printed "Publisher: null",
        // "(C) Copyright null", "Codes: null" and "null null." (audit-api #5). Such parts are left
        // out, and the parts present are kept.
        Condition c = Condition.builder("a", "A title")
                .codes(new org.conditioncontent.model.MedicalCode(null, null, null))
                .publisher(new org.conditioncontent.model.Publisher(null, null))
                .copyright(new Copyright(2024, null))
                .feedback(new org.conditioncontent.model.Feedback(null, null))
                .build();
        String text = new TextRenderer().render(c);
        assertThat(text).doesNotContain("null").doesNotContain("Codes").doesNotContain("Publisher").doesNotContain("(C)");
        Condition partly = c.toBuilder()
                .feedback(new org.conditioncontent.model.Feedback(null, "editors@example.org"))
                .build();
        assertThat(new TextRenderer().render(partly)).doesNotContain("null").contains("\neditors@example.org.\n");
    }

    @Test
    void describesItsFormat() {
        assertThat(renderer.format()).isEqualTo("text");
        assertThat(renderer.mediaType()).isEqualTo("text/plain; charset=UTF-8");
        assertThat(renderer.fileExtension()).isEqualTo("txt");
    }

    @Test
    void rendersTheCompleteSampleAsTheGoldenFile() {
        GoldenFiles.assertMatches("nocturnal-leg-cramps.txt", renderer.render(SampleConditions.complete()));
    }

    @Test
    void rendersEverySentenceOfTheSeed() {
        String seed = resource("/seeds/nocturnal-leg-cramps.txt");
        // The renderer puts lead-ins, nested items and notices on lines of their own where the seed
        // runs some together, so compare the text with line breaks and list markers taken out.
        String rendered = flatten(renderer.render(SampleConditions.nocturnalLegCramps()));
        List<String> missing = seed.lines()
                .map(line -> line.replaceFirst("^- ", "").strip())
                // The publisher prints its one sub-heading in capitals with a colon; the renderer
                // writes a heading as the article gives it, indented by its level (decision 22).
                .map(line -> line.equals("CANADIAN RESOURCES:") ? "Canadian resources" : line)
                .filter(line -> !line.isEmpty())
                .filter(line -> !rendered.contains(line))
                .collect(Collectors.toList());
        assertThat(missing).as("lines of the seed missing from the rendering").isEmpty();
    }

    @Test
    void writesTheSeedsLayoutLineByLine() {
        List<String> lines = renderer.render(SampleConditions.nocturnalLegCramps()).lines().toList();
        assertThat(lines).startsWith(
                "Nocturnal Leg Cramps",
                "Condition",
                "(Muscle Cramps; Nocturnal Muscles Cramps; Age-Related Cramps)",
                "Codes: ICD-10-CM G47.62 (Sleep related leg cramps)",
                "Definition");
        assertThat(lines).containsSubsequence(
                "Copyright \u00a9 Nucleus Medical Media, Inc.",
                "",
                "Causes");
        assertThat(lines).containsSubsequence(
                "- Certain medicines, such as those to treat high blood pressure and high cholesterol",
                "- Some health issues, such as:",
                "  - Diseases of the liver, kidneys, heart, and blood vessels",
                "  - Cancer",
                "  - Hormone disorders\u2014such as thyroid disorders or diabetes",
                "  - Neurological disorders\u2014such as Parkinson disease and peripheral neuropathy",
                "  - Imbalances in minerals\u2014such as calcium, potassium, and magnesium",
                "- Dehydration",
                "Symptoms");
        assertThat(lines).containsSubsequence(
                "Treatment",
                "The goal of treatment is to reduce cramps. It may also include treating any underlying causes.",
                "If no cause is found, treatment options are:",
                "- Stretching leg muscles\u2014when cramps occur");
        assertThat(lines).containsSubsequence(
                "Resources",
                "Family Doctor\u2014American Academy of Family Physicians",
                "Ortho Info\u2014American Academy of Orthopaedic Surgeons",
                "  Canadian resources",
                "Canadian Orthopaedic Foundation",
                "The College of Family Physicians of Canada",
                "References");
        assertThat(lines).endsWith(
                "Contributors",
                "- Mary-Beth Seymour, RN",
                "(C) Copyright 2023 EBSCO Information Services",
                "This content is reviewed regularly and is updated when new and relevant evidence is made available.",
                "This information is neither intended nor implied to be a substitute for professional medical advice. "
                        + "Always seek the advice of your physician or other qualified health provider prior to "
                        + "starting any new treatment or with questions regarding a medical condition.",
                "To send comments or feedback to our Editorial Team regarding the content please email us at "
                        + "healthlibrarysupport@ebsco.com.");
    }

    @Test
    void rendersARecordWithNullsWhereValidationForbidsThem() {
        String text = renderer.render(SampleConditions.withNullsWhereValidationForbidsThem());
        assertThat(text).startsWith("\nCondition\n").contains("\nMore Information\nText.\n").endsWith("\n");
    }

    @Test
    void endsWithExactlyOneNewlineAndUsesOnlyLineFeeds() {
        String text = renderer.render(SampleConditions.complete());
        assertThat(text).endsWith("peripheral-neuropathy\n").doesNotEndWith("\n\n").doesNotContain("\r");
    }

    @Test
    void leavesOutEverythingAnArticleDoesNotHave() {
        assertThat(renderer.render(SampleConditions.minimal())).isEqualTo("Minimal Condition\nCondition\n");
    }

    @Test
    void leavesOutAHeadingWhoseSectionIsEmpty() {
        Condition c = Condition.builder("x", "X")
                .body(Section.of(SectionKind.RISK_FACTORS),
                        new Section(SectionKind.OUTLOOK, "Outlook", false, List.of(), List.of()))
                .resources(new ResourceGroup("CA", "Canadian resources", List.of()))
                .build();
        assertThat(renderer.render(c)).isEqualTo("X\nCondition\n");
    }

    @Test
    void writesNoBlankLineAfterADefinitionWithoutIllustration() {
        Condition c = Condition.builder("x", "X")
                .body(Section.of(SectionKind.DEFINITION, Paragraph.of("One.")), Section.of(SectionKind.CAUSES, Paragraph.of("Two.")))
                .build();
        assertThat(renderer.render(c)).isEqualTo("X\nCondition\nDefinition\nOne.\nCauses\nTwo.\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            WHEN_TO_SEE_A_DOCTOR | When to See a Doctor
            COMPLICATIONS        | Complications
            OUTLOOK              | Outlook
            LIVING_WITH          | Living With the Condition
            SELF_CARE            | Self-Care
            TYPES                | Types
            STAGES               | Stages
            SCREENING            | Screening
            CONTAGIOUSNESS       | How It Spreads
            PREGNANCY            | Pregnancy
            MISCONCEPTIONS       | Common Misconceptions
            QUESTIONS_TO_ASK     | Questions to Ask Your Doctor
            """)
    void headsAFurtherSectionWithoutHeadingByItsKind(SectionKind kind, String heading) {
        Condition c = Condition.builder("x", "X")
                .body(Section.of(kind, Paragraph.of("Text."), Paragraph.of("Lead-in:"), ItemList.bullets(Item.of("Item"))))
                .build();
        assertThat(renderer.render(c)).isEqualTo("X\nCondition\n" + heading + "\nText.\nLead-in:\n- Item\n");
    }

    @Test
    void prefersAFurtherSectionsOwnHeading() {
        Condition c = Condition.builder("x", "X")
                .body(new Section(SectionKind.OUTLOOK, "What to Expect", false, List.of(Paragraph.of("Good.")), List.of()))
                .build();
        assertThat(renderer.render(c)).isEqualTo("X\nCondition\nWhat to Expect\nGood.\n");
    }

    @Test
    void writesRiskFactorExamplesWithTheirConjunctionAtEachDepth() {
        Item three = Item.builder("Deep").examples("a", "b", "c").conjunction(Conjunction.OR).build();
        Item nested = Item.builder("Middle").examples("x").items(three).build();
        Condition c = Condition.builder("x", "X")
                .body(Section.of(SectionKind.RISK_FACTORS, ItemList.bullets(
                        Item.builder("Top").examples("one", "two").conjunction(Conjunction.OR).build(),
                        Item.builder("Parent").items(nested).build())))
                .build();
        assertThat(renderer.render(c)).isEqualTo("""
                X
                Condition
                Risk Factors
                - Top, such as one or two
                - Parent, such as:
                  - Middle\u2014such as x\u2014such as:
                    - Deep\u2014such as a, b, or c
                """);
    }

    @Test
    void writesTheSeedsRiskFactorsExactly() {
        String text = renderer.render(SampleConditions.nocturnalLegCramps());
        assertThat(text)
                .contains("\n- Certain medicines, such as those to treat high blood pressure and high cholesterol\n")
                .contains("\n- Some health issues, such as:\n")
                .contains("\n  - Hormone disorders\u2014such as thyroid disorders or diabetes\n")
                .contains("\n  - Imbalances in minerals\u2014such as calcium, potassium, and magnesium\n");
    }

    @Test
    void writesTheSeedsJournalReferenceExactly() {
        Reference delacour = Reference.builder(ReferenceType.ARTICLE_JOURNAL)
                .author("Delacour", "C.").author("Chambe", "J.").etAl(true)
                .title("Association between physical activity and nocturnal leg cramps in patients over 60 years old: a case-control study")
                .journal("Scientific Reports").year(2020).volume("10").issue("1").pages("2638")
                .build();
        assertThat(referenceLine(delacour)).isEqualTo(
                "- Delacour, C., Chambe, J., et al. Association between physical activity and nocturnal leg cramps in "
                        + "patients over 60 years old: a case-control study. Scientific Reports, 2020; 10 (1): 2638.");
    }

    @Test
    void writesTheSeedsWebPageReferenceExactly() {
        Reference dynamed = Reference.builder(ReferenceType.WEBPAGE)
                .title("Nocturnal leg cramps").site("EBSCO DynaMed")
                .url("https://www.dynamed.com/condition/nocturnal-leg-cramps")
                .build();
        assertThat(referenceLine(dynamed)).isEqualTo(
                "- Nocturnal leg cramps. EBSCO DynaMed website. Available at: https://www.dynamed.com/condition/nocturnal-leg-cramps.");
    }

    @Test
    void writesAJournalReferenceWithoutEtAlAndWithIdentifiers() {
        Reference allen = Reference.builder(ReferenceType.ARTICLE_JOURNAL)
                .author("Allen", "R. E.").author("Kirby", "K. A.")
                .title("Nocturnal leg cramps")
                .journal("American Family Physician").year(2012).volume("86").issue("4").pages("350-355")
                .doi("10.1000/xyz123").pmid("22963024").accessed(LocalDate.of(2024, 2, 29))
                .build();
        assertThat(referenceLine(allen)).isEqualTo(
                "- Allen, R. E., Kirby, K. A. Nocturnal leg cramps. American Family Physician, 2012; 86 (4): 350-355."
                        + " doi:10.1000/xyz123 PMID: 22963024 Accessed February 29, 2024.");
    }

    @Test
    void writesABookReference() {
        Reference book = Reference.builder(ReferenceType.BOOK)
                .author(new Author(null, null, "World Health Organization"))
                .title("Example Handbook").publisher("Example Press").year(2019)
                .build();
        assertThat(referenceLine(book)).isEqualTo("- World Health Organization. Example Handbook. Example Press, 2019.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            volume only          | 10 |   |      | - T. J, 2020; 10.
            issue and pages      |    | 1 | 2638 | - T. J, 2020; (1): 2638.
            volume and pages     | 10 |   | 2638 | - T. J, 2020; 10: 2638.
            pages only           |    |   | 5-9  | - T. J, 2020; 5-9.
            nothing              |    |   |      | - T. J, 2020.
            """)
    void leavesOutAbsentLocatorPartsWithTheirPunctuation(String name, String volume, String issue, String pages, String line) {
        Reference r = Reference.builder(ReferenceType.ARTICLE_JOURNAL)
                .title("T").journal("J").year(2020).volume(volume).issue(issue).pages(pages)
                .build();
        assertThat(referenceLine(r)).isEqualTo(line);
    }

    @Test
    void writesNoSecondFullStopAfterATitleOrAuthorThatHasOne() {
        Reference r = Reference.builder(ReferenceType.ARTICLE_JOURNAL)
                .author("Kirby", "K. A.")
                .title("Do stretches help?")
                .journal("J")
                .build();
        assertThat(referenceLine(r)).isEqualTo("- Kirby, K. A. Do stretches help? J.");
    }

    @Test
    void writesAnAuthorWithOnlyOneNamePart() {
        Reference r = Reference.builder(ReferenceType.REPORT)
                .author(new Author("Smith", null, null)).etAl(true)
                .title("Report")
                .build();
        assertThat(referenceLine(r)).isEqualTo("- Smith, et al. Report.");
    }

    @Test
    void writesResourcesWithSiteOrganizationAndUrl() {
        Condition c = Condition.builder("x", "X")
                .resources(
                        new ResourceGroup("US", null, List.of(
                                new Resource("American Academy of Family Physicians", "Family Doctor", "https://familydoctor.org"))),
                        new ResourceGroup("CA", "Canadian resources", List.of(Resource.of("Canadian Orthopaedic Foundation"))))
                .build();
        assertThat(renderer.render(c)).isEqualTo("""
                X
                Condition
                Resources
                Family Doctor\u2014American Academy of Family Physicians <https://familydoctor.org>
                  Canadian resources
                Canadian Orthopaedic Foundation
                """);
    }

    @Test
    void writesCreditsAndNoticesWithOptionalPartsLeftOut() {
        Condition c = Condition.builder("x", "X")
                .contributors(Contributor.person("A. Writer", null, null))
                .copyright(new Copyright(null, "Holder"))
                .review(new Review(null, null, PartialDate.of(LocalDate.of(2025, 1, 31)), List.of()))
                .build();
        assertThat(renderer.render(c)).isEqualTo("""
                X
                Condition
                Contributors
                - A. Writer
                (C) Copyright Holder
                Next review: January 31, 2025.
                """);
    }

    @Test
    void writesEveryShapeOfFormatTwoInReadingOrder() {
        // Nested headings indented two spaces a level, no heading for the lead summary, numbers
        // and nested bullets, terms, an item's paragraph, an aside's lines after "| ", dates as written.
        assertThat(renderer.render(SampleConditions.shapes())).isEqualTo("""
                Calf Strain
                A guide for runners
                Condition
                Series: Muscle and Joint Guides
                A calf strain is a small tear in the muscles at the back of the lower leg.
                Why does it happen?
                - Dehydration: losing more fluid than you take in
                - Overload: running farther than the muscle is used to
                  Who gets it?
                Runners over 40 are most often affected.
                    Higher risk
                - Tight calf muscles
                What can I do at home?
                Follow these steps:
                1. Rest the leg
                  - Walk only short distances
                  - Use a cane if needed
                2. Stretch gently
                  Stop if the stretch hurts.
                | Runner's stretch
                | Lean against a wall with one leg back.
                | - Running in worn shoes
                  Immediate relief
                - Ice the calf
                Medications
                - Ibuprofen
                - Pain relievers
                Contributors
                - Ana Ruiz, MD
                - The Guide's Editorial Staff (editor)
                Publisher: Example Health Agency <https://example.org>
                Published: 2018. Last updated: March 4, 2023.
                Last reviewed: October 2019.
                """);
    }

    @Test
    void keepsATextsFurtherLinesInItsBoxAndUnderItsItem() {
        // A YAML block keeps its line breaks, and the one at its end: each further line stays in
        // the box and under the item's text, and the last break makes no empty line.
        Condition c = Condition.builder("x", "X")
                .body(Section.of(SectionKind.DEFINITION,
                        new Paragraph("Line one.\nLine two.\n"),
                        new Aside("Box", List.of(
                                new Paragraph("Boxed one.\r\nBoxed two.\n  \nBoxed three."),
                                ItemList.bullets(Item.builder("Item one.\nItem two.").paragraphs("Para one.\nPara two.").build()))),
                        ItemList.numbered(Item.of("a"), Item.of("b"), Item.of("c"), Item.of("d"), Item.of("e"), Item.of("f"),
                                Item.of("g"), Item.of("h"), Item.of("i"), Item.of("Tenth,\ngoes on"))))
                .build();
        assertThat(renderer.render(c)).isEqualTo("""
                X
                Condition
                Definition
                Line one.
                Line two.
                | Box
                | Boxed one.
                | Boxed two.
                |
                | Boxed three.
                | - Item one.
                |   Item two.
                |   Para one.
                |   Para two.
                1. a
                2. b
                3. c
                4. d
                5. e
                6. f
                7. g
                8. h
                9. i
                10. Tenth,
                    goes on
                """);
    }

    @Test
    void writesNoControlCharacterATerminalWouldActOn() {
        // An article may suppress control-character for a field; printed, ESC set the terminal's
        // title and cleared its screen. Each becomes U+FFFD; a tab stays.
        Condition c = Condition.builder("x", "X")
                .body(Section.of(SectionKind.DEFINITION, new Paragraph("A\u001b]0;pwned\u0007\u001b[2JB\tC\u009bD\u007fE"),
                        ItemList.bullets(Item.builder("text").term("T\u001berm").build(), Item.builder("b").term("Two\nlines").build())))
                .disclaimer("Z\u001b[31mY")
                .build();
        String text = renderer.render(c);
        assertThat(text).contains("A\ufffd]0;pwned\ufffd\ufffd[2JB\tC\ufffdD\ufffdE\n", "- T\ufffderm: text\n", "- Two lines: b\n", "Z\ufffd[31mY\n");
        assertThat(text.chars()).noneMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\t' || ch >= 0x7f && ch <= 0x9f);
    }

    @Test
    void replacesControlCharactersOnEitherSideOfALineBreak() {
        // The text is scanned once for a line break or a control character, whichever comes
        // first: a control before the break, or only after it, is replaced all the same.
        Condition c = Condition.builder("x", "X")
                .body(Section.of(SectionKind.DEFINITION, new Paragraph("A\u001bB\nC\u0007D"), new Paragraph("E\nF\u009bG\r\nH")))
                .build();
        assertThat(renderer.render(c)).contains("A\ufffdB\nC\ufffdD\n", "E\nF\ufffdG\nH\n");
    }

    @Test
    void indentsHeadingsUnderASectionWithoutHeadingAsItsHeadingWouldHaveBeen() {
        // noHeading adds no level: the section under it is headed as a top-level one, as the
        // HTML page heads it (h2).
        Section inner = new Section(SectionKind.OTHER, "Inner", false, List.of(new Paragraph("Inner text.")),
                List.of(new Section(SectionKind.OTHER, "Deeper", false, List.of(new Paragraph("Deep text.")), List.of())));
        Condition c = Condition.builder("x", "X")
                .body(new Section(SectionKind.SYMPTOMS, null, true, List.of(new Paragraph("Lead.")), List.of(inner)))
                .build();
        assertThat(renderer.render(c)).isEqualTo("""
                X
                Condition
                Lead.
                Inner
                Inner text.
                  Deeper
                Deep text.
                """);
    }

    @Test
    void headsAGroupOfResourcesAfterAHeadedOneByItsCountry() {
        // Without a heading, Canada's organizations would read as the US group's.
        Condition c = Condition.builder("x", "X")
                .resources(new ResourceGroup("US", "US Resources", List.of(new Resource("A", null, null))),
                        new ResourceGroup("CA", null, List.of(new Resource("B", null, null))))
                .build();
        assertThat(renderer.render(c)).endsWith("""
                Resources
                  US Resources
                A
                  Canada
                B
                """);
        assertThat(renderer.render(c.toBuilder().language("es").build())).contains("\n  Canadá\nB\n");
        Condition unheaded = Condition.builder("x", "X")
                .resources(new ResourceGroup("US", null, List.of(new Resource("A", null, null))),
                        new ResourceGroup("CA", "Canadian Resources", List.of(new Resource("B", null, null))))
                .build();
        assertThat(renderer.render(unheaded)).endsWith("""
                Resources
                A
                  Canadian Resources
                B
                """);
    }

    @Test
    void describesAPictureInWordsBeforeItsCredit() {
        Condition c = Condition.builder("x", "X")
                .body(Section.of(SectionKind.DEFINITION,
                        new Media("Credit one", "The calf muscles", "https://example.org/calf.png"),
                        new Aside("Box", List.of(new Media("Credit two", null, null)))))
                .build();
        assertThat(renderer.render(c)).endsWith("""
                Definition
                Image: The calf muscles <https://example.org/calf.png>
                Credit one

                | Box
                | Credit two
                |
                """);
    }

    @Test
    void namesTheRolesThatAreNotAnAuthorsAndKeepsEachReviewerApart() {
        Condition c = Condition.builder("x", "X")
                .contributors(Contributor.person("Ana Ruiz", "MD", ContributorRole.AUTHOR),
                        Contributor.person("Li Wei", "RN", ContributorRole.MEDICAL_REVIEWER),
                        Contributor.organization("The Staff", ContributorRole.EDITOR))
                .review(new Review(null, null, null, List.of("Mary-Beth Seymour, RN", "Li Wei")))
                .build();
        assertThat(renderer.render(c)).endsWith("""
                Contributors
                - Ana Ruiz, MD
                - Li Wei, RN (medical reviewer)
                - The Staff (editor)
                Reviewed by: Mary-Beth Seymour, RN; Li Wei.
                """);
        assertThat(renderer.render(c.toBuilder().language("es").build())).contains("- Li Wei, RN (revisión médica)\n");
        Condition plain = c.toBuilder().review(new Review(null, null, null, List.of("Ana Ruiz", "Li Wei"))).build();
        assertThat(renderer.render(plain)).endsWith("Reviewed by: Ana Ruiz, Li Wei.\n");
    }

    @Test
    void numbersEachOrderedListFromOneAtEveryDepth() {
        Condition c = Condition.builder("x", "X")
                .body(Section.of(SectionKind.OTHER,
                        ItemList.numbered(Item.builder("First").ordered(true).items(Item.of("a"), Item.of("b")).build(),
                                Item.of("Second")),
                        ItemList.numbered(Item.of("Again"))))
                .build();
        assertThat(renderer.render(c)).isEqualTo("""
                X
                Condition
                More Information
                1. First
                  1. a
                  2. b
                2. Second
                1. Again
                """);
    }

    @Test
    void writesToAnyAppendable() {
        StringWriter writer = new StringWriter();
        renderer.render(SampleConditions.complete(), writer);
        assertThat(writer.toString()).isEqualTo(renderer.render(SampleConditions.complete()));
    }

    @Test
    void reportsAFailingOutputAsUncheckedIoException() {
        Appendable broken = new Appendable() {
            @Override
            public Appendable append(CharSequence csq) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public Appendable append(CharSequence csq, int start, int end) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public Appendable append(char c) throws IOException {
                throw new IOException("disk full");
            }
        };
        Assertions.assertThatThrownBy(() -> renderer.render(SampleConditions.minimal(), broken))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("disk full");
    }

    private String referenceLine(Reference reference) {
        String text = renderer.render(Condition.builder("x", "X").references(reference).build());
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(4).startsWith("X", "Condition", "References");
        return lines.get(3);
    }

    private static String flatten(String text) {
        return Arrays.stream(text.split("\n"))
                .map(line -> line.strip().replaceFirst("^- ", ""))
                .collect(Collectors.joining(" "));
    }

    private static String resource(String name) {
        try (InputStream in = TextRendererTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void toBuilderKeepsEveryOptionAndChangesOnlyWhatIsSetAgain() {
        Condition seed = SampleConditions.nocturnalLegCramps();
        Labels french = Labels.english().toBuilder().language("fr").label(Labels.Label.REFERENCES, "Sources").build();
        TextRenderer custom = TextRenderer.builder()
                .labels(french)
                .citationStyle(CitationStyle.ama())
                .partRenderer(Part.AsidePart.class, (aside, context) -> context.line("[aside]"))
                .build();
        Condition inFrench = seed.toBuilder().language("fr").build();

        TextRenderer copy = custom.toBuilder().build();

        assertThat(copy.render(inFrench)).isEqualTo(custom.render(inFrench)).contains("\nSources\n")
                .isNotEqualTo(new TextRenderer().render(inFrench));
        assertThat(copy.citationStyle()).isSameAs(custom.citationStyle());
        TextRenderer house = custom.toBuilder().citationStyle(CitationStyle.house()).build();
        assertThat(house.render(inFrench)).contains("\nSources\n").isNotEqualTo(custom.render(inFrench));
        assertThat(new TextRenderer().toBuilder().build().render(seed)).isEqualTo(new TextRenderer().render(seed));
        Condition withAsides = SampleConditions.shapes();
        assertThat(copy.render(withAsides)).contains("[aside]").isEqualTo(custom.render(withAsides));
    }
}
