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
     * Calls the canonical constructor. The model's records are built by a direct call, through
     * their entry in a table generated from the model; any other record through reflection.
     *
     * @param arguments one value per property, in order
     * @return the record
     * @throws IllegalArgumentException if the constructor rejects the arguments (the message
     *     names the record, the cause is what the constructor threw), or if an argument is of
     *     another type or {@code null} where the component is primitive, or there are more or
     *     fewer arguments than properties (the message is reflection's)
     * @throws VirtualMachineError as it was thrown, such as an {@link OutOfMemoryError} when the
     *     heap is full: it says nothing about the arguments
     */
    public Object construct(@Nullable Object... arguments) {
        int entry = modelEntry(arguments);
        if (entry >= 0) {
            try {
                return ModelConstructors.construct(entry, arguments);
            } catch (RuntimeException e) {
                // An argument of another type, a null for a primitive or the constructor's own
                // rejection: the call is made again through reflection, so that what it throws is
                // exactly what this method has always thrown (reflection tells a mismatched
                // argument from the constructor's exception). Only a failed build pays for it.
            } catch (VirtualMachineError e) {
                throw e; // a full heap or stack is the JVM's state, not the arguments' fault
            } catch (Error e) {
                throw rejected(e); // what reflection makes of an error thrown by the constructor
            }
        }
        return constructReflectively(arguments);
    }

    /**
     * The table entry that builds this shape's record, or -1 when it is built through reflection.
     * A model record's first property reads through the table, whose entry for that component
     * also names the record's constructor: no look-up by class for each record built.
     */
    private int modelEntry(@Nullable Object @Nullable [] arguments) {
        if (arguments == null || properties.isEmpty() || arguments.length != properties.size()) {
            return -1;
        }
        Property first = properties.get(0);
        return first.reader() instanceof Property.TableReader table && first.accessor().getDeclaringClass() == type
                ? table.index()
                : -1;
    }

    /**
     * Calls the canonical constructor through reflection.
     *
     * @param arguments one value per property, in order
     * @return the record
     * @throws IllegalArgumentException as {@link #construct} does
     */
    private Object constructReflectively(@Nullable Object... arguments) {
        try {
            return canonical.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof VirtualMachineError error) {
                throw error;
            }
            throw rejected(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot call the constructor of " + type.getName(), e);
        }
    }

    private IllegalArgumentException rejected(@Nullable Throwable cause) {
        return new IllegalArgumentException("Cannot build " + type.getSimpleName() + ": " + cause, cause);
    }
}
