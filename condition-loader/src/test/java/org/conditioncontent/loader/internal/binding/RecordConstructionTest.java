package org.conditioncontent.loader.internal.binding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.conditioncontent.json.Property;
import org.conditioncontent.json.RecordShape;
import org.conditioncontent.loader.GeneratedConditions;
import org.conditioncontent.loader.SourceFormat;
import org.conditioncontent.loader.internal.Findings;
import org.conditioncontent.loader.internal.Limits;
import org.conditioncontent.loader.internal.Node;
import org.conditioncontent.loader.internal.reading.TreeReader;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.PartialDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link RecordShape#construct} builds the model's records through a generated table, and any
 * other record through reflection. This test builds every record the binder builds from the
 * examples, the invalid examples, the format 1 fixtures and generated articles, and the same
 * records with deliberately wrong arguments, both ways: the table must give an equal record, or an
 * exception of the same type with the same message and cause, as reflection does.
 */
class RecordConstructionTest {

    private static final java.util.regex.Pattern IDENTITY = java.util.regex.Pattern.compile("@[0-9a-f]+\\b");

    private static final TreeReader READER = new TreeReader(new Limits(1 << 20, 64, 10_000, 100));

    /** What building a record gave: the record, or the type, message and cause of what was thrown. */
    private record Outcome(@Nullable Object record, @Nullable Class<?> thrown, @Nullable String message, @Nullable Class<?> cause) {
        static Outcome of(Supplier<Object> build) {
            try {
                return new Outcome(build.get(), null, null, null);
            } catch (RuntimeException e) {
                // Reflection's accessor for a constructor called often names a mismatched argument's
                // exception by its identity hash ("java.lang.ClassCastException@23e44287"), which
                // differs from call to call.
                String message = e.getMessage() == null ? null : IDENTITY.matcher(e.getMessage()).replaceAll("@");
                return new Outcome(null, e.getClass(), message, e.getCause() == null ? null : e.getCause().getClass());
            }
        }
    }

    /** The reference: the canonical constructor called through reflection, as before the table. */
    private static Object reflectively(RecordShape shape, @Nullable Object @Nullable [] arguments) {
        try {
            return shape.canonical().newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("Cannot build " + shape.type().getSimpleName() + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot call the constructor of " + shape.type().getName(), e);
        }
    }

    private int compared;
    private int failures;

    /** Builds a record both ways from copies of the same arguments and expects the same outcome. */
    private void compare(Class<?> type, @Nullable Object @Nullable [] arguments) {
        RecordShape shape = RecordShape.of(type);
        Outcome expected = Outcome.of(() -> reflectively(shape, arguments == null ? null : arguments.clone()));
        Outcome actual = Outcome.of(() -> shape.construct(arguments == null ? null : arguments.clone()));
        assertThat(actual).as(type.getSimpleName() + " from " + (arguments == null ? null : Arrays.asList(arguments))).isEqualTo(expected);
        compared++;
        if (expected.thrown() != null) {
            failures++;
        }
    }

    /** Every record in a bound value, built again both ways from its components. */
    private void compareAll(@Nullable Object value, Map<Class<?>, Object[]> samples) {
        if (value instanceof List<?> list) {
            list.forEach(v -> compareAll(v, samples));
        } else if (value instanceof Record record) {
            List<Property> properties = RecordShape.of(record.getClass()).properties();
            Object[] arguments = properties.stream().map(p -> p.read(record)).toArray();
            compare(record.getClass(), arguments);
            samples.putIfAbsent(record.getClass(), arguments);
            for (Object argument : arguments) {
                compareAll(argument, samples);
            }
        }
    }

    /** Binds a file and builds everything the binder built, or left unbuilt, again both ways. */
    private void compareFile(Path file, Type root, Map<Class<?>, Object[]> samples) throws IOException {
        Findings findings = new Findings(file.toString(), 1000);
        Node node = READER.read(Files.readString(file, StandardCharsets.UTF_8),
                file.toString().endsWith(".json") ? SourceFormat.JSON : SourceFormat.YAML, findings);
        if (node == null) {
            return;
        }
        Binder binder = new Binder(findings);
        compareAll(binder.bind(node, root), samples);
        for (Binder.Unbuilt unbuilt : binder.unbuilt()) {
            compare(unbuilt.type(), unbuilt.arguments());
        }
    }

    private static List<Path> files(String folder) throws IOException {
        Path here = Path.of(folder);
        Path dir = Files.isDirectory(here) ? here : Path.of("condition-loader").resolve(folder);
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().matches(".*\\.(json|yaml|yml)")).sorted().toList();
        }
    }

    /**
     * Reflection makes a faster accessor for a constructor after some calls, whose messages for a
     * mismatched argument differ from the first one's: every canonical constructor is called that
     * often first, so that the reference and the table's fall-back see the same accessor.
     */
    @BeforeAll
    static void settleReflection() {
        Map<Class<?>, Object[]> samples = new LinkedHashMap<>();
        new RecordConstructionTest().compareAll(GeneratedConditions.generate(1), samples);
        samples.forEach((type, arguments) -> {
            for (int i = 0; i < 40; i++) {
                reflectively(RecordShape.of(type), arguments.clone());
            }
        });
    }

    @Test
    void theExamplesTheInvalidExamplesAndGeneratedArticlesBuildAlike() throws IOException {
        Map<Class<?>, Object[]> samples = new LinkedHashMap<>();
        for (Path file : files("../examples/conditions")) {
            compareFile(file, Condition.class, samples);
        }
        for (Path file : files("../examples/invalid")) {
            compareFile(file, Condition.class, samples);
        }
        int beforeFormat1 = compared;
        for (Path file : files("src/test/resources/format1")) {
            compareFile(file, org.conditioncontent.loader.format1.Condition.class, samples);
        }
        assertThat(compared).as("records outside the model, from format 1").isGreaterThan(beforeFormat1);
        for (long seed = 0; seed < 100; seed++) {
            compareAll(GeneratedConditions.generate(seed), samples);
        }
        assertThat(samples.keySet()).as("every record of the model was built").containsAll(BinderTest.modelRecords());
        assertThat(compared).isGreaterThan(3_000);
    }

    @Test
    void wrongArgumentsFailAlike() {
        Map<Class<?>, Object[]> samples = new LinkedHashMap<>();
        for (long seed = 0; seed < 20; seed++) {
            compareAll(GeneratedConditions.generate(seed), samples);
        }
        samples.forEach((type, sample) -> {
            for (int i = 0; i < sample.length; i++) {
                Object[] arguments = sample.clone();
                arguments[i] = new Object(); // of another type than every component's
                compare(type, arguments);
                arguments[i] = null; // a primitive's is rejected
                compare(type, arguments);
                arguments[i] = Arrays.asList("a", null); // a list with null: the constructors' Lists.copy rejects it
                compare(type, arguments);
                arguments[i] = 7;
                compare(type, arguments);
            }
            compare(type, Arrays.copyOf(sample, sample.length - 1));
            compare(type, Arrays.copyOf(sample, sample.length + 1));
            compare(type, new Object[0]);
            compare(type, null);
        });
        // The compact constructor's own rejections.
        compare(PartialDate.class, new Object[] {2019, 13, null});
        compare(PartialDate.class, new Object[] {2019, 2, 30});
        compare(PartialDate.class, new Object[] {19, null, null});
        compare(PartialDate.class, new Object[] {2019, null, 3});
        assertThat(failures).as("wrong arguments that failed").isGreaterThan(200);
    }

    /** A record outside the model that notes whether reflection called its constructor. */
    record Outside(String name, int count) {
        static boolean reflected;

        Outside {
            if (count < 0) {
                throw new IllegalArgumentException("count must not be negative");
            }
            reflected = calledThroughReflection();
        }
    }

    private static boolean calledThroughReflection() {
        return StackWalker.getInstance(StackWalker.Option.SHOW_REFLECT_FRAMES)
                .walk(frames -> frames.anyMatch(f -> f.getClassName().equals("java.lang.reflect.Constructor")));
    }

    @Test
    void aRecordOutsideTheModelIsBuiltThroughReflectionAndTheModelsWithout() {
        Outside.reflected = false;
        Object outside = RecordShape.of(Outside.class).construct("a", 1);
        assertThat(Outside.reflected).isTrue();
        assertThat(outside).isEqualTo(new Outside("a", 1));
        compare(Outside.class, new Object[] {"a", -1});
        compare(Outside.class, new Object[] {"a", "1"});

        // Item's constructor copies its lists; this one notes who asked for its elements.
        List<Boolean> reflected = new ArrayList<>();
        List<String> examples = new AbstractList<>() {
            @Override
            public String get(int index) {
                reflected.add(calledThroughReflection());
                return "example";
            }

            @Override
            public int size() {
                return 1;
            }
        };
        Object item = RecordShape.of(Item.class).construct("text", null, null, examples, null, null, List.of(), List.of(), false);
        assertThat(((Item) item).examples()).containsExactly("example");
        assertThat(reflected).isNotEmpty().containsOnly(false);
    }
}
