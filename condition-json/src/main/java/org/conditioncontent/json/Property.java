package org.conditioncontent.json;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One field of a record on the wire: its name is the record component's name.
 *
 * @param name the field name on the wire and the component name in Java
 * @param type the component's generic type
 * @param accessor the component's accessor
 * @param reader calls the accessor: an entry of the model's table, a function linked to it once,
 *     or reflection where it cannot be linked; not part of {@link #equals(Object)}
 */
public record Property(String name, Type type, Method accessor, Function<Object, Object> reader) {

    /**
     * Whether another property has the same name, type and accessor; the readers, made anew for
     * each property, are not compared.
     *
     * @param other another object
     * @return {@code true} for a property of the same component
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Property p && name.equals(p.name) && type.equals(p.type) && accessor.equals(p.accessor);
    }

    /**
     * A hash of the name, type and accessor, consistent with {@link #equals(Object)}.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, type, accessor);
    }

    /**
     * A property whose reader is made from its accessor.
     *
     * @param name the field name
     * @param type the component's generic type
     * @param accessor the component's accessor
     */
    public Property(String name, Type type, Method accessor) {
        this(name, type, accessor, reader(accessor));
    }

    /**
     * A function that calls an accessor, as a lambda would: the loader's rules and the JSON
     * writer read every component of every record of an article, and {@link Method#invoke} (an
     * access check, an argument array, a call the JIT cannot inline) was a twentieth of a full
     * load (see docs/performance.md). A component of the model's records is read through its
     * entry in {@link ModelReaders}, a table generated from the model, so that a cold run makes no
     * class for it; the accessor of any other record is linked once to a lambda made for it. Where
     * the accessor cannot be linked so (a record that is not public), the function calls it
     * reflectively.
     *
     * @param accessor a record component's accessor
     * @return the function
     */
    static Function<Object, Object> reader(Method accessor) {
        int index = ModelReaders.index(accessor.getDeclaringClass(), accessor.getName());
        if (index >= 0) {
            return new TableReader(index);
        }
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle target = lookup.unreflect(accessor);
            Class<?> returned = MethodType.methodType(accessor.getReturnType()).wrap().returnType();
            CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), target,
                    MethodType.methodType(returned, accessor.getDeclaringClass()));
            @SuppressWarnings("unchecked") // the metafactory made exactly this interface, erased
            Function<Object, Object> function = (Function<Object, Object>) site.getTarget().invoke();
            return function;
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            // Not linkable (an accessor this module cannot see, say): reflection still works.
            return new ReflectiveReader(accessor);
        }
    }

    /**
     * Reads a component of one of the model's records through its entry in {@link ModelReaders}.
     *
     * @param index the component's entry
     */
    record TableReader(int index) implements Function<Object, Object> {
        @Override
        public @Nullable Object apply(Object record) {
            return ModelReaders.read(index, record);
        }
    }

    /** Calls an accessor through reflection, for records whose accessors cannot be linked. */
    record ReflectiveReader(Method accessor) implements Function<Object, Object> {
        @Override
        public Object apply(Object record) {
            try {
                return accessor.invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + accessor.getName() + " of " + record.getClass().getName(), e);
            }
        }
    }

    /**
     * The component's class, without type arguments.
     *
     * @return the raw class
     */
    public Class<?> rawType() {
        return raw(type);
    }

    /**
     * Whether the component is a {@code List}.
     *
     * @return {@code true} for a list
     */
    public boolean isList() {
        return rawType() == List.class;
    }

    /**
     * The element type of a list component.
     *
     * @return the element type
     * @throws IllegalStateException if the component is not a list
     */
    public Type elementType() {
        return elementType(type);
    }

    /**
     * The element type of a list type.
     *
     * @param listType a parameterized {@code List} type
     * @return its type argument
     * @throws IllegalArgumentException if the type is not a parameterized list
     */
    public static Type elementType(Type listType) {
        if (!(listType instanceof ParameterizedType p) || p.getRawType() != List.class) {
            throw new IllegalArgumentException(listType + " is not a list type");
        }
        return p.getActualTypeArguments()[0];
    }

    /**
     * Reads the component from a record.
     *
     * @param record the record
     * @return the component's value
     */
    public Object read(Record record) {
        return reader.apply(record);
    }

    /**
     * The class of a type, without type arguments or annotations.
     *
     * @param type a class or parameterized type
     * @return the class
     */
    public static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("Unsupported type on the wire: " + type);
    }
}
