package org.conditioncontent.loader.internal.checking;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.GeneratedConditions;
import org.conditioncontent.loader.SourceFormat;
import org.conditioncontent.loader.internal.Findings;
import org.conditioncontent.loader.internal.Limits;
import org.conditioncontent.loader.internal.Node;
import org.conditioncontent.loader.internal.binding.BoundArticle;
import org.conditioncontent.loader.internal.binding.FormatVersion;
import org.conditioncontent.loader.internal.checking.ConstraintScreen.Verdict;
import org.conditioncontent.loader.internal.reading.DocumentReader;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.constraints.FileName;
import org.conditioncontent.model.constraints.NullOrNotBlank;
import org.conditioncontent.model.constraints.ReadableText;
import org.conditioncontent.model.constraints.WebUrl;
import org.conditioncontent.render.json.JsonRenderer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The constraint screen against Hibernate Validator, the validator of record: where the screen
 * says an object is clean, the validator must find nothing, and where it says there is a
 * violation, the validator must find one. Checked on each constraint kind alone, on the things the
 * screen must leave to the validator, and over every example, every invalid example and fixture,
 * and generated articles with violations put in at random; for the files, the loader's findings
 * with the screen must equal those without it.
 */
class ConstraintScreenTest {

    private static final ConstraintChecks CHECKS = new ConstraintChecks();
    private static final Validator VALIDATOR = CHECKS.validator();
    private static final Limits LIMITS = new Limits(4 * 1024 * 1024, 64, 100_000, 200);

    /** The screen's verdict matches what the validator finds: clean means nothing, a violation means something. */
    private static void assertAgrees(Object bean, Verdict expected) {
        Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(bean);
        assertThat(ConstraintScreen.screen(bean)).as("the screen on %s", bean).isEqualTo(expected);
        if (expected == Verdict.CLEAN) {
            assertThat(violations).as("the validator on %s", bean).isEmpty();
        } else if (expected == Verdict.VIOLATION) {
            assertThat(violations).as("the validator on %s", bean).isNotEmpty();
        }
    }

    // One record per constraint kind, as the model declares them.

    record Required(@NotNull String value) {}

    record Blank(@NotBlank String value) {}

    record Shaped(@Pattern(regexp = "[a-z]+(-[a-z]+)*", flags = Pattern.Flag.CASE_INSENSITIVE) String value) {}

    record Month(@Min(1) @Max(12) Integer value) {}

    record Day(@Min(1) @Max(31) int value) {}

    record Sized(@Size(min = 1, max = 3) String text, @Size(max = 2) List<String> list) {}

    record Mail(@Email String value) {}

    record Present(@NullOrNotBlank String value) {}

    record Link(@WebUrl String value) {}

    record Readable(@ReadableText String value) {}

    record Named(@FileName String value) {}

    record Texts(List<@NotBlank String> values) {}

    record Ids(List<@NotBlank @Pattern(regexp = "[a-z]+") String> values) {}

    record Nested(@Valid @Nullable Blank inner) {}

    record NestedList(List<@Valid Blank> items) {}

    sealed interface Part permits Words, Heading {}

    record Words(@NotBlank String text) implements Part {}

    record Heading(@NotBlank @Size(max = 5) String title, List<@Valid Part> parts) implements Part {}

    record Parts(List<@Valid Part> parts) {}

    static Stream<Arguments> eachKind() {
        return Stream.of(
                Arguments.of(new Required("x"), Verdict.CLEAN),
                Arguments.of(new Required(null), Verdict.VIOLATION),
                Arguments.of(new Blank("x"), Verdict.CLEAN),
                Arguments.of(new Blank(" \t\n"), Verdict.VIOLATION),
                Arguments.of(new Blank(null), Verdict.VIOLATION),
                // The validator's blank is String.isBlank's: an em space is blank, a no-break space is not.
                Arguments.of(new Blank("\u2003"), Verdict.VIOLATION),
                Arguments.of(new Blank("\u00a0"), Verdict.CLEAN),
                Arguments.of(new Shaped("Leg-Cramps"), Verdict.CLEAN),
                Arguments.of(new Shaped(null), Verdict.CLEAN),
                Arguments.of(new Shaped("leg cramps"), Verdict.VIOLATION),
                Arguments.of(new Month(12), Verdict.CLEAN),
                Arguments.of(new Month(null), Verdict.CLEAN),
                Arguments.of(new Month(13), Verdict.VIOLATION),
                Arguments.of(new Month(0), Verdict.VIOLATION),
                Arguments.of(new Day(31), Verdict.CLEAN),
                Arguments.of(new Day(32), Verdict.VIOLATION),
                Arguments.of(new Sized("abc", List.of("a", "b")), Verdict.CLEAN),
                Arguments.of(new Sized("", List.of()), Verdict.VIOLATION),
                Arguments.of(new Sized("ab", List.of("a", "b", "c")), Verdict.VIOLATION),
                Arguments.of(new Mail("feedback@example.org"), Verdict.CLEAN),
                Arguments.of(new Mail(""), Verdict.CLEAN),
                Arguments.of(new Mail("feedback.example.org"), Verdict.VIOLATION),
                Arguments.of(new Mail("feedback@example.org."), Verdict.VIOLATION),
                Arguments.of(new Mail("feed..back@example.org"), Verdict.VIOLATION),
                Arguments.of(new Mail("feedback@-example.org"), Verdict.VIOLATION),
                Arguments.of(new Present(null), Verdict.CLEAN),
                Arguments.of(new Present("\u2003"), Verdict.VIOLATION),
                Arguments.of(new Link("https://familydoctor.org/"), Verdict.CLEAN),
                Arguments.of(new Link("javascript:alert(1)"), Verdict.VIOLATION),
                Arguments.of(new Readable("Cramps"), Verdict.CLEAN),
                Arguments.of(new Readable("\u200b\u2003"), Verdict.VIOLATION),
                Arguments.of(new Named("leg-cramps"), Verdict.CLEAN),
                Arguments.of(new Named("con"), Verdict.VIOLATION),
                Arguments.of(new Texts(List.of("a", "b")), Verdict.CLEAN),
                Arguments.of(new Texts(List.of("a", " ")), Verdict.VIOLATION),
                Arguments.of(new Ids(List.of("a", "b")), Verdict.CLEAN),
                Arguments.of(new Ids(List.of("a", "B")), Verdict.VIOLATION),
                Arguments.of(new Nested(new Blank("x")), Verdict.CLEAN),
                Arguments.of(new Nested(null), Verdict.CLEAN),
                Arguments.of(new Nested(new Blank(" ")), Verdict.VIOLATION),
                Arguments.of(new NestedList(List.of(new Blank("x"), new Blank("y"))), Verdict.CLEAN),
                Arguments.of(new NestedList(List.of(new Blank("x"), new Blank(""))), Verdict.VIOLATION),
                Arguments.of(new Parts(List.of(new Words("a"), new Heading("h", List.of(new Words("b"))))), Verdict.CLEAN),
                Arguments.of(new Parts(List.of(new Words("a"), new Heading("h", List.of(new Words(" "))))), Verdict.VIOLATION),
                Arguments.of(new Parts(List.of(new Heading("too long", List.of()))), Verdict.VIOLATION));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("eachKind")
    void eachConstraintKindPassesAndFailsAsTheValidatorSays(Object bean, Verdict expected) {
        assertAgrees(bean, expected);
    }

    // What the screen must leave to the validator.

    record Counted(@Positive Integer value) {}

    interface Extra {}

    record Grouped(@NotBlank(groups = Extra.class) String value) {}

    record Ordered(int from, int to) {
        @AssertTrue(message = "must start before it ends")
        boolean isOrdered() {
            return from <= to;
        }
    }

    record Labels(Map<String, @NotBlank String> labels) {}

    static final class Bean {
        @NotBlank
        final String name = " ";
    }

    record Holder(@Valid Bean bean) {}

    @Target({ElementType.TYPE, ElementType.FIELD, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = {})
    @NotBlank
    @Size(max = 3)
    @interface ShortText {
        String message() default "must be short text";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    record Composed(@ShortText String value) {}

    @Target({ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = NeverValidator.class)
    @interface Never {
        String message() default "never valid";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class NeverValidator implements ConstraintValidator<Never, Object> {
        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            return false;
        }
    }

    @Never
    record WholeRecord(String value) {}

    @Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = WordyValidator.class)
    @interface Wordy {
        String message() default "needs words";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A validator that writes its own message, so it needs the context. */
    public static final class WordyValidator implements ConstraintValidator<Wordy, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("\"" + value + "\" has no space").addConstraintViolation();
            return value == null || value.contains(" ");
        }
    }

    record Sentence(@Wordy String value) {}

    static Stream<Arguments> deferred() {
        return Stream.of(
                Arguments.of(new Counted(1), true, "@Positive is not read by the screen"),
                Arguments.of(new Counted(0), false, "@Positive is not read by the screen"),
                Arguments.of(new Grouped(" "), true, "is in the group"),
                Arguments.of(new Ordered(2, 1), false, "the method isOrdered carries"),
                Arguments.of(new Ordered(1, 2), true, "the method isOrdered carries"),
                Arguments.of(new Labels(Map.of("a", " ")), false, "the type arguments of labels carry constraints"),
                Arguments.of(new Composed("four"), false, "is composed of other constraints"),
                Arguments.of(new WholeRecord("x"), false, "the class itself carries"),
                Arguments.of(new Holder(new Bean()), false, null),
                Arguments.of(new Sentence("two words"), true, null),
                Arguments.of(new Mail("\"quoted\"@example.org"), true, null),
                Arguments.of(new Mail("ärzte@example.org"), true, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deferred")
    void whatTheScreenCannotReadIsLeftToTheValidator(Object bean, boolean valid, @Nullable String reason) {
        assertThat(ConstraintScreen.screen(bean)).isEqualTo(Verdict.UNKNOWN);
        if (reason != null) {
            assertThat(ConstraintScreen.deferral(bean.getClass())).contains(reason);
        }
        assertThat(VALIDATOR.validate(bean).isEmpty()).as("the validator finds %s valid", bean).isEqualTo(valid);
    }

    @Test
    void everyRecordOfBothFormatsIsReadByTheScreen() {
        Set<Class<?>> records = new LinkedHashSet<>();
        reachable(Condition.class, records);
        reachable(org.conditioncontent.loader.format1.Condition.class, records);
        assertThat(records).hasSizeGreaterThan(25);
        for (Class<?> type : records) {
            assertThat(ConstraintScreen.deferral(type)).as("why %s is left to the validator", type.getName()).isNull();
        }
    }

    /** The records a record holds, through its components, their list elements and sealed interfaces' records. */
    static void reachable(Class<?> type, Set<Class<?>> out) {
        if (type.isSealed()) {
            for (Class<?> permitted : type.getPermittedSubclasses()) {
                reachable(permitted, out);
            }
            return;
        }
        if (!type.isRecord() || !out.add(type)) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            Type generic = component.getGenericType();
            reachable(component.getType(), out);
            if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> element) {
                reachable(element, out);
            }
        }
    }

    // The examples, the invalid examples and fixtures, and generated articles.

    private static final List<Path> FOLDERS = List.of(Path.of("../examples/conditions"), Path.of("../examples/invalid"),
            Path.of("src/test/resources/invalid"), Path.of("src/test/resources/format1"), Path.of("src/test/resources/format1/invalid"),
            Path.of("src/test/resources/format1/passing"), Path.of("src/test/resources/passing"),
            Path.of("src/test/resources/hostile"), Path.of("src/test/resources/positions"), Path.of("src/test/resources/readability"),
            Path.of("src/test/resources/seed"));

    /** What a comparison found, for the counts that show the test saw both kinds of article. */
    private static final class Tally {
        final List<String> disagreements = new ArrayList<>();
        final Set<String> brokenConstraints = new TreeSet<>();
        int clean;
        int violations;
        int unknown;

        /** Compares the screen and the validator on a record; tells whether the validator found a violation. */
        boolean compare(String name, Record bound) {
            Set<ConstraintViolation<Record>> found = VALIDATOR.validate(bound);
            Verdict verdict = ConstraintScreen.screen(bound);
            found.forEach(v -> brokenConstraints.add(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()));
            switch (verdict) {
                case CLEAN -> clean++;
                case VIOLATION -> violations++;
                case UNKNOWN -> unknown++;
            }
            if (verdict == Verdict.CLEAN && !found.isEmpty()) {
                disagreements.add(name + ": the screen finds it clean, but the validator reports " + describe(found));
            } else if (verdict == Verdict.VIOLATION && found.isEmpty()) {
                disagreements.add(name + ": the screen finds a violation, but the validator reports none");
            } else if (verdict == Verdict.UNKNOWN) {
                disagreements.add(name + ": the screen cannot tell (the validator reports " + describe(found) + ")");
            }
            return !found.isEmpty();
        }

        /** The loader's findings on a document with the screen and without it are the same, finding for finding. */
        void compareFindings(String name, Node root) {
            Findings binding = new Findings(name, 200);
            int declared = FormatVersion.declared(root);
            if (!FormatVersion.isReadable(declared, root, binding)) {
                return;
            }
            BoundArticle article = BoundArticle.bind(root, declared, binding);
            Findings screened = binding.fresh();
            CHECKS.validate(article, screened);
            Findings unscreened = binding.fresh();
            CHECKS.validateWithoutScreen(article, unscreened);
            List<Diagnostic> withScreen = screened.sorted(Diagnostic.ORDER);
            List<Diagnostic> without = unscreened.sorted(Diagnostic.ORDER);
            if (!withScreen.equals(without)) {
                disagreements.add(name + ": with the screen the loader finds " + withScreen + ", without it " + without);
            }
            if (article.bound() != null) {
                compare(name, article.bound());
            }
        }
    }

    private static String describe(Set<? extends ConstraintViolation<?>> violations) {
        List<String> out = new ArrayList<>();
        violations.forEach(v -> out.add(v.getPropertyPath() + " " + v.getMessage()));
        out.sort(null);
        return out.isEmpty() ? "nothing" : String.join("; ", out);
    }

    @Test
    void theExamplesAndFixturesGetTheSameFindingsWithTheScreen() throws IOException {
        Tally tally = new Tally();
        DocumentReader reader = new DocumentReader(LIMITS);
        int files = 0;
        for (Path folder : FOLDERS) {
            List<Path> paths;
            try (Stream<Path> listed = Files.list(folder)) {
                paths = listed.filter(p -> SourceFormat.of(p).isPresent()).sorted().toList();
            }
            for (Path file : paths) {
                files++;
                Findings findings = new Findings(file.toString(), 200);
                Node root = reader.read(file, SourceFormat.of(file).orElseThrow(), findings);
                if (root != null) {
                    tally.compareFindings(file.toString(), root);
                }
            }
        }
        assertThat(tally.disagreements).isEmpty();
        assertThat(files).isGreaterThan(80);
        // The examples are clean, and the invalid examples and fixtures break constraints.
        assertThat(tally.clean).isGreaterThan(40);
        assertThat(tally.violations).isGreaterThan(5);
    }

    @Test
    void generatedArticlesWithViolationsPutInGetTheValidatorsVerdict() {
        Tally tally = new Tally();
        JsonRenderer json = new JsonRenderer();
        DocumentReader reader = new DocumentReader(LIMITS);
        int broken = 0;
        int loaded = 0;
        long seed = 0;
        // Articles until a thousand of them break a constraint (the values put in sometimes keep every one).
        while (broken < 1000 && seed < 2000) {
            seed++;
            Condition article = GeneratedConditions.generate(seed);
            tally.compare("generated article " + seed, article);
            Random random = new Random(seed);
            ViolationInjector.Injected injected = ViolationInjector.inject(article, random, 1 + random.nextInt(3));
            String name = "generated article " + seed + " with " + injected.changes();
            if (tally.compare(name, injected.root())) {
                broken++;
            }
            // Through the loader too: written as JSON (where the writer can write it), read, bound, checked.
            String text;
            try {
                text = json.render((Condition) injected.root());
            } catch (RuntimeException e) {
                continue;
            }
            Node root = reader.read(text, SourceFormat.JSON, new Findings(name, 200));
            if (root != null) {
                loaded++;
                tally.compareFindings(name, root);
            }
        }
        assertThat(tally.disagreements).isEmpty();
        assertThat(broken).isEqualTo(1000);
        assertThat(loaded).isGreaterThan(1000);
        assertThat(tally.clean).as("untouched articles, and those whose new values keep every constraint").isGreaterThan((int) seed);
        // Every kind of constraint the model declares was broken somewhere.
        assertThat(tally.brokenConstraints).contains("NotNull", "NotBlank", "Pattern", "Min", "Max", "Email", "NullOrNotBlank",
                "WebUrl", "ReadableText", "FileName");
    }

    @Test
    void formatOneArticlesWithViolationsPutInGetTheValidatorsVerdict() {
        Tally tally = new Tally();
        Findings findings = new Findings("format 1", 200);
        Node root = new DocumentReader(LIMITS).read(Path.of("src/test/resources/format1/nocturnal-leg-cramps.yaml"), SourceFormat.YAML,
                findings);
        Record bound = BoundArticle.bind(root, 1, findings).bound();
        assertThat(bound).isInstanceOf(org.conditioncontent.loader.format1.Condition.class);
        int broken = 0;
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            ViolationInjector.Injected injected = ViolationInjector.inject(bound, random, 1 + random.nextInt(3));
            if (tally.compare("the format-1 seed article with " + injected.changes(), injected.root())) {
                broken++;
            }
        }
        assertThat(tally.disagreements).isEmpty();
        assertThat(broken).isGreaterThan(150);
        assertThat(tally.clean).isGreaterThan(10);
        assertThat(tally.brokenConstraints).contains("NotNull", "NotBlank", "Pattern", "Min", "Max", "Email", "NullOrNotBlank", "WebUrl");
    }

    @Test
    void theScreenWalksDeepTreesWithoutRecursion() {
        Heading deepest = new Heading("end", List.of(new Words(" ")));
        Heading heading = deepest;
        for (int i = 0; i < 20_000; i++) {
            heading = new Heading("h", List.of(heading));
        }
        assertThat(ConstraintScreen.screen(new Parts(List.of(heading)))).isEqualTo(Verdict.VIOLATION);
    }

    // The screen reads fields, as the validator does, not accessors.

    /** An accessor of its own that shows something else than the field, which the validator reads. */
    record Disguised(@NotBlank String value) {
        @Override
        public String value() {
            return "shown instead";
        }
    }

    @Test
    void aRecordsOwnAccessorIsNotTrustedTheFieldIsRead() {
        assertAgrees(new Disguised(" "), Verdict.VIOLATION);
        assertAgrees(new Disguised("x"), Verdict.CLEAN);
    }

    // A cascade into many classes, each met again after the first.

    sealed interface Many permits Many1, Many2, Many3, Many4, Many5, Many6, Many7, Many8, Many9, Many10 {}

    record Many1(@NotBlank String text) implements Many {}

    record Many2(@NotBlank String text) implements Many {}

    record Many3(@NotBlank String text) implements Many {}

    record Many4(@NotBlank String text) implements Many {}

    record Many5(@NotBlank String text) implements Many {}

    record Many6(@NotBlank String text) implements Many {}

    record Many7(@NotBlank String text) implements Many {}

    record Many8(@NotBlank String text) implements Many {}

    record Many9(@NotBlank String text) implements Many {}

    record Many10(@Size(max = 3) String text) implements Many {}

    record Crowd(List<@Valid Many> all) {}

    @Test
    void aCascadeIntoManyClassesChecksEachWithItsOwnConstraints() {
        List<Many> valid = List.of(new Many1("a"), new Many2("a"), new Many3("a"), new Many4("a"), new Many5("a"), new Many6("a"),
                new Many7("a"), new Many8("a"), new Many9("a"), new Many10("abc"), new Many1("b"), new Many10(" "));
        assertAgrees(new Crowd(valid), Verdict.CLEAN);
        for (int broken = 0; broken < valid.size(); broken++) {
            List<Many> all = new ArrayList<>(valid);
            all.set(broken, all.get(broken) instanceof Many10 ? new Many10("abcd") : brokenLike(all.get(broken)));
            assertAgrees(new Crowd(all), Verdict.VIOLATION);
        }
    }

    /** A record of the same class as {@code many} with a blank text. */
    private static Many brokenLike(Many many) {
        try {
            return (Many) many.getClass().getDeclaredConstructor(String.class).newInstance(" ");
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theValidatorIsBuiltOnlyWhenNeeded() {
        ConstraintChecks checks = new ConstraintChecks();
        Findings findings = new Findings("clean.yaml", 200);
        Node root = new DocumentReader(LIMITS).read(Path.of("../examples/conditions/nocturnal-leg-cramps.yaml"), SourceFormat.YAML, findings);
        checks.validate(BoundArticle.bind(root, FormatVersion.declared(root), findings), findings);
        assertThat(checks.validatorBuilt()).as("the validator after a clean article").isFalse();
        assertThat(findings.sorted(Diagnostic.ORDER)).isEmpty();

        Node broken = new DocumentReader(LIMITS).read(Path.of("../examples/invalid/not-blank.yaml"), SourceFormat.YAML, findings);
        checks.validate(BoundArticle.bind(broken, FormatVersion.declared(broken), findings), findings);
        assertThat(checks.validatorBuilt()).as("the validator after a broken article").isTrue();
        assertThat(findings.sorted(Diagnostic.ORDER)).isNotEmpty();
    }

}
