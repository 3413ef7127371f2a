package org.conditioncontent.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Aside;
import org.conditioncontent.model.Block;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.ItemKind;
import org.conditioncontent.model.ItemList;
import org.conditioncontent.model.Media;
import org.conditioncontent.model.Paragraph;
import org.conditioncontent.model.PartialDate;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.SectionKind;
import org.conditioncontent.model.Reference;
import org.conditioncontent.model.ReferenceType;
import org.conditioncontent.model.Review;
import org.junit.jupiter.api.Test;

class WireFormatTest {

    @Test
    void recordsAreWrittenInComponentOrderLeavingOutWhatIsAbsent() {
        Condition c = Condition.builder("cramps", "Leg Cramps")
                .alsoCalled("Night Cramps")
                .body(Section.of(SectionKind.MEDICATIONS, Paragraph.of("Options are:"),
                        ItemList.bullets(Item.builder("Muscle relaxants").kind(ItemKind.DRUG_CLASS).build(), Item.of("Quinine"))))
                .review(new Review(null, PartialDate.ofMonth(2019, 10), null, List.of()))
                .build();
        StringBuilder out = new StringBuilder();
        WireFormat.write(c, out);
        assertThat(out).hasToString("""
                {
                  "formatVersion": 2,
                  "id": "cramps",
                  "title": "Leg Cramps",
                  "alsoCalled": [
                    "Night Cramps"
                  ],
                  "body": [
                    {
                      "kind": "medications",
                      "blocks": [
                        "Options are:",
                        {
                          "items": [
                            {
                              "text": "Muscle relaxants",
                              "kind": "drug-class"
                            },
                            "Quinine"
                          ]
                        }
                      ]
                    }
                  ],
                  "review": {
                    "lastReviewed": "2019-10"
                  }
                }
                """);
    }

    /** The model holds the current format only, so another version in the record would write a file that does not load back. */
    @Test
    void anArticleIsWrittenInTheCurrentFormatWhateverItsRecordSays() {
        Condition current = Condition.builder("rt", "Round Trip").body(Section.of(SectionKind.DEFINITION, Paragraph.of("Text."))).build();
        RecordShape shape = RecordShape.of(Condition.class);
        for (Integer version : new Integer[] {1, 3, null}) {
            Object[] components = shape.properties().stream().map(p -> p.read(current)).toArray();
            components[0] = version;
            Condition labelled = (Condition) shape.construct(components);
            StringBuilder json = new StringBuilder();
            WireFormat.write(labelled, json);
            StringBuilder yaml = new StringBuilder();
            WireFormat.writeYaml(labelled, yaml);
            assertThat(json.toString()).as("version %s", version).startsWith("{\n  \"formatVersion\": 2,\n  \"id\": \"rt\",");
            assertThat(yaml.toString()).as("version %s", version).startsWith("formatVersion: 2\nid: rt\n");
        }
    }

    @Test
    void theBuilderTakesOnlyTheCurrentFormatVersion() {
        assertThat(Condition.builder("a", "A").formatVersion(Condition.FORMAT_VERSION).build().formatVersion()).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> Condition.builder("a", "A").formatVersion(1))
                .withMessage("formatVersion must be 2, the format the model holds (older files are upgraded when loaded), but it is 1");
    }

    @Test
    void falseIsLeftOutAndTrueIsWritten() {
        Reference plain = Reference.builder(ReferenceType.WEBPAGE).title("T").build();
        StringBuilder out = new StringBuilder();
        WireFormat.write(plain, out);
        assertThat(out.toString()).doesNotContain("etAl");
        out.setLength(0);
        WireFormat.write(plain.toBuilder().etAl(true).build(), out);
        assertThat(out.toString()).contains("\"etAl\": true");
    }

    @Test
    void aRecordWithEverythingAbsentIsAnEmptyObject() {
        StringBuilder out = new StringBuilder();
        WireFormat.write(new Review(null, null, null, null), out);
        assertThat(out).hasToString("{}\n");
    }

    @Test
    void stringsAreEscapedAsJsonRequires() throws IOException {
        StringBuilder out = new StringBuilder();
        WireFormat.writeString("quote\" back\\ nl\n tab\t cr\r bell\u0007 del\u007f ls\u2028 ps\u2029 é 🦵", out);
        assertThat(out).hasToString("\"quote\\\" back\\\\ nl\\n tab\\t cr\\r bell\\u0007 del\\u007f ls\\u2028 ps\\u2029 é 🦵\"");
    }

    @Test
    void unpairedSurrogatesAreEscapedAndPairsKept() throws IOException {
        StringBuilder out = new StringBuilder();
        WireFormat.writeString("a\uD83E b\uDDB5 c\uD83E\uDDB5", out);
        assertThat(out).hasToString("\"a\\ud83e b\\uddb5 c\uD83E\uDDB5\"");
    }

    @Test
    void enumsHaveLowerCaseHyphenatedNames() {
        assertThat(WireFormat.enumName(ItemKind.DRUG_CLASS)).isEqualTo("drug-class");
        assertThat(WireFormat.enumValue(ReferenceType.class, "article-journal")).isEqualTo(ReferenceType.ARTICLE_JOURNAL);
        assertThat(WireFormat.enumValue(ReferenceType.class, "ARTICLE_JOURNAL")).isNull();
        assertThat(WireFormat.enumNames(org.conditioncontent.model.Conjunction.class)).containsExactly("and", "or");
    }

    @Test
    void datesAreIsoCalendarDates() {
        assertThat(WireFormat.parseDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(WireFormat.parseDate("2023-02-29")).isNull();
        assertThat(WireFormat.parseDate("May 2024")).isNull();
    }

    @Test
    void theShapeOfARecordFollowsItsComponents() {
        RecordShape shape = RecordShape.of(Media.class);
        assertThat(shape.properties()).extracting(Property::name).containsExactly("credit", "description", "url");
        assertThat(shape.property("credit").rawType()).isEqualTo(String.class);
        assertThat(shape.property("nope")).isNull();
        assertThat(shape.construct("Credit", null, null)).isEqualTo(new Media("Credit", null, null));
    }

    @Test
    void aParagraphAndAnItemWithOnlyItsTextAreWrittenAsText() {
        StringBuilder out = new StringBuilder();
        WireFormat.write(ItemList.numbered(Item.of("Sit down."), Item.builder("Stand up.").note("slowly").build()), out);
        assertThat(out).hasToString("""
                {
                  "items": [
                    "Sit down.",
                    {
                      "text": "Stand up.",
                      "note": "slowly"
                    }
                  ],
                  "ordered": true
                }
                """);
        assertThat(WireFormat.hasTextForm(Paragraph.class)).isTrue();
        assertThat(WireFormat.hasTextForm(Item.class)).isTrue();
        assertThat(WireFormat.hasTextForm(Aside.class)).isFalse();
    }

    @Test
    void aBlockIsToldByItsFirstField() {
        assertThat(WireFormat.variants(Block.class)).containsExactly(Paragraph.class, ItemList.class, Aside.class, Media.class);
        assertThat(WireFormat.textVariant(Block.class)).isEqualTo(Paragraph.class);
        assertThat(WireFormat.objectVariant(Block.class, "items"::equals)).isEqualTo(ItemList.class);
        assertThat(WireFormat.objectVariant(Block.class, "title"::equals)).isEqualTo(Aside.class);
        assertThat(WireFormat.objectVariant(Block.class, "credit"::equals)).isEqualTo(Media.class);
        assertThat(WireFormat.objectVariant(Block.class, "heading"::equals)).isNull();
        assertThat(WireFormat.discriminator(ItemList.class)).isEqualTo("items");
    }

    @Test
    void anEmptyItemListKeepsTheFieldThatTellsItApart() {
        // {} would be read as a block with none of the variants' fields (audit-api #2).
        Section section = new Section(SectionKind.CAUSES, null, false,
                List.of(Paragraph.of("The causes are:"), new ItemList(List.of(), false), new ItemList(List.of(), true)), List.of());
        StringBuilder out = new StringBuilder();
        WireFormat.write(section, out);
        assertThat(out).hasToString("""
                {
                  "kind": "causes",
                  "blocks": [
                    "The causes are:",
                    {
                      "items": []
                    },
                    {
                      "items": [],
                      "ordered": true
                    }
                  ]
                }
                """);
        StringBuilder yaml = new StringBuilder();
        WireFormat.writeYaml(section, yaml);
        assertThat(yaml).hasToString("""
                kind: causes
                blocks:
                  - "The causes are:"
                  - items: []
                  - items: []
                    ordered: true
                """);
    }

    @Test
    void partialDatesAreWrittenToTheirPrecision() {
        StringBuilder out = new StringBuilder();
        WireFormat.write(new Review(null, PartialDate.ofYear(2019), PartialDate.of(LocalDate.of(2027, 3, 4)), List.of()), out);
        assertThat(out.toString()).contains("\"lastReviewed\": \"2019\"").contains("\"nextReview\": \"2027-03-04\"");
    }
}
