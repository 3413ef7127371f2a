package org.conditioncontent.json;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A record type as the wire sees it: its fields in component order, and its canonical
 * constructor. Shapes are computed once per class and cached.
 *
 * @param type the record class
 * @param properties the fields, in component order (the order they are written in)
 * @param canonical the canonical constructor
 */
public record RecordShape(Class<?> type, List<Property> properties, Constructor<?> canonical) {

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type.getName() + " is not a record");
            }
            RecordComponent[] components = type.getRecordComponents();
            List<Property> properties = Arrays.stream(components)
                    .map(c -> new Property(c.getName(), c.getGenericType(), c.getAccessor()))
                    .toList();
            Class<?>[] parameterTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                Constructor<?> canonical = type.getDeclaredConstructor(parameterTypes);
                // Made accessible (it is public: this only turns off the check), so that each call
                // skips finding its caller and checking access: the binder builds every record of
                // every article through it, and those two were most of a call's cost in a cold run.
                // Where the module system refuses, the constructor is still called, checked.
                canonical.trySetAccessible();
                return new RecordShape(type, properties, canonical);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("No canonical constructor in " + type.getName(), e);
            }
        }
    };

    /**
     * The shape of a record class.
     *
     * @param type a record class
     * @return its shape
     * @throws IllegalArgumentException if the class is not a record
     */
    public static RecordShape of(Class<?> type) {
        return SHAPES.get(type);
    }

    /**
     * The field with a name.
     *
     * @param name a field name
     * @return the property, or {@code null} if the record has no such field
     */
    public @Nullable Property property(String name) {
        for (Property p : properties) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Calls the canonical constructor.
     *
     * @param arguments one value per property, in order
     * @return the record
     * @throws IllegalArgumentException if the constructor rejects the arguments
     */
    public Object construct(@Nullable Object... arguments) {
        try {
            return canonical.newInstance(arguments);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new IllegalArgumentException("Cannot build " + type.getSimpleName() + ": " + cause, cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot call the constructor of " + type.getName(), e);
        }
    }
}
