package org.conditioncontent.loader.internal.checking;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Puts values into a record tree that break (or, now and then, happen to keep) its constraints:
 * blank and white-space-only texts, missing required values, texts that break ids, language tags,
 * DOIs, PubMed ids, URLs, e-mail addresses and file names, numbers out of range, blank list
 * elements, at any depth (nested sections, items, references). It reads nothing from the
 * constraints: the places are every component and list element of the tree, chosen at random
 * from a seed, so the screen and the validator are compared on values neither was written for.
 */
final class ViolationInjector {

    /** Stands for "absent" where a record or list is replaced: unlike {@code null}, it says the choice was made. */
    private static final Object ABSENT = new Object();

    private static final String LONG_LABEL = "a".repeat(64);

    /** Texts for any text field: each breaks some constraint of some field and keeps others. */
    static final List<String> TEXTS = List.of(
            "", " ", "\t", "\n  ", "\u2003", "\u00a0", "\u200b", "\uFFFE", "\uD800", "x", "Con", "nul.txt", "LPT1",
            "a".repeat(201), "a--b", "-a", "a-", "A", "ab-12", "en", "en-US", "e", "toolongsubtag-en", "es-419",
            "https://example.org/", "http://a.example:8080/p?q=1", "javascript:alert(1)", "https://user:pw@example.org/",
            "https://", "ftp://example.org/", "https://a.example:/", "https://a.example:70000/", "https://" + LONG_LABEL + ".org/",
            "10.1000/xyz", "10.1/x", "10.1000/", "https://doi.org/10.1000/x", "12345", "0123", "1234567890",
            "PMC123", "PMC0123", "PMC", "US", "us", "USA", "/a", "/", "/references/0/url", "a",
            "name@example.org", "a@b", "no-at-sign", "a@b.", "@example.org", "a@", "a..b@example.org", ".a@example.org",
            "a.@example.org", "a@-example.org", "a@example-.org", "a@ex--ample.org", "a@exa_mple.org", "a@exa mple.org",
            "a@" + LONG_LABEL + ".org", "a".repeat(65) + "@example.org", "a b@example.org", "a@b@example.org",
            "UPPER@EXAMPLE.ORG", "first.last+tag@sub.example.co.uk", "o'brien@example.org", "a@example..org");

    /** Texts that are blank to the validator or to the model's own constraints: half the texts put in come from here. */
    static final List<String> BLANKS = List.of("", " ", "\t", "\n  ", "\u2003", "\u200b", "\u200b\u2003 ");

    private static final List<Integer> NUMBERS = Arrays.asList(null, 0, 1, -1, 12, 13, 28, 31, 32, 999, 1000, 2024, 9999, 10000,
            Integer.MIN_VALUE, Integer.MAX_VALUE);

    private ViolationInjector() {}

    /** A record tree with values put in, and what was put where. */
    record Injected(Record root, List<String> changes) {}

    /**
     * Puts {@code count} values into a copy of the tree.
     *
     * @param root the tree
     * @param random where the choices come from
     * @param count how many values to put in
     * @return the changed tree and a line per change
     */
    static Injected inject(Record root, Random random, int count) {
        Record current = root;
        List<String> changes = new ArrayList<>();
        for (int attempt = 0; changes.size() < count && attempt < count * 20; attempt++) {
            List<Place> places = new ArrayList<>();
            collect(current, "", new ArrayList<>(), places);
            // Mostly a text or a number, where most constraints are; now and then anything else.
            List<Place> values = places.stream().filter(Place::isValue).toList();
            List<Place> from = values.isEmpty() || random.nextInt(5) == 0 ? places : values;
            Place place = from.get(random.nextInt(from.size()));
            Object value = replacement(place, random);
            try {
                current = (Record) replace(current, place.steps(), 0, value);
                changes.add(place.pointer() + " = " + show(value));
            } catch (NotBuildable e) {
                // The records refuse the value themselves (a date out of range, a null in a list): another place.
            }
        }
        return new Injected(current, changes);
    }

    /** A component or list element: the steps (component or list indexes) from the root, and its declared type. */
    private record Place(List<Integer> steps, String pointer, Type type, boolean element) {
        boolean isValue() {
            return type == String.class || type == Integer.class || type == int.class;
        }
    }

    private static void collect(Object value, String pointer, List<Integer> steps, List<Place> out) {
        if (!(value instanceof Record record)) {
            return;
        }
        RecordComponent[] components = record.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            List<Integer> here = append(steps, i);
            String at = pointer + "/" + components[i].getName();
            Type type = components[i].getGenericType();
            out.add(new Place(here, at, type, false));
            Object child = read(record, components[i]);
            if (child instanceof List<?> list && type instanceof ParameterizedType p) {
                for (int k = 0; k < list.size(); k++) {
                    out.add(new Place(append(here, k), at + "/" + k, p.getActualTypeArguments()[0], true));
                    collect(list.get(k), at + "/" + k, append(here, k), out);
                }
            } else {
                collect(child, at, here, out);
            }
        }
    }

    private static Object replacement(Place place, Random random) {
        Class<?> raw = place.type() instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) place.type();
        if (raw == String.class) {
            if (!place.element() && random.nextInt(8) == 0) {
                return null;
            }
            List<String> from = random.nextBoolean() ? BLANKS : TEXTS;
            return from.get(random.nextInt(from.size()));
        }
        if (raw == Integer.class) {
            return NUMBERS.get(random.nextInt(NUMBERS.size()));
        }
        if (raw == int.class) {
            return NUMBERS.get(1 + random.nextInt(NUMBERS.size() - 1));
        }
        if (raw == boolean.class) {
            return random.nextBoolean();
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return random.nextInt(3) == 0 ? null : constants[random.nextInt(constants.length)];
        }
        if (raw == List.class && place.type() instanceof ParameterizedType p && p.getActualTypeArguments()[0] == String.class) {
            // A list of texts gains a text (often blank) somewhere, or goes.
            return random.nextInt(4) == 0 ? null : List.of(TEXTS.get(random.nextInt(TEXTS.size())));
        }
        // Records, other lists, dates: absent.
        return ABSENT;
    }

    private static Object replace(Object node, List<Integer> steps, int depth, Object value) throws NotBuildable {
        Object put = value == ABSENT ? null : value;
        if (node instanceof List<?> list) {
            int k = steps.get(depth);
            List<Object> copy = new ArrayList<>(list);
            if (depth == steps.size() - 1) {
                if (put == null) {
                    throw new NotBuildable();
                }
                copy.set(k, put);
            } else {
                copy.set(k, replace(list.get(k), steps, depth + 1, value));
            }
            return copy;
        }
        Record record = (Record) node;
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] arguments = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            arguments[i] = read(record, components[i]);
            types[i] = components[i].getType();
        }
        int i = steps.get(depth);
        if (depth == steps.size() - 1) {
            if (put == null && types[i].isPrimitive()) {
                throw new NotBuildable();
            }
            arguments[i] = put;
        } else {
            arguments[i] = replace(arguments[i], steps, depth + 1, value);
        }
        try {
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new NotBuildable();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Integer> append(List<Integer> steps, int step) {
        List<Integer> out = new ArrayList<>(steps);
        out.add(step);
        return out;
    }

    private static String show(Object value) {
        if (value == ABSENT || value == null) {
            return "null";
        }
        String text = value.toString();
        return value instanceof String ? '"' + (text.length() > 20 ? text.substring(0, 20) + "..." : text) + '"' : text;
    }

    /** A value the records will not take. */
    private static final class NotBuildable extends Exception {
        private static final long serialVersionUID = 1L;

        NotBuildable() {
            super(null, null, false, false);
        }
    }
}
