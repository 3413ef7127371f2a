package org.conditioncontent.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.conditioncontent.model.Condition;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelReaders} is generated from the model's records by {@link #source()}: this test fails
 * when the committed file differs from what the model gives now (a component added, removed,
 * renamed or reordered, or a hand edit). To write it again, run this test with
 * {@code -Dconditions.writeModelReaders=true}.
 */
class ModelReadersTest {

    private static final Path FILE = inModule("src/main/java/org/conditioncontent/json/ModelReaders.java");

    /** A path in this module, whether the test runs from the module's folder (Maven) or the repository's. */
    static Path inModule(String path) {
        Path here = Path.of(path);
        return Files.exists(here) ? here : Path.of("condition-json").resolve(path);
    }

    @Test
    void theTableIsWhatTheModelGives() throws IOException {
        assertGenerated(FILE, source(), "ModelReadersTest", "conditions.writeModelReaders");
    }

    /**
     * Fails when a generated file differs from what its generator gives now; first writes it
     * again when the system property is {@code true}.
     */
    static void assertGenerated(Path file, String expected, String test, String property) throws IOException {
        if (Boolean.getBoolean(property)) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as(file.getFileName() + " is out of date; run " + test + " with -D" + property + "=true")
                .isEqualTo(expected);
    }

    @Test
    void everyComponentOfAnArticleHasAnEntryAndNothingElseHasOne() {
        List<Class<?>> records = records();
        assertThat(records).contains(Condition.class).hasSizeGreaterThan(10);
        Set<Integer> indexes = new TreeSet<>();
        int components = 0;
        for (Class<?> type : records) {
            components += type.getRecordComponents().length;
            for (RecordComponent c : type.getRecordComponents()) {
                int index = ModelReaders.index(type, c.getName());
                assertThat(index).as(type.getSimpleName() + "." + c.getName()).isNotNegative();
                indexes.add(index);
            }
            assertThat(ModelReaders.index(type, "noSuchComponent")).isEqualTo(-1);
        }
        assertThat(indexes).as("one entry per component, numbered from 0")
                .containsExactlyElementsOf(IntStream.range(0, components).boxed().toList());
        assertThat(ModelReaders.index(Property.class, "name")).as("a record outside the model").isEqualTo(-1);
        assertThat(ModelReaders.index(Author.class, "family"))
                .as("a record named as one of the model's, elsewhere").isEqualTo(-1);
    }

    /** Named as the model's {@code Author}, with a component of the same name. */
    record Author(String family) {}

    /**
     * The records an article is made of, from {@link Condition} through its components' types, the
     * element types of its lists and the variants of its sealed interfaces, in the order first met.
     */
    static List<Class<?>> records() {
        Set<Class<?>> found = new LinkedHashSet<>();
        collect(Condition.class, found);
        return new ArrayList<>(found);
    }

    private static void collect(Type type, Set<Class<?>> found) {
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                collect(argument, found);
            }
            return;
        }
        if (!(type instanceof Class<?> c) || c.getPackage() != Condition.class.getPackage()) {
            return;
        }
        if (c.isSealed()) {
            for (Class<?> variant : c.getPermittedSubclasses()) {
                collect(variant, found);
            }
        }
        if (c.isRecord() && found.add(c)) {
            for (RecordComponent component : c.getRecordComponents()) {
                collect(component.getGenericType(), found);
            }
        }
    }

    /** The source of {@link ModelReaders}: one entry per component of {@link #records()}. */
    static String source() {
        List<Class<?>> records = records();
        StringBuilder imports = new StringBuilder();
        records.stream().map(Class::getCanonicalName).sorted()
                .forEach(name -> imports.append("import ").append(name).append(";\n"));
        StringBuilder indexes = new StringBuilder();
        StringBuilder reads = new StringBuilder();
        int index = 0;
        for (Class<?> type : records) {
            for (RecordComponent c : type.getRecordComponents()) {
                String name = type.getSimpleName();
                indexes.append("            case \"").append(type.getName()).append('.').append(c.getName()).append("\" -> ")
                        .append(index).append(";\n");
                reads.append("            case ").append(index).append(" -> ((").append(name).append(") record).")
                        .append(c.getName()).append("();\n");
                index++;
            }
        }
        return """
                package org.conditioncontent.json;

                %simport org.jspecify.annotations.Nullable;

                /**
                 * Reads the components of the model's records without a class per component: a
                 * property's reader is one {@code switch} case here. Generated by ModelReadersTest from
                 * the records an article is made of; do not edit by hand (the test fails when this file
                 * differs from what the model gives, and writes it again with
                 * {@code -Dconditions.writeModelReaders=true}).
                 *
                 * <p>Why a table: a lambda class per accessor, made by an explicit metafactory call, is
                 * generated and compiled anew in every cold run (the class-data-sharing archive keeps
                 * only the lambdas of {@code invokedynamic} call sites): 85 classes and about 4 %% of a
                 * one-article run's CPU; see docs/performance.md, "Issue 20: classes made at run time, round 5".
                 * The loader's constraint screen reads the components it checks through this table too, where
                 * {@code Field.get} would spin a hidden class per field on JDK 18 and later (docs/performance.md,
                 * "Issue 20: the constraint screen without reflection, round 9").
                 *
                 * <p>Not API: the package is exported only to the library's own modules.
                 */
                public final class ModelReaders {

                    private ModelReaders() {}

                    /**
                     * The entry of a record component.
                     *
                     * @param type a record class
                     * @param component the name of one of its components
                     * @return the entry for {@link #read}, or -1 when the table has none
                     */
                    public static int index(Class<?> type, String component) {
                        // The model's own classes only: a class of the same name from another class loader is
                        // in another package object.
                        if (type.getPackage() != Condition.class.getPackage()) {
                            return -1;
                        }
                        // The class's binary name, so that no record nested in a model class and named as a
                        // top-level one can take the other's entry.
                        return switch (type.getName() + "." + component) {
                %s            default -> -1;
                        };
                    }

                    /**
                     * Reads a component.
                     *
                     * @param index the component's entry, from {@link #index}
                     * @param record a record of the entry's class
                     * @return the component's value, boxed where it is primitive
                     * @throws ClassCastException if the record is of another class
                     * @throws IllegalArgumentException if there is no such entry
                     */
                    public static @Nullable Object read(int index, Object record) {
                        return switch (index) {
                %s            default -> throw new IllegalArgumentException("No component at " + index);
                        };
                    }
                }
                """.formatted(imports, indexes, reads);
    }
}
