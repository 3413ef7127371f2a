package org.conditioncontent.loader.internal.checking;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.StringJoiner;
import org.conditioncontent.json.ModelReaders;
import org.conditioncontent.loader.internal.checking.ConstraintReader.Check;
import org.conditioncontent.loader.internal.checking.ConstraintReader.Unreadable;
import org.conditioncontent.loader.internal.checking.ConstraintScreen.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * What the screen checks on the objects of one record class, read once from the class's
 * annotations: for each component, the constraints on its value and on its list's elements, and
 * whether the value (or each element) is cascaded into with {@code @Valid}. A class the screen
 * cannot read exactly as Hibernate Validator does (not a record, a class-level constraint, a
 * constraint on a method or on an interface, a map's or an optional's elements, a constraint it
 * refuses) has no checks and a {@link #deferral() reason}: its objects are left to the validator.
 * Immutable and thread-safe.
 */
final class ClassScreen {

    /** An array, not a list: under C1 a list's iterator costs an allocation and interface calls per object. */
    private final Property[] properties;
    private final @Nullable String deferral;

    private ClassScreen(Property[] properties, @Nullable String deferral) {
        this.properties = properties;
        this.deferral = deferral;
    }

    /**
     * Reads a class's constraints.
     *
     * @param type the class
     * @return its screen, which {@link #deferral() defers} when the class cannot be screened
     */
    static ClassScreen of(Class<?> type) {
        // The model's records come from the generated table: no annotation is parsed and no
        // annotation proxy made. Any other record is read from its annotations.
        ClassScreen tabled;
        try {
            tabled = ModelConstraints.screen(type);
        } catch (Unreadable e) {
            return new ClassScreen(new Property[0], type.getName() + ": " + e.getMessage());
        }
        return tabled != null ? tabled : read(type);
    }

    /**
     * Reads a class's constraints from its annotations alone, as {@link ModelConstraints} is written from.
     *
     * @param type the class
     * @return its screen, which {@link #deferral() defers} when the class cannot be screened
     */
    static ClassScreen read(Class<?> type) {
        try {
            return new ClassScreen(properties(type).toArray(Property[]::new), null);
        } catch (Unreadable e) {
            return new ClassScreen(new Property[0], type.getName() + ": " + e.getMessage());
        }
    }

    /**
     * A screen of the generated table.
     *
     * @param properties the checked components, in their record's order
     * @return the screen
     */
    static ClassScreen of(Property... properties) {
        return new ClassScreen(properties, null);
    }

    /**
     * A component's checks, for the generated table.
     *
     * @param type the record class
     * @param name the component
     * @param checks the checks on its value
     * @param cascade the declared type cascaded into with {@code @Valid}, {@code null} when none is
     * @param element the checks on its elements, {@code null} when none
     * @return the property
     * @throws Unreadable if the component's field cannot be read
     */
    static Property property(Class<?> type, String name, Check[] checks, @Nullable Class<?> cascade, @Nullable Element element)
            throws Unreadable {
        Field field = field(type, name);
        if (!field.trySetAccessible()) {
            throw new Unreadable("the field " + name + " cannot be read");
        }
        return new Property(field, ModelReaders.index(type, name), checks, cascade == null ? null : new Cascade(cascade), element);
    }

    /**
     * A list's element checks, for the generated table.
     *
     * @param checks the checks on each element
     * @param cascade the element type cascaded into with {@code @Valid}, {@code null} when none is
     * @return the element checks
     */
    static Element element(Check[] checks, @Nullable Class<?> cascade) {
        return new Element(checks, cascade == null ? null : new Cascade(cascade));
    }

    /**
     * The Java expression that makes this screen in {@link ModelConstraints}.
     *
     * @param named where the classes the expression names are added, for the table's imports
     * @return the expression, {@code null} when a check cannot be written so
     */
    @Nullable String source(Set<Class<?>> named) {
        if (deferral != null) {
            return "throw new Unreadable(" + ConstraintReader.literal(deferral.substring(deferral.indexOf(": ") + 2)) + ")";
        }
        StringBuilder out = new StringBuilder("ClassScreen.of(");
        String separator = "\n";
        for (Property property : properties) {
            String checks = source(property.checks, named);
            String element = "null";
            if (property.element != null) {
                String elementChecks = source(property.element.checks, named);
                if (elementChecks == null) {
                    return null;
                }
                element = "element(" + elementChecks + ", " + source(property.element.cascade, named) + ")";
            }
            if (checks == null) {
                return null;
            }
            out.append(separator).append("property(type, \"").append(property.field.getName()).append("\", ").append(checks)
                    .append(", ").append(source(property.cascade, named)).append(", ").append(element).append(')');
            separator = ",\n";
        }
        return out.append(')').toString();
    }

    private static @Nullable String source(Check[] checks, Set<Class<?>> named) {
        StringJoiner out = new StringJoiner(", ", "checks(", ")");
        for (Check check : checks) {
            String source = check.source();
            if (source == null) {
                return null;
            }
            if (check.named() != null) {
                named.add(check.named());
            }
            out.add(source);
        }
        return out.toString();
    }

    private static String source(@Nullable Cascade cascade, Set<Class<?>> named) {
        if (cascade == null) {
            return "null";
        }
        named.add(cascade.declared);
        return cascade.declared.getSimpleName() + ".class";
    }

    /**
     * Why the objects of this class are left to the validator.
     *
     * @return the reason, {@code null} when the screen checks them itself
     */
    @Nullable String deferral() {
        return deferral;
    }

    /**
     * The components this screen checks, for the tests of its direct reads.
     *
     * @return their names, in their record's order
     */
    List<String> components() {
        return Arrays.stream(properties).map(property -> property.field.getName()).toList();
    }

    /**
     * Whether every component this screen checks is read with a direct call.
     *
     * @return {@code true} when none is read through reflection
     */
    boolean readsDirectly() {
        return Arrays.stream(properties).allMatch(property -> property.entry >= 0);
    }

    /**
     * Checks one object's own constraints, and queues the objects it cascades into.
     *
     * @param bean an object of this class
     * @param pending where the objects to check next go
     * @return the first verdict that is not {@link Verdict#CLEAN}, or {@code CLEAN}
     */
    Verdict check(Object bean, Pending pending) {
        if (deferral != null) {
            return Verdict.UNKNOWN;
        }
        for (Property property : properties) {
            Verdict verdict = property.check(bean, pending);
            if (verdict != Verdict.CLEAN) {
                return verdict;
            }
        }
        return Verdict.CLEAN;
    }

    private static List<Property> properties(Class<?> type) throws Unreadable {
        if (!type.isRecord()) {
            throw new Unreadable("not a record");
        }
        requireNone(type.getDeclaredAnnotations(), "the class itself carries");
        requireNoneInInterfaces(type, new HashSet<>());
        Set<String> components = new HashSet<>();
        List<Property> properties = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            components.add(component.getName());
            Property property = property(type, component.getName());
            if (property != null) {
                properties.add(property);
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                requireNone(field.getDeclaredAnnotations(), "the static field " + field.getName() + " carries");
                requireNone(found(field.getAnnotatedType()), "the static field " + field.getName() + " carries");
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            List<Annotation> onMethod = found(method);
            if (onMethod.isEmpty() || method.isSynthetic()) {
                continue;
            }
            // An accessor carries its component's annotations that may sit on methods: those say
            // nothing new. Anything else on a method is for the validator alone.
            boolean accessor = method.getParameterCount() == 0 && components.contains(method.getName());
            if (!accessor || !found(field(type, method.getName())).containsAll(onMethod)) {
                throw new Unreadable("the method " + method.getName() + " carries " + onMethod.get(0));
            }
        }
        return properties;
    }

    private static @Nullable Property property(Class<?> type, String name) throws Unreadable {
        Field field = field(type, name);
        List<Check> checks = new ArrayList<>();
        boolean cascade = false;
        for (Annotation annotation : field.getDeclaredAnnotations()) {
            if (!ConstraintReader.isValidation(annotation)) {
                continue;
            }
            if (ConstraintReader.isCascade(annotation)) {
                if (isContainer(field.getType())) {
                    throw new Unreadable("@Valid on the container " + name);
                }
                cascade = true;
            } else if (ConstraintReader.isConstraint(annotation.annotationType())) {
                checks.add(ConstraintReader.check(annotation, field.getType()));
            } else {
                throw new Unreadable(name + " carries " + annotation);
            }
        }
        AnnotatedType annotated = field.getAnnotatedType();
        // A type annotation on the field's own type is the declaration annotation seen again (the
        // validator reads it once); one that is only a type annotation is not read here.
        for (Annotation annotation : annotated.getAnnotations()) {
            if (ConstraintReader.isValidation(annotation) && !List.of(field.getDeclaredAnnotations()).contains(annotation)) {
                throw new Unreadable(name + "'s type carries " + annotation);
            }
        }
        Element element = element(name, field.getType(), annotated);
        if (checks.isEmpty() && !cascade && element == null) {
            return null;
        }
        if (!field.trySetAccessible()) {
            throw new Unreadable("the field " + name + " cannot be read");
        }
        return new Property(field, ModelReaders.index(type, name), checks.toArray(Check[]::new),
                cascade ? new Cascade(field.getType()) : null, element);
    }

    /** The constraints and cascade on a container's elements ({@code List<@NotBlank String>}), if any. */
    private static @Nullable Element element(String name, Class<?> raw, AnnotatedType annotated) throws Unreadable {
        if (annotated instanceof AnnotatedArrayType array && !found(array.getAnnotatedGenericComponentType()).isEmpty()) {
            throw new Unreadable("the elements of the array " + name + " carry constraints");
        }
        if (!(annotated instanceof AnnotatedParameterizedType parameterized)) {
            return null;
        }
        AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
        boolean any = false;
        for (AnnotatedType argument : arguments) {
            any |= !found(argument).isEmpty();
        }
        if (!any) {
            return null;
        }
        // Only an iterable's one element type is read: map keys and values, optionals and other
        // containers have value extractors of their own.
        if (!Iterable.class.isAssignableFrom(raw) || arguments.length != 1) {
            throw new Unreadable("the type arguments of " + name + " carry constraints");
        }
        AnnotatedType argument = arguments[0];
        List<Annotation> own = List.of(argument.getAnnotations());
        if (found(argument).size() != own.stream().filter(ConstraintReader::isValidation).count()) {
            throw new Unreadable("the elements of " + name + " are containers with constraints");
        }
        Class<?> elementType = rawClass(argument.getType());
        if (elementType == null) {
            throw new Unreadable("the elements of " + name + " have no class");
        }
        List<Check> checks = new ArrayList<>();
        boolean cascade = false;
        for (Annotation annotation : own) {
            if (!ConstraintReader.isValidation(annotation)) {
                continue;
            }
            if (ConstraintReader.isCascade(annotation)) {
                if (isContainer(elementType)) {
                    throw new Unreadable("@Valid on containers inside " + name);
                }
                cascade = true;
            } else if (ConstraintReader.isConstraint(annotation.annotationType())) {
                checks.add(ConstraintReader.check(annotation, elementType));
            } else {
                throw new Unreadable("the elements of " + name + " carry " + annotation);
            }
        }
        return new Element(checks.toArray(Check[]::new), cascade ? new Cascade(elementType) : null);
    }

    private static Field field(Class<?> type, String name) throws Unreadable {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new Unreadable("the component " + name + " has no field");
        }
    }

    private static @Nullable Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
    }

    /** Types whose {@code @Valid} means their elements, read by value extractors the screen does not follow. */
    private static boolean isContainer(Class<?> type) {
        return type.isArray() || Iterable.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
                || Optional.class.isAssignableFrom(type) || type.getName().startsWith("java.util.Optional");
    }

    /** Interfaces can declare class-level and getter constraints, which records inherit: none may. */
    private static void requireNoneInInterfaces(Class<?> type, Set<Class<?>> seen) throws Unreadable {
        for (Class<?> implemented : type.getInterfaces()) {
            if (!seen.add(implemented)) {
                continue;
            }
            requireNone(implemented.getDeclaredAnnotations(), "the interface " + implemented.getName() + " carries");
            for (Method method : implemented.getDeclaredMethods()) {
                requireNone(found(method), "the interface method " + implemented.getName() + "." + method.getName() + " carries");
            }
            requireNoneInInterfaces(implemented, seen);
        }
    }

    private static void requireNone(Annotation[] annotations, String where) throws Unreadable {
        requireNone(List.of(annotations), where);
    }

    private static void requireNone(List<Annotation> annotations, String where) throws Unreadable {
        for (Annotation annotation : annotations) {
            if (ConstraintReader.isValidation(annotation)) {
                throw new Unreadable(where + " " + annotation);
            }
        }
    }

    /** The annotations that have a say in validation on a method, its return type and its parameters. */
    private static List<Annotation> found(Method method) {
        List<Annotation> out = new ArrayList<>();
        for (Annotation annotation : method.getDeclaredAnnotations()) {
            if (ConstraintReader.isValidation(annotation)) {
                out.add(annotation);
            }
        }
        out.addAll(found(method.getAnnotatedReturnType()));
        for (var parameter : method.getParameters()) {
            collect(parameter.getDeclaredAnnotations(), out);
            out.addAll(found(parameter.getAnnotatedType()));
        }
        return out;
    }

    /** The annotations that have a say in validation on a field and anywhere in its type. */
    private static List<Annotation> found(Field field) {
        List<Annotation> out = new ArrayList<>();
        collect(field.getDeclaredAnnotations(), out);
        out.addAll(found(field.getAnnotatedType()));
        return out;
    }

    private static void collect(Annotation[] annotations, List<Annotation> out) {
        for (Annotation annotation : annotations) {
            if (ConstraintReader.isValidation(annotation)) {
                out.add(annotation);
            }
        }
    }

    /** The annotations that have a say in validation anywhere in a type: on it, its arguments, bounds and components. */
    private static List<Annotation> found(AnnotatedType type) {
        List<Annotation> out = new ArrayList<>();
        collect(type.getAnnotations(), out);
        if (type instanceof AnnotatedParameterizedType parameterized) {
            for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                out.addAll(found(argument));
            }
        } else if (type instanceof AnnotatedArrayType array) {
            out.addAll(found(array.getAnnotatedGenericComponentType()));
        } else if (type instanceof AnnotatedWildcardType wildcard) {
            for (AnnotatedType bound : wildcard.getAnnotatedUpperBounds()) {
                out.addAll(found(bound));
            }
            for (AnnotatedType bound : wildcard.getAnnotatedLowerBounds()) {
                out.addAll(found(bound));
            }
        }
        return out;
    }

    /**
     * Where a cascade leads. When the declared type is a final class (every record is), each value
     * is of that class, and its screen is looked up once, on first use, rather than once per value;
     * otherwise (a sealed block type) the value's own class is looked up. A value that is not a
     * record gets a screen that defers, as the validator decides for anything else.
     */
    static final class Cascade {
        private final Class<?> declared;
        private final @Nullable Class<?> exact;
        /** The screen of {@link #exact}, set on first use; immutable, so a race makes only equal copies. */
        private @Nullable ClassScreen exactScreen;

        Cascade(Class<?> declared) {
            this.declared = declared;
            this.exact = Modifier.isFinal(declared.getModifiers()) && !declared.isArray() && !declared.isPrimitive() ? declared : null;
        }

        void queue(Object value, Pending pending) {
            ClassScreen screen = null;
            Class<?> type = exact;
            if (type != null && value.getClass() == type) {
                screen = exactScreen;
                if (screen == null) {
                    screen = ConstraintScreen.screenOf(type);
                    exactScreen = screen;
                }
            }
            pending.push(value, screen);
        }
    }

    /** The checks on a container's elements. */
    static final class Element {
        private final Check[] checks;
        private final @Nullable Cascade cascade;

        Element(Check[] checks, @Nullable Cascade cascade) {
            this.checks = checks;
            this.cascade = cascade;
        }

        Verdict check(@Nullable Object item, Pending pending) {
            for (Check check : checks) {
                Verdict verdict = check.test(item);
                if (verdict != Verdict.CLEAN) {
                    return verdict;
                }
            }
            if (item != null && cascade != null) {
                cascade.queue(item, pending);
            }
            return Verdict.CLEAN;
        }
    }

    /**
     * One component's checks: on its value, and on its elements when it is a list. A component of
     * the model's records is read through its entry in {@link ModelReaders}, the table the binder
     * reads records with, a direct call to its accessor; any other through its field. {@code Field.get} goes through method handles on
     * JDK 18 and later, which spins a hidden class per field in every cold run (docs/performance.md,
     * "Issue 20: the constraint screen without reflection, round 9").
     */
    static final class Property {
        private final Field field;
        /** The component's entry in {@link ModelReaders}, -1 when it has none and its field is read. */
        private final int entry;
        private final Check[] checks;
        private final @Nullable Cascade cascade;
        private final @Nullable Element element;

        Property(Field field, int entry, Check[] checks, @Nullable Cascade cascade, @Nullable Element element) {
            this.field = field;
            this.entry = entry;
            this.checks = checks;
            this.cascade = cascade;
            this.element = element;
        }

        Verdict check(Object bean, Pending pending) {
            Object value;
            int at = entry;
            if (at >= 0) {
                value = ModelReaders.read(at, bean);
            } else {
                try {
                    value = field.get(bean);
                } catch (IllegalAccessException e) {
                    return Verdict.UNKNOWN;
                }
            }
            for (Check check : checks) {
                Verdict verdict = check.test(value);
                if (verdict != Verdict.CLEAN) {
                    return verdict;
                }
            }
            if (value == null) {
                return Verdict.CLEAN;
            }
            if (cascade != null) {
                cascade.queue(value, pending);
            }
            Element e = element;
            if (e == null) {
                return Verdict.CLEAN;
            }
            if (value instanceof List<?> list && value instanceof RandomAccess) {
                for (int i = 0, n = list.size(); i < n; i++) {
                    Verdict verdict = e.check(list.get(i), pending);
                    if (verdict != Verdict.CLEAN) {
                        return verdict;
                    }
                }
                return Verdict.CLEAN;
            }
            for (Object item : (Iterable<?>) value) {
                Verdict verdict = e.check(item, pending);
                if (verdict != Verdict.CLEAN) {
                    return verdict;
                }
            }
            return Verdict.CLEAN;
        }
    }

    /**
     * The objects still to check, each with its screen when the cascade already knew it: a stack
     * in two arrays, so that an object queued costs no node and no lookup by class. One per
     * screening, used by one thread.
     */
    static final class Pending {
        private Object[] beans = new Object[32];
        private @Nullable ClassScreen[] screens = new ClassScreen[32];
        private int size;

        void push(Object bean, @Nullable ClassScreen screen) {
            if (size == beans.length) {
                beans = Arrays.copyOf(beans, size * 2);
                screens = Arrays.copyOf(screens, size * 2);
            }
            beans[size] = bean;
            screens[size] = screen;
            size++;
        }

        boolean isEmpty() {
            return size == 0;
        }

        /** The screen of the object on top, or {@code null} when it must be looked up by its class. */
        @Nullable ClassScreen topScreen() {
            return screens[size - 1];
        }

        /** Takes the object on top off the stack. */
        Object pop() {
            size--;
            Object bean = beans[size];
            beans[size] = null;
            screens[size] = null;
            return bean;
        }
    }
}
