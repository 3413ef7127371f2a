package org.conditioncontent.loader.internal.checking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.conditioncontent.model.Reference;
import org.conditioncontent.model.ReferenceType;
import org.junit.jupiter.api.Test;

/**
 * {@link ComponentReaders} trusts an accessor only when its class file shows that it returns its
 * component's field, which is what Hibernate Validator reads; these tests hold it to that on
 * records whose accessors do and do not, and hold the functions it makes to the fields' values.
 */
class ComponentReadersTest {

    record Plain(String text, int count, long size, boolean flag, double share, char mark, List<String> items) {}

    /** Declares an accessor that does just what the compiler's would. */
    record SaidAgain(String text) {
        @Override
        public String text() {
            return text;
        }
    }

    record Stripped(String text) {
        @Override
        public String text() {
            return text.strip();
        }
    }

    record Swapped(String first, String second) {
        @Override
        public String first() {
            return second;
        }
    }

    record Counted(int count) {
        @Override
        public int count() {
            return count + 1;
        }
    }

    @Test
    void accessorsTheCompilerWroteArePlain() {
        assertThat(ComponentReaders.plainAccessors(Plain.class))
                .containsExactlyInAnyOrder("text", "count", "size", "flag", "share", "mark", "items");
    }

    @Test
    void anAccessorThatOnlyReturnsItsFieldIsPlainEvenWhenDeclared() {
        assertThat(ComponentReaders.plainAccessors(SaidAgain.class)).containsExactly("text");
    }

    @Test
    void accessorsThatComputeOrReadAnotherFieldAreNot() {
        assertThat(ComponentReaders.plainAccessors(Stripped.class)).isEmpty();
        assertThat(ComponentReaders.plainAccessors(Swapped.class)).containsExactly("second");
        assertThat(ComponentReaders.plainAccessors(Counted.class)).isEmpty();
        RecordComponent first = Swapped.class.getRecordComponents()[0];
        assertThat(ComponentReaders.reader(Swapped.class, first, ComponentReaders.plainAccessors(Swapped.class))).isNull();
    }

    @Test
    void readersReturnWhatTheFieldsHold() throws ReflectiveOperationException {
        Plain plain = new Plain("a", 7, 1L << 40, true, 0.25, 'x', List.of("b"));
        check(Plain.class, plain);
        Reference reference = Reference.builder(ReferenceType.WEBPAGE).title("A title").url("https://example.org/a").pmid("123").build();
        check(Reference.class, reference);
    }

    private static void check(Class<?> type, Object bean) throws ReflectiveOperationException {
        Set<String> plain = ComponentReaders.plainAccessors(type);
        for (RecordComponent component : type.getRecordComponents()) {
            Function<Object, Object> reader = ComponentReaders.reader(type, component, plain);
            assertThat(reader).as(component.getName()).isNotNull();
            Field field = type.getDeclaredField(component.getName());
            field.setAccessible(true);
            assertThat(reader.apply(bean)).as(component.getName()).isEqualTo(field.get(bean));
        }
    }

    @Test
    void aClassFileItCannotReadGivesNoPlainAccessors() throws IOException {
        byte[] bytes;
        try (InputStream in = Plain.class.getResourceAsStream("ComponentReadersTest$Plain.class")) {
            bytes = in.readAllBytes();
        }
        String name = Plain.class.getName().replace('.', '/');
        assertThat(ComponentReaders.plainAccessors(bytes, name)).contains("text");
        assertThat(ComponentReaders.plainAccessors(bytes, "some/Other")).isEmpty();
        byte[] notAClass = bytes.clone();
        notAClass[0] = 0;
        assertThat(ComponentReaders.plainAccessors(notAClass, name)).isEmpty();
        assertThatThrownBy(() -> ComponentReaders.plainAccessors(Arrays.copyOf(bytes, bytes.length / 2), name))
                .isInstanceOf(EOFException.class);
    }
}
