package org.conditioncontent.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.PartialDate;
import org.conditioncontent.model.Review;
import org.junit.jupiter.api.Test;

/** Reading record components through the readers that {@link Property} links. */
class PropertyTest {

    /** A record of another kind than the model's. */
    private record Other(String name, int count) {}

    private static Object read(Record record, String component) {
        Property p = RecordShape.of(record.getClass()).property(component);
        assertThat(p).as(component).isNotNull();
        return p.read(record);
    }

    @Test
    void readsEveryKindOfComponentOfTheModel() {
        Condition c = Condition.builder("a-b", "A title")
                .alsoCalled("Other")
                .review(new Review("Reviewed", PartialDate.ofMonth(2024, 5), null, List.of()))
                .build();
        assertThat(read(c, "id")).isEqualTo("a-b");
        assertThat(read(c, "alsoCalled")).isEqualTo(List.of("Other"));
        assertThat(read(c, "review")).isEqualTo(new Review("Reviewed", PartialDate.ofMonth(2024, 5), null, List.of()));
        assertThat(read(c, "body")).isEqualTo(List.of());
        assertThat(read(c, "publisher")).isNull();
        // Read through the model's table, not reflective; a primitive component comes back boxed,
        // as from the accessor.
        for (Property p : RecordShape.of(Condition.class).properties()) {
            assertThat(p.reader()).as(p.name()).isInstanceOf(Property.TableReader.class);
            assertThat(p.read(c)).as(p.name()).isEqualTo(invoke(p, c));
        }
    }

    @Test
    void theReflectiveReaderReadsWhatTheLinkedOneReads() throws NoSuchMethodException {
        Other o = new Other("x", 3);
        // A record outside the model has no entry in the table.
        assertThat(RecordShape.of(Other.class).properties()).allSatisfy(p -> assertThat(p.reader())
                .isNotInstanceOf(Property.TableReader.class));
        assertThat(read(o, "name")).isEqualTo("x");
        assertThat(read(o, "count")).isEqualTo(3);
        assertThat(new Property.ReflectiveReader(Other.class.getDeclaredMethod("count")).apply(o)).isEqualTo(3);
        assertThatThrownBy(() -> new Property.ReflectiveReader(Other.class.getDeclaredMethod("count")).apply(new Object()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReaderRejectsAnotherRecord() {
        Property id = RecordShape.of(Condition.class).property("id");
        assertThat(id).isNotNull();
        assertThatThrownBy(() -> id.read(new Other("x", 1))).isInstanceOf(RuntimeException.class);
    }

    private static Object invoke(Property p, Record r) {
        try {
            return p.accessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
