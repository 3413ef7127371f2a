package org.conditioncontent.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.conditioncontent.model.Author;
import org.conditioncontent.model.Conjunction;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.ItemKind;
import org.conditioncontent.model.MedicalCode;
import org.conditioncontent.model.Publisher;
import org.conditioncontent.model.Resource;
import org.instancio.Instancio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Building records through a shape's constructor and reading them back through its properties:
 * arguments go to the components in order, and each reader reads its own component.
 */
class RecordShapeTest {

    /**
     * Generated records whose components are mostly of the same type (strings, integers), so
     * that an argument put in another's place or a reader reading a neighbour shows.
     */
    static Stream<Record> records() {
        return Stream.of(Item.class, Author.class, Publisher.class, MedicalCode.class, Resource.class)
                .flatMap(type -> Stream.of(11L, 12L, 13L).map(seed -> (Record) Instancio.of(type).withSeed(seed).create()));
    }

    @ParameterizedTest
    @MethodSource("records")
    void eachReaderReadsItsOwnComponent(Record record) throws ReflectiveOperationException {
        RecordShape shape = RecordShape.of(record.getClass());
        for (Property p : shape.properties()) {
            assertThat(p.reader()).as(p.name()).isInstanceOf(Property.TableReader.class);
            assertThat(p.read(record)).as(p.name()).isEqualTo(p.accessor().invoke(record));
        }
    }

    @ParameterizedTest
    @MethodSource("records")
    void aRecordBuiltFromWhatItsReadersReadEqualsTheOriginal(Record record) {
        RecordShape shape = RecordShape.of(record.getClass());
        Object[] arguments = shape.properties().stream().map(p -> p.read(record)).toArray();
        assertThat(shape.construct(arguments)).isEqualTo(record).isNotSameAs(record);
    }

    @Test
    void argumentsGoToTheComponentsInOrder() {
        Object built = RecordShape.of(Item.class).construct("text", "term", "note", List.of("example"),
                Conjunction.OR, ItemKind.values()[0], List.of("paragraph"), List.of(), true);
        assertThat(built).isEqualTo(new Item("text", "term", "note", List.of("example"), Conjunction.OR,
                ItemKind.values()[0], List.of("paragraph"), List.of(), true));
        Item item = (Item) built;
        assertThat(item.term()).isEqualTo("term");
        assertThat(item.note()).isEqualTo("note");
        assertThat(item.ordered()).isTrue();
    }

    @Test
    void whatTheConstructorThrowsComesWrappedWithTheRecordsName() {
        // Lists.copy rejects a null element.
        List<String> withNull = Arrays.asList("a", null);
        assertThatThrownBy(() -> RecordShape.of(Item.class).construct("text", null, null, withNull, null, null,
                List.of(), List.of(), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Cannot build Item: ")
                .hasCauseInstanceOf(NullPointerException.class);
    }

    /** A record whose constructor fails as it is told, built through reflection (it is not the model's). */
    record Failing(String how) {
        Failing {
            if (how.equals("heap")) {
                throw new OutOfMemoryError("Java heap space");
            }
            if (how.equals("assertion")) {
                throw new AssertionError("not built");
            }
        }
    }

    @Test
    void aFullHeapInTheConstructorIsThrownAsItIs() {
        assertThatThrownBy(() -> RecordShape.of(Failing.class).construct("heap"))
                .isExactlyInstanceOf(OutOfMemoryError.class)
                .hasMessage("Java heap space");
    }

    @Test
    void anotherErrorOfTheConstructorComesWrappedWithTheRecordsName() {
        assertThatThrownBy(() -> RecordShape.of(Failing.class).construct("assertion"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Cannot build Failing: ")
                .hasCauseInstanceOf(AssertionError.class);
    }
}
