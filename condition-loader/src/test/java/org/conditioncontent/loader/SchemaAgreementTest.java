package org.conditioncontent.loader;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.conditioncontent.loader.rules.RuleSet;
import org.conditioncontent.loader.schema.ArticleSchema;
import org.conditioncontent.loader.schema.SchemaCheck;
import org.conditioncontent.model.Condition;
import org.conditioncontent.render.json.JsonRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The article schema and the loader agree: what the loader accepts passes the schema, and where
 * the loader finds a problem a schema can express, the schema fails at the same JSON Pointer.
 * The schemas are the committed files under {@code schema/}, which editors use: a file is checked
 * with the schema of the format version it declares. The examples are format 2; the format-1
 * versions of the invalid examples, kept as fixtures, are format 1, which the loader still reads.
 */
class SchemaAgreementTest {

    /**
     * The loader's rules whose problems a schema can express: the structure of one document.
     * Everything else is the loader's alone (see docs/editors.md): syntax and YAML features,
     * duplicate keys, encoding and limits, editorial rules, suppressions' rule ids, cross-file checks.
     */
    static final Set<String> EXPRESSIBLE = Set.of(Rules.UNKNOWN_FIELD.id(), Rules.WRONG_TYPE.id(), Rules.UNKNOWN_VALUE.id(),
            Rules.DATE.id(), Rules.FORMAT_VERSION.id(), Rules.REQUIRED.id(), Rules.NOT_BLANK.id(), Rules.PATTERN.id(),
            Rules.EMAIL.id(), Rules.WEB_URL.id(), Rules.RANGE.id());

    /** Rules under which the file is not one plain YAML document a schema validator can read. */
    static final Set<String> UNREADABLE = Set.of(Rules.SYNTAX.id(), Rules.DUPLICATE_KEY.id(), Rules.YAML_FEATURE.id());

    private static final Path VALID = Path.of("../examples/conditions");
    private static final Path INVALID = Path.of("../examples/invalid");
    private static final Path FORMAT_1_INVALID = Path.of("src/test/resources/format1/invalid");
    private static final JsonRenderer JSON = new JsonRenderer();

    /** The format version a file declares, as its first top-level {@code formatVersion} line gives it. */
    private static final Pattern FORMAT_VERSION = Pattern.compile("^formatVersion:\\s*(\\d+)\\s*$", Pattern.MULTILINE);

    /** The committed schema of each format version, by version. */
    private static final Map<Integer, SchemaCheck> SCHEMAS = new HashMap<>();

    private static SchemaCheck schema;
    private static ConditionLoader loader;
    private static ConditionLoader structural;

    @BeforeAll
    static void load() throws IOException {
        for (int version : ArticleSchema.formatVersions()) {
            SCHEMAS.put(version, SchemaCheck.of(Files.readString(Path.of("../schema", ArticleSchema.fileName(version)), UTF_8)));
        }
        schema = SCHEMAS.get(Condition.FORMAT_VERSION);
        loader = ConditionLoader.builder().build();
        // Generated text breaks editorial rules on purpose (doubled spaces, tabs); only structure matters there.
        structural = ConditionLoader.builder().rules(RuleSet.none()).build();
    }

    static Stream<Path> validExamples() throws IOException {
        return articles(VALID);
    }

    /** The invalid examples and their format-1 versions. */
    static Stream<Path> invalidExamples() throws IOException {
        return Stream.concat(articles(INVALID), articles(FORMAT_1_INVALID));
    }

    private static Stream<Path> articles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "valid example {0} passes the schema")
    @MethodSource("validExamples")
    void everyValidExamplePassesTheSchema(Path file) throws IOException {
        assertThat(loader.load(file).diagnostics()).as("the loader's findings").isEmpty();
        assertThat(schema.errors(Files.readString(file, UTF_8), InputFormat.YAML)).isEmpty();
    }

    @Test
    void everyValidExampleNamesTheSchemaForEditors() throws IOException {
        for (Path file : validExamples().toList()) {
            String modeline = "# yaml-language-server: $schema=../../schema/" + ArticleSchema.fileName(Condition.FORMAT_VERSION);
            assertThat(Files.readAllLines(file, UTF_8)).as(file.toString()).contains(modeline);
        }
    }

    static LongStream seeds() {
        return LongStream.range(1, 251);
    }

    @ParameterizedTest(name = "generated article, Instancio seed {0}, passes the schema")
    @MethodSource("seeds")
    void everyGeneratedArticlePassesTheSchema(long seed) {
        String json = JSON.render(GeneratedConditions.generate(seed));
        assertThat(structural.load("generated.json", json, SourceFormat.JSON).diagnostics())
                .as("the loader's findings").isEmpty();
        assertThat(schema.errors(json, InputFormat.JSON)).as("schema errors for%n%s", json).isEmpty();
    }

    @ParameterizedTest(name = "invalid example {0}: the schema agrees with the loader")
    @MethodSource("invalidExamples")
    void everyInvalidExampleFailsWhereTheLoaderSaysWhenASchemaCanSayIt(Path file) throws IOException {
        Verdict verdict = verdict(file);
        switch (verdict.kind()) {
            case EXPRESSIBLE:
                assertThat(verdict.schemaPointers()).as("the schema's errors in %s", file).containsAll(verdict.loaderPointers());
                break;
            case LOADER_ONLY:
                // The schema checks less than the loader, never something else: it passes the file.
                assertThat(verdict.schemaPointers()).as("the schema's errors in %s", file).isEmpty();
                break;
            default:
                break; // not one plain YAML document: the loader's syntax checks are the only judge
        }
    }

    @Test
    void theInvalidExamplesCoverEveryProblemASchemaCanExpress() throws IOException {
        List<Verdict> verdicts = new ArrayList<>();
        // The examples alone: a format-1 fixture must not stand in for an example that lost its fault.
        for (Path file : articles(INVALID).toList()) {
            verdicts.add(verdict(file));
        }
        Set<String> covered = verdicts.stream().filter(v -> v.kind() == Kind.EXPRESSIBLE).flatMap(v -> v.rules().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        long expressible = verdicts.stream().filter(v -> v.kind() == Kind.EXPRESSIBLE).count();
        long loaderOnly = verdicts.stream().filter(v -> v.kind() == Kind.LOADER_ONLY).count();
        long unreadable = verdicts.stream().filter(v -> v.kind() == Kind.UNREADABLE).count();
        System.out.printf("Schema agreement over %d invalid examples: %d fail the schema at the loader's pointers,"
                + " %d hold only problems the loader alone checks (and pass the schema), %d are not plain YAML documents%n",
                verdicts.size(), expressible, loaderOnly, unreadable);
        assertThat(covered).as("rules a schema expresses that some invalid example shows").isEqualTo(new TreeSet<>(EXPRESSIBLE));
    }

    enum Kind { EXPRESSIBLE, LOADER_ONLY, UNREADABLE }

    record Verdict(Kind kind, Set<String> rules, Set<String> loaderPointers, Set<String> schemaPointers) {}

    /**
     * The schema an editor would check a file with: its format version's, or the current one's
     * when the file declares a version the loader does not read (whose schema then fails at
     * {@code /formatVersion}, as the loader does).
     */
    private static SchemaCheck schemaOf(Path file) throws IOException {
        Matcher declared = FORMAT_VERSION.matcher(Files.readString(file, UTF_8));
        int version = declared.find() ? Integer.parseInt(declared.group(1)) : Condition.FORMAT_VERSION;
        return SCHEMAS.getOrDefault(version, schema);
    }

    @Test
    void invalidExamplesOfFormatOneAreCheckedWithFormatOnesSchema() throws IOException {
        Path file = FORMAT_1_INVALID.resolve("unknown-field.yaml");
        assertThat(Files.readString(file, UTF_8)).contains("formatVersion: 1");
        assertThat(schemaOf(file)).isSameAs(SCHEMAS.get(1));
        assertThat(schemaOf(INVALID.resolve("format-version.yaml"))).isSameAs(schema);
        assertThat(schemaOf(INVALID.resolve("unknown-field.yaml"))).isSameAs(schema);
    }

    private static Verdict verdict(Path file) throws IOException {
        List<Diagnostic> findings = loader.load(file).diagnostics();
        Set<String> rules = findings.stream().map(Diagnostic::rule).collect(Collectors.toCollection(TreeSet::new));
        if (rules.stream().anyMatch(UNREADABLE::contains)) {
            return new Verdict(Kind.UNREADABLE, rules, Set.of(), Set.of());
        }
        Set<String> schemaPointers = schemaOf(file).errors(Files.readString(file, UTF_8), InputFormat.YAML).stream()
                .map(SchemaCheck.Problem::pointer).collect(Collectors.toCollection(TreeSet::new));
        Set<String> loaderPointers = findings.stream().filter(d -> EXPRESSIBLE.contains(d.rule()))
                .map(Diagnostic::pointer).collect(Collectors.toCollection(TreeSet::new));
        Kind kind = loaderPointers.isEmpty() ? Kind.LOADER_ONLY : Kind.EXPRESSIBLE;
        return new Verdict(kind, rules, loaderPointers, schemaPointers);
    }
}
