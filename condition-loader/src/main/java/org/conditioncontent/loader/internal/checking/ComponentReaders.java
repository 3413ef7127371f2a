package org.conditioncontent.loader.internal.checking;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads a record component's value as Hibernate Validator does (it reads the field), but through a
 * function that calls the component's accessor, made once per component with
 * {@link LambdaMetafactory}. Code compiled by C1 alone (the launcher's cold runs) calls such a
 * function and the accessor it wraps for a few instructions, where {@code Field.get} goes through
 * the field accessor's type check, a call into the VM for {@code Class.isAssignableFrom} and an
 * unsafe volatile read for every value.
 *
 * <p>An accessor is used only when it is the one the compiler writes for a component that does not
 * declare its own: its code, read from the class file, is {@code aload_0; getfield} of the
 * component's own field{@code ; return}, so it returns exactly what the field holds. A record that
 * declares an accessor of its own (which may copy, normalise or compute), a class file that cannot
 * be read, or an accessor the screen's module may not call gets no function, and its fields are
 * read by reflection as before. Stateless.
 */
final class ComponentReaders {

    private static final int MAGIC = 0xCAFEBABE;
    private static final int ALOAD_0 = 0x2a;
    private static final int GETFIELD = 0xb4;

    private ComponentReaders() {}

    /**
     * The accessors of a record that only return their field, by name: read from the record's class
     * file.
     *
     * @param record a record class
     * @return the names of its accessors whose code is {@code aload_0; getfield; return} of the
     *     component's field of this class; empty when the class file cannot be found or read
     */
    static Set<String> plainAccessors(Class<?> record) {
        String name = record.getName();
        String resource = name.substring(name.lastIndexOf('.') + 1) + ".class";
        try (InputStream in = record.getResourceAsStream(resource)) {
            if (in == null) {
                return Set.of();
            }
            return plainAccessors(in.readAllBytes(), name.replace('.', '/'));
        } catch (IOException | RuntimeException e) {
            // A class file this reader does not understand: the fields are read by reflection.
            return Set.of();
        }
    }

    /**
     * A function that reads a component through its accessor, when the accessor is one of
     * {@code plain} (see {@link #plainAccessors}) and the screen may call it.
     *
     * @param record the record class
     * @param component one of its components
     * @param plain the record's plain accessors
     * @return the function, or {@code null} when the field must be read by reflection
     */
    @SuppressWarnings("unchecked") // the call site's type is Function, as asked of the metafactory
    static @Nullable Function<Object, Object> reader(Class<?> record, RecordComponent component, Set<String> plain) {
        Method accessor = component.getAccessor();
        if (!plain.contains(accessor.getName()) || accessor.getDeclaringClass() != record || accessor.getParameterCount() != 0
                || Modifier.isStatic(accessor.getModifiers())) {
            return null;
        }
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle getter = lookup.unreflect(accessor);
            CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), getter, getter.type());
            return (Function<Object, Object>) site.getTarget().invoke();
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            // Not accessible from here, or not a call the metafactory makes: the field is read instead.
            return null;
        }
    }

    /**
     * The plain accessors in a class file: methods without parameters whose whole code is
     * {@code aload_0; getfield this.<same name> of the method's return type; <matching return>}.
     *
     * @param bytes the class file
     * @param internalName the class's name with slashes, as the class file names it
     * @return the methods' names; empty when the class file is not one this reader understands
     * @throws IOException if the class file ends early
     */
    static Set<String> plainAccessors(byte[] bytes, String internalName) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != MAGIC) {
            return Set.of();
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        int[] tags = new int[count];
        int[] first = new int[count];
        int[] second = new int[count];
        String[] texts = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            tags[i] = tag;
            switch (tag) {
                case 1 -> texts[i] = in.readUTF();
                case 7, 8, 16, 19, 20 -> first[i] = in.readUnsignedShort();
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++; // eight-byte constants take two slots
                }
                case 9, 10, 11, 12, 17, 18 -> {
                    first[i] = in.readUnsignedShort();
                    second[i] = in.readUnsignedShort();
                }
                case 15 -> {
                    in.readUnsignedByte();
                    first[i] = in.readUnsignedShort();
                }
                default -> {
                    return Set.of();
                }
            }
        }
        in.readUnsignedShort(); // access flags
        int thisClass = in.readUnsignedShort();
        if (tags[thisClass] != 7 || !internalName.equals(texts[first[thisClass]])) {
            return Set.of();
        }
        in.readUnsignedShort(); // super class
        in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
        for (int fields = in.readUnsignedShort(); fields > 0; fields--) {
            in.skipNBytes(6);
            skipAttributes(in);
        }
        Set<String> plain = new HashSet<>();
        for (int methods = in.readUnsignedShort(); methods > 0; methods--) {
            in.readUnsignedShort(); // access flags
            String name = texts[in.readUnsignedShort()];
            String descriptor = texts[in.readUnsignedShort()];
            for (int attributes = in.readUnsignedShort(); attributes > 0; attributes--) {
                String attribute = texts[in.readUnsignedShort()];
                int length = in.readInt();
                byte[] body = new byte[length];
                in.readFully(body);
                if ("Code".equals(attribute) && name != null && descriptor != null && descriptor.startsWith("()")
                        && readsOwnField(body, name, descriptor.substring(2), thisClass, tags, first, second, texts)) {
                    plain.add(name);
                }
            }
        }
        return plain;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        for (int attributes = in.readUnsignedShort(); attributes > 0; attributes--) {
            in.readUnsignedShort();
            in.skipNBytes(in.readInt() & 0xffffffffL);
        }
    }

    /** Whether a Code attribute's code is exactly {@code aload_0; getfield this.name:type; return}. */
    private static boolean readsOwnField(byte[] code, String name, String type, int thisClass, int[] tags, int[] first,
            int[] second, String[] texts) {
        // max_stack (2), max_locals (2), code_length (4), the code, an exception table of no entries.
        if (code.length < 15 || (code[4] | code[5] | code[6]) != 0 || code[7] != 5 || (code[13] | code[14]) != 0) {
            return false;
        }
        if ((code[8] & 0xff) != ALOAD_0 || (code[9] & 0xff) != GETFIELD || (code[12] & 0xff) != returnOf(type)) {
            return false;
        }
        int field = ((code[10] & 0xff) << 8) | (code[11] & 0xff);
        if (field <= 0 || field >= tags.length || tags[field] != 9 || first[field] != thisClass) {
            return false;
        }
        int nameAndType = second[field];
        return tags[nameAndType] == 12 && name.equals(texts[first[nameAndType]]) && type.equals(texts[second[nameAndType]]);
    }

    /** The return instruction for a value of a type descriptor. */
    private static int returnOf(String type) {
        return switch (type.isEmpty() ? 'V' : type.charAt(0)) {
            case 'L', '[' -> 0xb0;
            case 'I', 'Z', 'B', 'C', 'S' -> 0xac;
            case 'J' -> 0xad;
            case 'F' -> 0xae;
            case 'D' -> 0xaf;
            default -> -1;
        };
    }
}
