package org.conditioncontent.loader.schema;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.InputFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.rules.EditorialRule;
import org.conditioncontent.loader.rules.RuleOption;
import org.conditioncontent.loader.rules.RuleSet;
import org.conditioncontent.loader.rules.RulesConfig;
import org.conditioncontent.loader.rules.RulesConfigException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema of {@code conditions.yaml} agrees with the configuration's real parser and the rule
 * set that applies it: every rule id, severity and option they accept passes the schema, and each
 * mistake they refuse fails it at the same JSON Pointer.
 */
class RulesConfigSchemaTest {

    private static SchemaCheck schema;

    @BeforeAll
    static void load() throws IOException {
        String text = Files.readString(SchemaFilesTest.SCHEMAS.resolve(RulesConfigSchema.FILE_NAME), UTF_8);
        assertThat(SchemaCheck.metaSchemaErrors(text)).as("errors against the 2020-12 meta-schema").isEmpty();
        schema = SchemaCheck.of(text);
    }

    /** Every configuration a built-in rule accepts, in each way it can be written. */
    static Stream<String> accepted() {
        List<String> configs = new ArrayList<>();
        for (EditorialRule rule : RuleSet.builder().builtIn().build().editorialRules()) {
            String id = rule.rule().id();
            for (String level : List.of("error", "warning", "info", "off", "WARNING", "Off", "false", "\"false\"")) {
                configs.add("rules:\n  " + id + ": " + level + "\n");
            }
            StringBuilder all = new StringBuilder("rules:\n  " + id + ":\n    severity: Error\n");
            for (RuleOption option : rule.options()) {
                if (option.isWords()) {
                    String words = "[" + String.join(", ", option.allowedWords()) + "]";
                    all.append("    ").append(option.name()).append(": ").append(words).append('\n');
                    configs.add("rules:\n  " + id + ":\n    " + option.name() + ": []\n");
                    continue;
                }
                all.append("    ").append(option.name()).append(": ").append(option.allows(option.defaultValue() + 1)
                        ? option.defaultValue() + 1 : option.defaultValue()).append('\n');
                configs.add("rules:\n  " + id + ":\n    " + option.name() + ": " + (long) option.max() + "\n");
                configs.add("rules:\n  " + id + ":\n    " + option.name() + ": " + (long) option.min() + "\n");
            }
            configs.add(all.toString());
        }
        configs.add("rules: {}\n");
        return configs.stream();
    }

    @ParameterizedTest(name = "accepted by the parser and the schema: {0}")
    @MethodSource("accepted")
    void whatTheParserAcceptsPassesTheSchema(String yaml) {
        RuleSet.builder().builtIn().configure(RulesConfig.parse("conditions.yaml", yaml)).build(); // throws if refused
        assertThat(schema.errors(yaml, InputFormat.YAML)).isEmpty();
    }

    /** Mistakes, each with the pointer the parser or the rule set reports. */
    static Stream<List<String>> refused() {
        return Stream.of(
                List.of("rule:\n  reading-level: off\n", "/rule"),
                List.of("rules:\n  readability: off\n", "/rules/readability"),
                List.of("rules:\n  reading-level:\n    maxGrad: 7\n", "/rules/reading-level/maxGrad"),
                List.of("rules:\n  reading-level:\n    maxGrade: seven\n", "/rules/reading-level/maxGrade"),
                List.of("rules:\n  reading-level: loud\n", "/rules/reading-level"),
                List.of("rules:\n  reading-level:\n    severity: false\n", "/rules/reading-level/severity"),
                List.of("rules:\n  reading-level: [off]\n", "/rules/reading-level"),
                List.of("rules: off\n", "/rules"),
                List.of("rules:\n  sentence-length:\n    maxWords: 4\n", "/rules/sentence-length/maxWords"),
                List.of("rules:\n  sentence-length:\n    maxWords: 12.5\n", "/rules/sentence-length/maxWords"),
                List.of("rules:\n  review-overdue:\n    maxAgeYears: 101\n", "/rules/review-overdue/maxAgeYears"),
                List.of("rules:\n  required-section:\n    sections: 3\n", "/rules/required-section/sections"),
                List.of("rules:\n  sentence-length:\n    maxWords: [a]\n", "/rules/sentence-length/maxWords"));
    }

    @ParameterizedTest(name = "refused by both at {0}")
    @MethodSource("refused")
    void whatTheParserRefusesFailsTheSchemaAtTheSamePointer(List<String> mistake) {
        String yaml = mistake.get(0);
        String pointer = mistake.get(1);
        RulesConfigException refused = catchThrowableOfType(RulesConfigException.class,
                () -> RuleSet.builder().builtIn().configure(RulesConfig.parse("conditions.yaml", yaml)).build());
        assertThat(refused).as("the parser or rule set refuses%n%s", yaml).isNotNull();
        assertThat(refused.diagnostics()).extracting(Diagnostic::pointer).contains(pointer);
        assertThat(schema.errors(yaml, InputFormat.YAML)).extracting(SchemaCheck.Problem::pointer).contains(pointer);
    }

    @Test
    void aWordTheOptionDoesNotAllowFailsTheSchemaAtTheWordAndTheParserAtTheOption() {
        String yaml = "rules:\n  required-section:\n    sections: [definition, symptom]\n";
        RulesConfigException refused = catchThrowableOfType(RulesConfigException.class,
                () -> RuleSet.builder().builtIn().configure(RulesConfig.parse("conditions.yaml", yaml)).build());
        assertThat(refused).isNotNull();
        assertThat(refused.diagnostics()).extracting(Diagnostic::pointer).containsExactly("/rules/required-section/sections");
        // The schema also reports the rule's alternatives (a level, or settings) at the rule.
        assertThat(schema.errors(yaml, InputFormat.YAML)).extracting(SchemaCheck.Problem::pointer)
                .contains("/rules/required-section/sections/1").doesNotContain("/rules/required-section/sections/0");
    }

    @Test
    void everyOptionIsDescribedWithItsDefault() {
        String text = RulesConfigSchema.json(RuleSet.builder().builtIn().build());
        for (EditorialRule rule : RuleSet.builder().builtIn().build().editorialRules()) {
            assertThat(text).contains("\"" + rule.rule().id() + "\"");
            for (RuleOption option : rule.options()) {
                assertThat(text).contains("\"description\": \"" + option.description().replace("\"", "\\\"") + "\"");
            }
        }
    }
}
