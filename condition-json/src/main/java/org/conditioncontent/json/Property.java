package org.conditioncontent.json;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;

/**
 * One field of a record on the wire: its name is the record component's name.
 *
 * @param name the field name on the wire and the component name in Java
 * @param type the component's generic type
 * @param accessor the component's accessor
 */
public record Property(String name, Type type, Method accessor) {

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
        try {
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + name + " of " + record.getClass().getName(), e);
        }
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
