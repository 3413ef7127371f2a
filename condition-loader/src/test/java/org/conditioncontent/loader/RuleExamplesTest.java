package org.conditioncontent.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.conditioncontent.loader.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One failing and one passing example per rule. The failing examples are the files of
 * {@code examples/invalid/}, one per rule and named for it; the passing twins are under
 * {@code passing/}. Every diagnostic of every invalid example is pinned, with its position, in
 * {@code golden/invalid-examples.txt}, and every position must start a token.
 *
 * <p>The examples are in format 2. Their format-1 versions, from before format 2, are kept under
 * {@code format1/invalid/} and {@code format1/passing/}, the findings of the failing ones pinned in
 * {@code golden/format1-invalid-examples.txt}: a format-1 article is read by upgrading it, and its
 * findings must keep pointing at the format-1 file's own lines and fields.
 */
class RuleExamplesTest {

    private static final Path INVALID = Path.of("../examples/invalid");
    private static final Path PASSING = Path.of("src/test/resources/passing");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/invalid-examples.txt");
    private static final Path FORMAT_1 = Path.of("src/test/resources/format1/invalid");
    private static final Path FORMAT_1_PASSING = Path.of("src/test/resources/format1/passing");
    private static final Path FORMAT_1_GOLDEN = Path.of("src/test/resources/golden/format1-invalid-examples.txt");

    /** Today, for the rules about dates, so that the examples give the same findings on any day. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);

    private static ConditionLoader loader;
    private static ConditionLoader structural;

    @BeforeAll
    static void buildLoader() {
        loader = ConditionLoader.builder().rules(RuleSet.builder().builtIn().clock(TODAY).build()).build();
        structural = ConditionLoader.builder().rules(RuleSet.none()).build();
    }

    static Stream<String> rules() throws IOException {
        return examples(INVALID);
    }

    static Stream<String> formatOneRules() throws IOException {
        return examples(FORMAT_1);
    }

    /** The rule ids the {@code .yaml} files of {@code folder} are named for, sorted. */
    private static Stream<String> examples(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theFailingExampleBreaksItsRuleAndPointsAtTokens(String rule) throws IOException {
        breaksItsRuleAndPointsAtTokens(INVALID.resolve(rule + ".yaml"), rule);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formatOneRules")
    void theFormatOneExampleBreaksItsRuleAndPointsAtTokens(String rule) throws IOException {
        Path file = FORMAT_1.resolve(rule + ".yaml");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("formatVersion: 1\n");
        breaksItsRuleAndPointsAtTokens(file, rule);
    }

    private static void breaksItsRuleAndPointsAtTokens(Path file, String rule) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        LoadResult result = loader.load(file);
        assertThat(result.diagnostics()).extracting(Diagnostic::rule).contains(rule);
        assertThat(result.diagnostics()).allSatisfy(d -> {
            assertThat(d.message()).doesNotContain("\n").isNotBlank();
            String atPosition = lines.get(d.line() - 1).substring(d.column() - 1);
            assertThat(atPosition).as("%s starts a token", d).doesNotStartWith(" ").isNotEmpty();
        });
        assertThat(result.condition() == null).isEqualTo(result.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void thePassingExampleIsClean(String rule) {
        LoadResult result = loader.load(PASSING.resolve(rule + ".yaml"));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.condition()).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formatOneRules")
    void theFormatOnePassingExampleIsClean(String rule) throws IOException {
        Path file = FORMAT_1_PASSING.resolve(rule + ".yaml");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("formatVersion: 1\n");
        LoadResult result = loader.load(file);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.condition()).isNotNull();
    }

    @Test
    void everyDiagnosticOfTheInvalidExamplesIsPinned() throws IOException {
        assertPinned(INVALID, rules().toList(), GOLDEN);
    }

    @Test
    void everyDiagnosticOfTheFormatOneExamplesIsPinned() throws IOException {
        assertPinned(FORMAT_1, formatOneRules().toList(), FORMAT_1_GOLDEN);
    }

    /** Each finding of each example of {@code folder}, with its position, against the lines of {@code golden}. */
    private static void assertPinned(Path folder, List<String> rules, Path golden) throws IOException {
        List<String> actual = new ArrayList<>();
        for (String rule : rules) {
            for (Diagnostic d : loader.load(folder.resolve(rule + ".yaml")).diagnostics()) {
                actual.add(rule + ".yaml:" + d.line() + ":" + d.column() + " " + d.severity().label() + " " + d.rule() + " " + d.pointer());
            }
        }
        if (Boolean.getBoolean("golden.update")) {
            Files.write(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("rewrite with -Dgolden.update=true after a reviewed change")
                .containsExactlyElementsOf(Files.readAllLines(golden, StandardCharsets.UTF_8));
    }

    @Test
    void everyRuleHasExamples() throws IOException {
        List<String> withExamples = rules().toList();
        List<String> all = loader.rules().stream().map(Rule::id)
                // Checked elsewhere: unreadable files, encodings and limits in HostileInputTest,
                // checks across files in CorpusTest, the catch-all in ViolationMapperTest.
                .filter(id -> !List.of("file-unreadable", "encoding", "limit", "duplicate-id", "unknown-related",
                        "too-many-diagnostics", "constraint", "rule-failure").contains(id))
                .toList();
        assertThat(withExamples).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void unknownFieldsGetASuggestionWhenOneIsClose() {
        LoadResult result = structural.load("a.yaml", "formatVersion: 1\nid: a\ntitle: A\nalso_called: [B]\nrefrences: []\nzzz: 1\n",
                SourceFormat.YAML);
        assertThat(result.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "Unknown field \"also_called\" in the article; did you mean \"alsoCalled\"?",
                "Unknown field \"refrences\" in the article; did you mean \"references\"?",
                "Unknown field \"zzz\" in the article; its fields are formatVersion, id, language, title, alsoCalled, codes, "
                        + "definition, media, causes, riskFactors, symptoms, diagnosis, treatment, prevention, medications, "
                        + "sections, resources, references, contributors, copyright, review, disclaimer, feedback, related, "
                        + "suppressions");
    }

    @Test
    void everyProblemInAFileIsReportedSortedByPosition() {
        String json = """
                {
                  "formatVersion": 1,
                  "id": "Bad Id",
                  "titel": "x",
                  "alsoCalled": [1, true, "ok", null],
                  "riskFactors": {"items": [{"name": " "}, {"nme": "x"}]},
                  "references": [{"type": "journal", "title": "T", "year": 10}]
                }
                """;
        LoadResult result = structural.load("all.json", json, SourceFormat.JSON);
        assertThat(result.diagnostics()).extracting(d -> d.line() + ":" + d.column() + " " + d.rule() + " " + d.pointer())
                .containsExactly(
                        "1:1 required /title",
                        "3:9 pattern /id",
                        "4:3 unknown-field /titel",
                        "5:21 wrong-type /alsoCalled/1",
                        "5:33 wrong-type /alsoCalled/3",
                        "6:38 required /riskFactors/items/0/name",
                        "6:44 required /riskFactors/items/1/name",
                        "6:45 unknown-field /riskFactors/items/1/nme",
                        "7:27 unknown-value /references/0/type",
                        "7:60 range /references/0/year");
        assertThat(result.diagnostics()).isSortedAccordingTo(Diagnostic.ORDER);
    }

    @Test
    void aFileOfManyProblemsIsCapped() {
        ConditionLoader capped = ConditionLoader.builder().rules(RuleSet.none()).maxDiagnosticsPerFile(3).build();
        StringBuilder yaml = new StringBuilder("formatVersion: 1\nid: a\ntitle: A\n");
        for (int i = 0; i < 10; i++) {
            yaml.append("unknown").append(i).append(": x\n");
        }
        LoadResult result = capped.load("many.yaml", yaml.toString(), SourceFormat.YAML);
        assertThat(result.diagnostics()).hasSize(4);
        assertThat(result.diagnostics().get(3).rule()).isEqualTo("too-many-diagnostics");
        assertThat(result.diagnostics().get(3).message()).startsWith("7 more problems").contains("maxDiagnosticsPerFile");
    }

    @Test
    void anArticleWithMoreWarningsThanTheCapStillLoads() throws IOException {
        // Two warnings (two spaces in a row, twice) and a cap of one: the article is valid.
        String example = Files.readString(INVALID.resolve("whitespace.yaml"));
        String text = example.replace("  - \"Night  Cramps\"\n", "  - \"Night  Cramps\"\n  - \"Calf  cramps\"\n");
        assertThat(text).isNotEqualTo(example);
        ConditionLoader capped = ConditionLoader.builder().maxDiagnosticsPerFile(1).build();

        LoadResult result = capped.load("whitespace.yaml", text, SourceFormat.YAML);

        assertThat(result.condition()).isNotNull();
        assertThat(result.isValid()).isTrue();
        assertThat(result.diagnostics()).extracting(Diagnostic::rule).containsExactly("whitespace", "too-many-diagnostics");
    }

    @Test
    void aMissingFileIsADiagnostic() {
        LoadResult result = loader.load(Path.of("no/such/file.yaml"));
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("file-unreadable");
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.message()).isEqualTo("The file does not exist");
        });
    }

    @Test
    void theThrowingVariantCarriesTheDiagnostics() {
        ConditionLoadException e = org.assertj.core.api.Assertions.catchThrowableOfType(ConditionLoadException.class,
                () -> loader.loadOrThrow(INVALID.resolve("required.yaml")));
        assertThat(e.diagnostics()).extracting(Diagnostic::rule).containsExactly("required");
        assertThat(e.getMessage()).contains("required.yaml:1:1: error: The article has no \"title\"; add it [required]");
    }

    @Test
    void limitsAreCheckedWhenTheLoaderIsBuilt() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> ConditionLoader.builder().maxNestingDepth(2).build())
                .withMessage("maxNestingDepth must be between 4 and 1000, was 2");
    }
}
