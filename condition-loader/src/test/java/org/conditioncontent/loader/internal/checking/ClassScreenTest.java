package org.conditioncontent.loader.internal.checking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.conditioncontent.json.ModelReaders;
import org.conditioncontent.loader.GeneratedConditions;
import org.conditioncontent.loader.ModelTwin;
import org.conditioncontent.loader.internal.checking.ConstraintReader.Unreadable;
import org.conditioncontent.model.Condition;
import org.junit.jupiter.api.Test;

/**
 * The screen reads the components it checks on the model's records through {@link ModelReaders},
 * a direct call to each accessor, and other records' through their fields: this test fails when a
 * component with a constraint or {@code @Valid} is read through reflection, when an entry reads
 * another component than its own, and when a model record's accessor is not the plain read of its
 * field that the compiler writes (the validator reads fields, the table calls accessors).
 */
class ClassScreenTest {

    @Test
    void everyComponentOfTheModelWithAConstraintOrValidIsReadDirectly() throws Unreadable {
        int constrained = 0;
        for (Class<?> type : records()) {
            // Read from the annotations themselves, not through the screen, so that a component
            // the screen's reading skipped would show here.
            for (RecordComponent component : type.getRecordComponents()) {
                Field field = field(type, component.getName());
                boolean annotated = !found(field).isEmpty();
                if (annotated) {
                    constrained++;
                    assertThat(ModelReaders.index(type, component.getName())).as(type.getName() + "." + component.getName())
                            .isNotNegative();
                }
            }
            ClassScreen read = ClassScreen.read(type);
            if (read.deferral() == null) {
                assertThat(read.readsDirectly()).as(type.getName() + " read from its annotations").isTrue();
            }
            ClassScreen tabled = ModelConstraints.screen(type);
            if (tabled != null) {
                assertThat(tabled.readsDirectly()).as(type.getName() + " in ModelConstraints").isTrue();
            }
        }
        assertThat(constrained).isGreaterThan(60);
    }

    @Test
    void classesOutsideTheModelHaveNoEntries() throws Exception {
        assertThat(ModelReaders.index(Condition.class, "title")).isNotNegative();
        assertThat(ModelReaders.index(Condition.class, "noSuchComponent")).isNegative();
        assertThat(ModelReaders.index(org.conditioncontent.loader.format1.Condition.class, "title")).as("a format 1 record").isNegative();
        assertThat(ModelReaders.index(ModelTwin.of(Condition.class), "title")).as("the same name in another package object").isNegative();
        assertThat(ModelReaders.index(ModelConstraintsTest.Author.class, "family")).as("a record named as one of the model's").isNegative();
    }

    @Test
    void eachEntryReadsItsOwnComponent() throws IllegalAccessException {
        Set<String> screened = Set.copyOf(entries());
        Set<String> distinguished = new TreeSet<>();
        int read = 0;
        for (long seed = 1; seed <= 60; seed++) {
            for (Object bean : records(GeneratedConditions.generate(seed))) {
                Class<?> type = bean.getClass();
                RecordComponent[] components = type.getRecordComponents();
                for (RecordComponent component : components) {
                    int entry = ModelReaders.index(type, component.getName());
                    if (!screened.contains(type.getName() + "." + component.getName())) {
                        continue;
                    }
                    Field field = field(type, component.getName());
                    field.setAccessible(true);
                    Object expected = field.get(bean);
                    assertThat(ModelReaders.read(entry, bean)).as(type.getName() + "." + component.getName()).isSameAs(expected);
                    read++;
                    // The value tells the entry's component from every other one of the record only
                    // when no other holds the same object.
                    boolean unique = expected != null;
                    for (RecordComponent other : components) {
                        if (other != component && unique) {
                            Field otherField = field(type, other.getName());
                            otherField.setAccessible(true);
                            unique = otherField.get(bean) != expected;
                        }
                    }
                    if (unique) {
                        distinguished.add(type.getName() + "." + component.getName());
                    }
                }
            }
        }
        assertThat(read).isGreaterThan(1000);
        assertThat(distinguished).as("entries read on a value no other component holds").containsExactlyInAnyOrderElementsOf(entries());
    }

    @Test
    void theModelsAccessorsReturnTheirFieldsAsTheCompilerWritesThem() throws IOException {
        Set<String> screened = Set.copyOf(entries());
        int checked = 0;
        for (Class<?> type : records()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (screened.contains(type.getName() + "." + component.getName())) {
                    assertThat(AccessorCode.isPlainRead(type, component)).as(type.getName() + "." + component.getName() + "()").isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(entries().size());
        assertThat(AccessorCode.isPlainRead(ConstraintScreenTest.Disguised.class, ConstraintScreenTest.Disguised.class.getRecordComponents()[0]))
                .as("an accessor of its own").isFalse();
    }

    /** The records an article is made of, in the order first met. */
    private static List<Class<?>> records() {
        Set<Class<?>> found = new LinkedHashSet<>();
        ConstraintScreenTest.reachable(Condition.class, found);
        return List.copyOf(found);
    }

    /** Every record object in an article. */
    private static List<Object> records(Object root) throws IllegalAccessException {
        List<Object> out = new ArrayList<>();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        Deque<Object> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            Object next = pending.pop();
            if (seen.put(next, true) != null) {
                continue;
            }
            if (next instanceof Iterable<?> items) {
                for (Object item : items) {
                    if (item != null) {
                        pending.push(item);
                    }
                }
            } else if (next instanceof Record) {
                out.add(next);
                for (RecordComponent component : next.getClass().getRecordComponents()) {
                    Field field = field(next.getClass(), component.getName());
                    field.setAccessible(true);
                    Object value = field.get(next);
                    if (value != null) {
                        pending.push(value);
                    }
                }
            }
        }
        return out;
    }

    /** The components the screens check on the model's records, as {@code class.component}. */
    private static List<String> entries() {
        List<String> out = new ArrayList<>();
        for (Class<?> type : records()) {
            ClassScreen screen = ClassScreen.read(type);
            if (screen.deferral() == null) {
                for (String component : screen.components()) {
                    out.add(type.getName() + "." + component);
                }
            }
        }
        return out;
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new AssertionError(type.getName() + " has no field " + name, e);
        }
    }

    /** The validation annotations on a field and anywhere in its type. */
    private static List<Object> found(Field field) {
        List<Object> out = new ArrayList<>();
        for (var annotation : field.getDeclaredAnnotations()) {
            if (ConstraintReader.isValidation(annotation)) {
                out.add(annotation);
            }
        }
        Deque<java.lang.reflect.AnnotatedType> types = new ArrayDeque<>(List.of(field.getAnnotatedType()));
        while (!types.isEmpty()) {
            var type = types.pop();
            for (var annotation : type.getAnnotations()) {
                if (ConstraintReader.isValidation(annotation)) {
                    out.add(annotation);
                }
            }
            if (type instanceof java.lang.reflect.AnnotatedParameterizedType parameterized) {
                types.addAll(List.of(parameterized.getAnnotatedActualTypeArguments()));
            } else if (type instanceof java.lang.reflect.AnnotatedArrayType array) {
                types.add(array.getAnnotatedGenericComponentType());
            }
        }
        return out;
    }

    /**
     * Reads a record's class file for an accessor's code: the compiler's accessor is
     * {@code aload_0; getfield} of the record's own field of that name{@code ; return}.
     */
    static final class AccessorCode {

        private AccessorCode() {}

        static boolean isPlainRead(Class<?> type, RecordComponent component) throws IOException {
            try (InputStream stream = type.getResourceAsStream(type.getName().substring(type.getPackageName().length() + 1) + ".class")) {
                assertThat(stream).as(type.getName() + "'s class file").isNotNull();
                DataInputStream in = new DataInputStream(stream);
                in.readInt();
                in.readUnsignedShort();
                in.readUnsignedShort();
                int count = in.readUnsignedShort();
                Object[] pool = new Object[count];
                for (int i = 1; i < count; i++) {
                    int tag = in.readUnsignedByte();
                    switch (tag) {
                        case 1 -> pool[i] = in.readUTF();
                        case 3, 4 -> in.readInt();
                        case 5, 6 -> {
                            in.readLong();
                            i++;
                        }
                        case 7, 8, 16, 19, 20 -> pool[i] = new int[] {in.readUnsignedShort()};
                        case 9, 10, 11, 12, 17, 18 -> pool[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                        case 15 -> {
                            in.readUnsignedByte();
                            in.readUnsignedShort();
                        }
                        default -> throw new AssertionError("constant pool tag " + tag + " in " + type.getName());
                    }
                }
                in.readUnsignedShort();
                int self = in.readUnsignedShort();
                in.readUnsignedShort();
                in.skipBytes(2 * in.readUnsignedShort());
                skipMembers(in);
                String descriptor = "()" + component.getType().descriptorString();
                int methods = in.readUnsignedShort();
                for (int m = 0; m < methods; m++) {
                    in.readUnsignedShort();
                    String name = (String) pool[in.readUnsignedShort()];
                    String type2 = (String) pool[in.readUnsignedShort()];
                    int attributes = in.readUnsignedShort();
                    for (int a = 0; a < attributes; a++) {
                        String attribute = (String) pool[in.readUnsignedShort()];
                        int length = in.readInt();
                        if (!attribute.equals("Code") || !name.equals(component.getName()) || !type2.equals(descriptor)) {
                            in.skipBytes(length);
                            continue;
                        }
                        in.readUnsignedShort();
                        in.readUnsignedShort();
                        byte[] code = new byte[in.readInt()];
                        in.readFully(code);
                        return code.length == 5 && code[0] == 0x2a && (code[1] & 0xff) == 0xb4 && isReturn(code[4] & 0xff)
                                && isOwnField(pool, ((code[2] & 0xff) << 8) | (code[3] & 0xff), self, component.getName());
                    }
                }
                return false;
            }
        }

        private static boolean isReturn(int opcode) {
            return opcode >= 0xac && opcode <= 0xb0;
        }

        private static boolean isOwnField(Object[] pool, int fieldRef, int self, String name) {
            int[] ref = (int[]) pool[fieldRef];
            int[] nameAndType = (int[]) pool[ref[1]];
            return ref[0] == self && name.equals(pool[nameAndType[0]]);
        }

        private static void skipMembers(DataInputStream in) throws IOException {
            int members = in.readUnsignedShort();
            for (int m = 0; m < members; m++) {
                in.skipBytes(6);
                int attributes = in.readUnsignedShort();
                for (int a = 0; a < attributes; a++) {
                    in.readUnsignedShort();
                    in.skipBytes(in.readInt());
                }
            }
        }
    }
}
