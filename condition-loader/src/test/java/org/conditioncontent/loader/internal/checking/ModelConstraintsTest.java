package org.conditioncontent.loader.internal.checking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.conditioncontent.loader.GeneratedFile;
import org.conditioncontent.loader.ModelTwin;
import org.conditioncontent.loader.internal.checking.ConstraintReader.Unreadable;
import org.conditioncontent.model.Condition;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelConstraints} is generated from the model records' annotations by {@link #source()},
 * through the screen's own reading of them ({@link ClassScreen#read}): this test fails when the
 * committed file differs from what the annotations give now (a constraint added, removed or
 * changed, a component renamed, a hand edit), so the table cannot drift from what Hibernate
 * Validator reads. To write it again, run this test with {@code -Dconditions.writeModelConstraints=true}.
 */
class ModelConstraintsTest {

    private static final Path FILE = GeneratedFile.inModule("src/main/java/org/conditioncontent/loader/internal/checking/ModelConstraints.java");

    @Test
    void theTableIsWhatTheAnnotationsGive() throws IOException {
        GeneratedFile.assertUpToDate(FILE, source(), "ModelConstraintsTest", "conditions.writeModelConstraints");
    }

    @Test
    void everyRecordOfAnArticleWhoseScreenCanBeWrittenIsInTheTableAndNothingElseIs() throws Unreadable {
        List<Class<?>> records = records();
        assertThat(records).contains(Condition.class).hasSizeGreaterThan(15);
        Set<Class<?>> named = new LinkedHashSet<>();
        for (Class<?> type : records) {
            // A record whose checks cannot be written as source (a validator that initializes
            // itself) is left out of the table and read reflectively, as decision 98 says.
            boolean writable = ClassScreen.read(type).source(new LinkedHashSet<>()) != null;
            assertThat(ModelConstraints.screen(type) != null).as(type.getName() + " in the table").isEqualTo(writable);
            assertThat(ClassScreen.of(type).source(named)).as(type.getName()).isEqualTo(ClassScreen.read(type).source(named));
        }
        assertThat(ModelConstraints.screen(org.conditioncontent.loader.format1.Condition.class)).as("a format 1 record").isNull();
        assertThat(ModelConstraints.screen(Author.class)).as("a record named as one of the model's, elsewhere").isNull();
    }

    @Test
    void theModelsOwnClassFromAnotherClassLoaderIsNotInTheTable() throws Exception {
        Class<?> twin = ModelTwin.of(Condition.class);
        assertThat(twin).isNotSameAs(Condition.class);
        assertThat(ModelConstraints.screen(Condition.class)).isNotNull();
        assertThat(ModelConstraints.screen(twin)).as("the same name in another package object").isNull();
    }

    /** Named as the model's {@code Author}. */
    record Author(String family) {}

    /** The records an article is made of, in the order first met. */
    private static List<Class<?>> records() {
        Set<Class<?>> found = new LinkedHashSet<>();
        ConstraintScreenTest.reachable(Condition.class, found);
        return List.copyOf(found);
    }

    /** The source of {@link ModelConstraints}: one entry per record of {@link #records()} whose screen can be written. */
    static String source() {
        Set<Class<?>> named = new LinkedHashSet<>();
        Set<String> factories = new TreeSet<>();
        StringBuilder cases = new StringBuilder();
        for (Class<?> type : records()) {
            String screen = ClassScreen.read(type).source(named);
            if (screen == null) {
                continue;
            }
            cases.append("            case \"").append(type.getName()).append("\" -> ")
                    .append(screen.replace("\n", "\n                    ")).append(";\n");
            var calls = java.util.regex.Pattern.compile("(?<![\\w.])(notNull|notBlank|pattern|min|max|textSize|collectionSize|mapSize|email|custom)\\(")
                    .matcher(screen);
            while (calls.find()) {
                factories.add(calls.group(1));
            }
        }
        named.add(Condition.class);
        Set<String> imports = new TreeSet<>();
        for (Class<?> type : named) {
            imports.add(type.getCanonicalName());
        }
        imports.add("org.conditioncontent.loader.internal.checking.ConstraintReader.Check");
        imports.add("org.conditioncontent.loader.internal.checking.ConstraintReader.Unreadable");
        imports.add("org.jspecify.annotations.Nullable");
        StringBuilder head = new StringBuilder();
        head.append("import static org.conditioncontent.loader.internal.checking.ClassScreen.element;\n");
        head.append("import static org.conditioncontent.loader.internal.checking.ClassScreen.property;\n");
        for (String factory : factories) {
            head.append("import static org.conditioncontent.loader.internal.checking.ConstraintReader.").append(factory).append(";\n");
        }
        head.append('\n');
        for (String name : imports) {
            head.append("import ").append(name).append(";\n");
        }
        return """
                package org.conditioncontent.loader.internal.checking;

                %s
                /**
                 * The constraints of the model's records, as the screen reads them from their annotations:
                 * the screen takes a model record's checks from here, so a run parses no constraint
                 * annotation and makes no annotation proxy for them. Generated by ModelConstraintsTest
                 * through {@link ClassScreen#read}, the screen's reading of the annotations; do not edit
                 * by hand (the test fails when this file differs from what the annotations give, and
                 * writes it again with {@code -Dconditions.writeModelConstraints=true}). Messages are not
                 * here: the screen reports nothing, Hibernate Validator does.
                 */
                final class ModelConstraints {

                    private ModelConstraints() {}

                    /**
                     * The screen of one of the model's records.
                     *
                     * @param type a class
                     * @return its screen, or {@code null} when the table has none (a class outside the model)
                     * @throws Unreadable if the screen leaves the class to the validator
                     */
                    static @Nullable ClassScreen screen(Class<?> type) throws Unreadable {
                        // The model's own classes only: a class of the same name from another class loader is
                        // in another package object.
                        if (type.getPackage() != Condition.class.getPackage()) {
                            return null;
                        }
                        return switch (type.getName()) {
                %s            default -> null;
                        };
                    }

                    private static Check[] checks(Check... checks) {
                        return checks;
                    }
                }
                """.formatted(head, cases);
    }
}
