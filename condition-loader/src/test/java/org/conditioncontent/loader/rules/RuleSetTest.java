package org.conditioncontent.loader.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.SourceFormat;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.Rule;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Suppression;
import org.junit.jupiter.api.Test;

/** Configuring rules: severities, options, turning rules off, suppressions and house rules. */
class RuleSetTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
    private static final Path LONG_SENTENCE = Path.of("../examples/invalid/sentence-length.yaml");

    private static LoadResult load(RuleSet rules, Path file) {
        return ConditionLoader.builder().rules(rules).build().load(file);
    }

    @Test
    void aConfigurationSetsSeverityAndThreshold() {
        RulesConfig config = RulesConfig.parse("conditions.yaml", "rules:\n  sentence-length:\n    severity: error\n    maxWords: 40\n");
        assertThat(load(RuleSet.builder().builtIn().clock(TODAY).build(), LONG_SENTENCE).diagnostics())
                .filteredOn(d -> d.rule().equals("sentence-length")).singleElement()
                .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
        RuleSet raised = RuleSet.builder().builtIn().clock(TODAY).configure(config).build();
        assertThat(load(raised, LONG_SENTENCE).diagnostics()).noneMatch(d -> d.rule().equals("sentence-length"));
        RuleSet strict = RuleSet.builder().builtIn().clock(TODAY)
                .configure(RulesConfig.parse("c.yaml", "rules:\n  sentence-length: error\n")).build();
        assertThat(load(strict, LONG_SENTENCE).diagnostics()).filteredOn(d -> d.rule().equals("sentence-length"))
                .singleElement().satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR));
        assertThat(strict.rules()).filteredOn(r -> r.id().equals("sentence-length")).singleElement()
                .extracting(Rule::defaultSeverity).isEqualTo(Severity.ERROR);
    }

    @Test
    void aRuleCanBeTurnedOff() {
        RuleSet off = RuleSet.builder().builtIn().clock(TODAY).configure(RulesConfig.parse("c.yaml", "rules:\n  sentence-length: off\n")).build();
        assertThat(load(off, LONG_SENTENCE).diagnostics()).isEmpty();
        assertThat(off.rules()).extracting(Rule::id).doesNotContain("sentence-length");
    }

    @Test
    void unknownRuleIdsAndOptionsAreErrorsWithPositions() {
        RulesConfig config = RulesConfig.parse("conditions.yaml", "rules:\n  reading_level: warning\n  sentence-length:\n    maxWrods: 20\n");
        RulesConfigException e = catchThrowableOfType(RulesConfigException.class,
                () -> RuleSet.builder().builtIn().configure(config).build());
        assertThat(e.diagnostics()).extracting(Object::toString).containsExactly(
                "conditions.yaml:2:3: error: No editorial rule has the id \"reading_level\"; did you mean \"reading-level\"? [unknown-field]",
                "conditions.yaml:3:3: error: Rule sentence-length has no option \"maxWrods\"; its options are: maxWords [unknown-field]");
    }

    @Test
    void aMalformedConfigurationSaysWhere() {
        RulesConfigException e = catchThrowableOfType(RulesConfigException.class,
                () -> RulesConfig.parse("conditions.yaml", "rules:\n  sentence-length: loud\nmore: 1\n"));
        assertThat(e.diagnostics()).extracting(d -> d.line() + ":" + d.column() + " " + d.rule()).containsExactly(
                "2:20 unknown-value", "3:1 unknown-field");
    }

    @Test
    void aSuppressionSilencesOneRuleForOneFieldOnly() {
        Condition article = ConditionLoader.builder().rules(RuleSet.none()).build().loadOrThrow(LONG_SENTENCE);
        RuleSet rules = RuleSet.builder().builtIn().clock(TODAY).build();
        assertThat(rules.check(article)).extracting(Finding::rule).containsExactly("sentence-length");
        Condition elsewhere = article.toBuilder().suppressions(new Suppression("sentence-length", "/body/1", "Not here")).build();
        assertThat(rules.check(elsewhere)).extracting(Finding::rule).containsExactly("sentence-length");
        Condition silenced = article.toBuilder().suppressions(new Suppression("sentence-length", "/body/0", "Quoted from a guideline")).build();
        assertThat(rules.check(silenced)).isEmpty();
    }

    @Test
    void aSuppressionWithoutItsRuleOrFieldSilencesNothingAndIsReportedOnce() {
        // Found by HostileInputTest: a suppression whose rule is missing or of the wrong type
        // reached the rules as null and made the loader throw.
        Condition article = ConditionLoader.builder().rules(RuleSet.none()).build().loadOrThrow(LONG_SENTENCE);
        RuleSet rules = RuleSet.builder().builtIn().clock(TODAY).build();
        Condition noRule = article.toBuilder().suppressions(new Suppression(null, "/definition", "Quoted")).build();
        assertThat(rules.check(noRule)).extracting(Finding::rule).containsExactly("sentence-length");
        Condition noField = article.toBuilder().suppressions(new Suppression("sentence-length", null, "Quoted")).build();
        assertThat(rules.check(noField)).extracting(Finding::rule).containsExactly("sentence-length");

        String yaml = "formatVersion: 1\nid: a\ntitle: A\nsuppressions:\n  - field: /definition\n    reason: Quoted\n"
                + "  - rule: [sentence-length]\n    field: /title\n    reason: Quoted\n";
        LoadResult result = ConditionLoader.builder().rules(rules).build().load("a.yaml", yaml, SourceFormat.YAML);
        assertThat(result.diagnostics()).extracting(d -> d.pointer() + " " + d.rule())
                .contains("/suppressions/0/rule required", "/suppressions/1/rule wrong-type")
                .doesNotContain("/suppressions/0/rule suppression");
    }

    @Test
    void houseRulesAreAddedAndTheirIdsMustBeFree() {
        EditorialRule noDrugNames = new EditorialRule() {
            @Override
            public Rule rule() {
                return new Rule("house-style", Severity.INFO, "Say 'medicine', not 'drug'");
            }

            @Override
            public void check(Condition condition, RuleContext context) {
                if (condition.title().toLowerCase().contains("drug")) {
                    context.report("/title", "Say 'medicine' instead of 'drug'");
                }
            }
        };
        RuleSet rules = RuleSet.builder().add(noDrugNames).build();
        Condition c = Condition.builder("a", "Drug Rash").build();
        assertThat(rules.check(c)).containsExactly(new Finding("house-style", Severity.INFO, "/title", "Say 'medicine' instead of 'drug'"));
        assertThatIllegalArgumentException().isThrownBy(() -> RuleSet.builder().add(ruleWithId("unknown-field")))
                .withMessageContaining("which a structural rule already uses");
        // The same class twice (built in and discovered) is one rule; two classes with one id are a conflict.
        assertThat(RuleSet.builder().add(ruleWithId("x")).add(ruleWithId("x")).build().rules()).hasSize(1);
        assertThatIllegalStateException().isThrownBy(() -> RuleSet.builder().add(ruleWithId("house-style")).add(noDrugNames))
                .withMessageContaining("Two editorial rules have the id 'house-style'");
    }

    @Test
    void aRuleThatFailsBecomesAFindingAndTheOthersStillRun() {
        EditorialRule broken = new EditorialRule() {
            @Override
            public Rule rule() {
                return new Rule("broken", Severity.WARNING, "Throws");
            }

            @Override
            public void check(Condition condition, RuleContext context) {
                context.report("/title", "half a finding");
                throw new IllegalStateException("bug");
            }
        };
        RuleSet rules = RuleSet.builder().add(broken).add(ruleWithId("quiet")).builtIn().clock(TODAY).build();
        Condition article = ConditionLoader.builder().rules(RuleSet.none()).build().loadOrThrow(LONG_SENTENCE);
        assertThat(rules.check(article)).extracting(Finding::rule, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("rule-failure",
                        "The rule broken failed on this article (java.lang.IllegalStateException: bug); report it to the rule's authors"),
                org.assertj.core.groups.Tuple.tuple("sentence-length",
                        "A sentence has 31 words (the limit is 25): \"Leg cramps happen when a muscle in the calf suddenly tigh...\"; split it"));
    }

    @Test
    void theBuiltInRulesAreDocumented() {
        List<EditorialRule> rules = RuleSet.builder().builtIn().build().editorialRules();
        assertThat(rules).hasSize(16).allSatisfy(r -> {
            assertThat(r.rule().description()).isNotBlank().doesNotEndWith(".");
            assertThat(r.rule().documentation()).hasSizeGreaterThan(80);
        });
    }

    private static EditorialRule ruleWithId(String id) {
        return new EditorialRule() {
            @Override
            public Rule rule() {
                return new Rule(id, Severity.INFO, "A test rule");
            }

            @Override
            public void check(Condition condition, RuleContext context) {}
        };
    }
}
