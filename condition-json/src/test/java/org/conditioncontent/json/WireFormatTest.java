package org.conditioncontent.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Medication;
import org.conditioncontent.model.MedicationKind;
import org.conditioncontent.model.Medications;
import org.conditioncontent.model.Reference;
import org.conditioncontent.model.ReferenceType;
import org.conditioncontent.model.Review;
import org.junit.jupiter.api.Test;

class WireFormatTest {

    @Test
    void recordsAreWrittenInComponentOrderLeavingOutWhatIsAbsent() {
        Condition c = Condition.builder("cramps", "Leg Cramps")
                .alsoCalled("Night Cramps")
                .medications(new Medications(List.of(), "Options are:", List.of(Medication.of("Muscle relaxants", MedicationKind.DRUG_CLASS))))
                .review(new Review(null, LocalDate.of(2024, 5, 1), null, List.of()))
                .build();
        StringBuilder out = new StringBuilder();
        WireFormat.write(c, out);
        assertThat(out).hasToString("""
                {
                  "formatVersion": 1,
                  "id": "cramps",
                  "title": "Leg Cramps",
                  "alsoCalled": [
                    "Night Cramps"
                  ],
                  "medications": {
                    "leadIn": "Options are:",
                    "items": [
                      {
                        "name": "Muscle relaxants",
                        "kind": "drug-class"
                      }
                    ]
                  },
                  "review": {
                    "lastReviewed": "2024-05-01"
                  }
                }
                """);
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
        WireFormat.write(new Medications(null, null, null), out);
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
        assertThat(WireFormat.enumName(MedicationKind.DRUG_CLASS)).isEqualTo("drug-class");
        assertThat(WireFormat.enumValue(ReferenceType.class, "article-journal")).isEqualTo(ReferenceType.ARTICLE_JOURNAL);
        assertThat(WireFormat.enumValue(ReferenceType.class, "ARTICLE_JOURNAL")).isNull();
        assertThat(WireFormat.enumNames(MedicationKind.class)).containsExactly("drug", "drug-class");
    }

    @Test
    void datesAreIsoCalendarDates() {
        assertThat(WireFormat.parseDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(WireFormat.parseDate("2023-02-29")).isNull();
        assertThat(WireFormat.parseDate("May 2024")).isNull();
    }

    @Test
    void theShapeOfARecordFollowsItsComponents() {
        RecordShape shape = RecordShape.of(Medication.class);
        assertThat(shape.properties()).extracting(Property::name).containsExactly("name", "kind", "note");
        assertThat(shape.property("kind").rawType()).isEqualTo(MedicationKind.class);
        assertThat(shape.property("nope")).isNull();
        assertThat(shape.construct("Quinine", null, null)).isEqualTo(new Medication("Quinine", null, null));
    }
}
