package org.conditioncontent.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One failing and one passing example per rule, as files under {@code rules/}. The first line of
 * each failing file states what it must produce ({@code # expect: RULE LINE:COLUMN POINTER}); the
 * test checks the rule, the exact position and the pointer, and that the passing twin is valid.
 */
class RuleExamplesTest {

    private static final Path RULES = Path.of("src/test/resources/rules");
    private static final Pattern EXPECT = Pattern.compile("# expect: (\\S+) (\\d+):(\\d+) ?(\\S*)");

    private static ConditionLoader loader;

    @BeforeAll
    static void buildLoader() {
        loader = ConditionLoader.builder().build();
    }

    static Stream<String> rules() throws IOException {
        try (Stream<Path> files = Files.list(RULES)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".fail.yaml"))
                    .map(n -> n.substring(0, n.length() - ".fail.yaml".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theFailingExampleIsReportedAtItsToken(String rule) throws IOException {
        Path file = RULES.resolve(rule + ".fail.yaml");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Matcher expect = EXPECT.matcher(lines.get(0));
        assertThat(expect.matches()).as("first line of %s states the expectation", file).isTrue();
        assertThat(expect.group(1)).isEqualTo(rule);

        LoadResult result = loader.load(file);

        assertThat(result.isValid()).isFalse();
        assertThat(result.condition()).isNull();
        assertThat(result.diagnostics())
                .filteredOn(d -> d.rule().equals(rule))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.line()).as("line").isEqualTo(Integer.parseInt(expect.group(2)));
                    assertThat(d.column()).as("column").isEqualTo(Integer.parseInt(expect.group(3)));
                    assertThat(d.pointer()).as("pointer").isEqualTo(expect.group(4));
                    assertThat(d.source()).isEqualTo(file.toString());
                    assertThat(d.message()).doesNotContain("\n").isNotBlank();
                    String atPosition = lines.get(d.line() - 1).substring(d.column() - 1);
                    assertThat(atPosition).as("the reported position starts a token").doesNotStartWith(" ");
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void thePassingExampleIsValid(String rule) {
        LoadResult result = loader.load(RULES.resolve(rule + ".pass.yaml"));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.condition()).isNotNull();
    }

    @Test
    void everyFileLevelRuleHasExamples() throws IOException {
        List<String> withExamples = rules().toList();
        List<String> fileRules = Rules.all().stream().map(Rule::id)
                // Checked elsewhere: unreadable files, encodings and limits in HostileInputTest,
                // checks across files in CorpusTest, the catch-all in ViolationMapperTest.
                .filter(id -> !List.of("file-unreadable", "encoding", "limit", "duplicate-id", "unknown-related",
                        "too-many-diagnostics", "constraint").contains(id))
                .toList();
        assertThat(withExamples).containsExactlyInAnyOrderElementsOf(fileRules);
    }

    @Test
    void unknownFieldsGetASuggestionWhenOneIsClose() {
        LoadResult result = loader.load("a.yaml", "formatVersion: 1\nid: a\ntitle: A\nalso_called: [B]\nrefrences: []\nzzz: 1\n",
                SourceFormat.YAML);
        assertThat(result.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "Unknown field \"also_called\" in the article; did you mean \"alsoCalled\"?",
                "Unknown field \"refrences\" in the article; did you mean \"references\"?",
                "Unknown field \"zzz\" in the article; its fields are formatVersion, id, language, title, alsoCalled, codes, "
                        + "definition, media, causes, riskFactors, symptoms, diagnosis, treatment, prevention, medications, "
                        + "sections, resources, references, contributors, copyright, review, disclaimer, feedback, related");
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
        LoadResult result = loader.load("all.json", json, SourceFormat.JSON);
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
        ConditionLoader capped = ConditionLoader.builder().maxDiagnosticsPerFile(3).build();
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
                () -> loader.loadOrThrow(RULES.resolve("required.fail.yaml")));
        assertThat(e.diagnostics()).extracting(Diagnostic::rule).containsExactly("required");
        assertThat(e.getMessage()).contains("required.fail.yaml:2:1: error: The article has no \"title\"; add it [required]");
    }

    @Test
    void limitsAreCheckedWhenTheLoaderIsBuilt() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> ConditionLoader.builder().maxNestingDepth(2).build())
                .withMessage("maxNestingDepth must be between 4 and 1000, was 2");
    }
}
