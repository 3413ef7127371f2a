package org.conditioncontent.lsp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.conditioncontent.json.Property;
import org.conditioncontent.json.RecordShape;
import org.conditioncontent.json.WireFormat;
import org.conditioncontent.model.Aside;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.ItemList;
import org.conditioncontent.model.Media;
import org.conditioncontent.model.PartialDate;
import org.conditioncontent.model.Reference;
import org.conditioncontent.model.SectionKind;
import org.junit.jupiter.api.Test;

/**
 * The documentation shown on hover and in completion covers the whole model: every field of
 * every record an article can hold and every value of every enum, walked from {@link Condition}
 * as the wire format walks it. A field added to the model without documentation fails here.
 */
class FieldDocsTest {

    @Test
    void everyFieldAndValueOfTheModelIsDocumented() {
        Set<Class<?>> types = new LinkedHashSet<>();
        collect(Condition.class, types);
        assertThat(types).as("the walk reaches the nested records, and the variants of a block")
                .contains(Reference.class, Item.class, ItemList.class, Aside.class, Media.class, SectionKind.class);
        List<String> missing = new ArrayList<>();
        for (Class<?> type : types) {
            if (type.isRecord()) {
                for (Property p : RecordShape.of(type).properties()) {
                    String doc = FieldDocs.field(type, p.name());
                    if (doc == null || doc.isBlank()) {
                        missing.add(type.getSimpleName() + "." + p.name());
                    }
                }
            } else {
                for (Object constant : type.getEnumConstants()) {
                    if (FieldDocs.constant((Enum<?>) constant) == null) {
                        missing.add(type.getSimpleName() + "." + constant);
                    }
                }
            }
        }
        assertThat(missing).as("fields and values without documentation (write their Javadoc in condition-model)").isEmpty();
    }

    @Test
    void theDocumentationIsTheJavadocMadePlainText() {
        assertThat(FieldDocs.field(Condition.class, "id"))
                .isEqualTo("the article's stable identifier, also its file name in exports (\"nocturnal-leg-cramps\")");
        assertThat(FieldDocs.field(Condition.class, "formatVersion")).doesNotContain("{@").doesNotContain("#");
        assertThat(FieldDocs.field(Condition.class, "noSuchField")).isNull();
    }

    private static void collect(Type type, Set<Class<?>> seen) {
        Class<?> raw = Property.raw(type);
        if (raw == List.class) {
            collect(Property.elementType(type), seen);
        } else if (raw == PartialDate.class) {
            return; // written as text ("2019-10"): no fields for an editor to name
        } else if (raw.isInterface() && raw.isSealed()) {
            WireFormat.variants(raw).forEach(variant -> collect(variant, seen));
        } else if ((raw.isRecord() || raw.isEnum()) && seen.add(raw) && raw.isRecord()) {
            for (Property p : RecordShape.of(raw).properties()) {
                collect(p.type(), seen);
            }
        }
    }
}
