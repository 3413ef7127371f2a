package org.conditioncontent.loader.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.SourceFormat;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.Rule;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Suppression;
import org.junit.jupiter.api.Test;

/** Configuring rules: severities, options, turning rules off, suppressions and house rules. */
class RuleSetTest {

    private static final Path RULES_CONFIG = Path.of("src/test/resources/rules-config");

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
                "conditions.yaml:4:5: error: Rule sentence-length has no option \"maxWrods\"; its options are: maxWords [unknown-field]");
    }

    @Test
    void anOptionsProblemIsReportedOnTheOptionsOwnLine() {
        RulesConfig config = RulesConfig.parse("conditions.yaml",
                "rules:\n  https:\n    severity: error\n    bogus: 3\n  reading-level:\n    severity: warning\n    maxGrade: -3\n"
                        + "  required-section:\n    sections: [definition, sypmtoms]\n");
        RulesConfigException e = catchThrowableOfType(RulesConfigException.class,
                () -> RuleSet.builder().builtIn().configure(config).build());
        assertThat(e.diagnostics()).extracting(Object::toString).containsExactlyInAnyOrder(
                "conditions.yaml:4:5: error: Rule https has no option \"bogus\"; it has no options [unknown-field]",
                "conditions.yaml:7:5: error: Option maxGrade of rule reading-level must be a number from 1 to 20, not -3 [range]",
                "conditions.yaml:9:5: error: \"sypmtoms\" is not allowed in option \"sections\" of rule required-section;"
                        + " did you mean \"symptoms\"? [unknown-value]");
    }

    @Test
    void aSettingWithoutOptionPositionsReportsAtTheRulesEntry() {
        RulesConfig.Setting setting = new RulesConfig.Setting("https", null, false, java.util.Map.of("bogus", 3.0), java.util.Map.of(), 2, 3);

        assertThat(setting.positionOf("bogus")).isEqualTo(new RulesConfig.Position(2, 3));
    }

    @Test
    void aSettingKeepsItsWordsWhenTheCallersListChanges() {
        java.util.List<String> words = new java.util.ArrayList<>(java.util.List.of("symptoms"));
        RulesConfig.Setting setting = new RulesConfig.Setting("required-section", null, false, java.util.Map.of(),
                java.util.Map.of("sections", words), 2, 3);

        words.add("causes");

        assertThat(setting.words()).containsExactly(java.util.Map.entry("sections", java.util.List.of("symptoms")));
        assertThatThrownBy(() -> setting.words().get("sections").add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMalformedConfigurationSaysWhere() {
        RulesConfigException e = catchThrowableOfType(RulesConfigException.class,
                () -> RulesConfig.parse("conditions.yaml", "rules:\n  sentence-length: loud\nmore: 1\n"));
        assertThat(e.diagnostics()).extracting(d -> d.line() + ":" + d.column() + " " + d.rule()).containsExactly(
                "2:20 unknown-value", "3:1 unknown-field");
    }

    @Test
    void aMisspeltSeverityAndAMisspeltRuleIdAreReportedTogether() {
        // The severity was refused by the parse, before the rule set could see the id: fixing it
        // only brought the next mistake to light.
        RulesConfig config = RulesConfig.parse("conditions.yaml", "rules:\n  reading-levl: warning\n  sentence-length: loud\n"
                + "  https:\n    severity: eror\n");
        RulesConfigException e = catchThrowableOfType(RulesConfigException.class,
                () -> RuleSet.builder().builtIn().configure(config).build());
        assertThat(e.diagnostics()).extracting(d -> d.line() + ":" + d.column() + " " + d.pointer() + " " + d.rule()).containsExactly(
                "2:3 /rules/reading-levl unknown-field", "3:20 /rules/sentence-length unknown-value",
                "5:15 /rules/https/severity unknown-value");
        assertThat(e.diagnostics().get(1).message()).isEqualTo("\"loud\" is not a severity; use error, warning, info or off");
    }

    @Test
    void theNoteOfBadSeveritiesLeftOutComesLastAfterTheUnknownIdsBelowThem() {
        // 101 bad severities: the parse keeps 100 and a note of the one left out, on the line of
        // the last one kept; the unknown ids on the lines below that must still come before it.
        StringBuilder yaml = new StringBuilder("rules:\n");
        for (int i = 1; i <= 101; i++) {
            yaml.append(String.format("  rule-%03d: loud\n", i));
        }
        yaml.append("  last-rule: warning\n");
        RulesConfig config = RulesConfig.parse("conditions.yaml", yaml.toString());
        RulesConfigException e = catchThrowableOfType(RulesConfigException.class,
                () -> RuleSet.builder().builtIn().configure(config).build());

        List<Diagnostic> found = e.diagnostics();
        assertThat(found.get(found.size() - 1).rule()).isEqualTo("too-many-diagnostics");
        assertThat(found.get(found.size() - 1).message()).startsWith("1 more problems in this file are not shown");
        assertThat(found.subList(0, found.size() - 1)).isSortedAccordingTo(Diagnostic.ORDER)
                .noneMatch(d -> d.rule().equals("too-many-diagnostics"))
                .filteredOn(d -> d.rule().equals("unknown-field")).hasSize(102);
        assertThat(found.get(found.size() - 2).pointer()).isEqualTo("/rules/last-rule");
    }

    @Test
    void aConfigurationWhoseSeveritiesAreAllValidBuilds() {
        RulesConfig config = RulesConfig.parse("conditions.yaml", "rules:\n  sentence-length: Info\n  https:\n    severity: off\n");
        RuleSet rules = RuleSet.builder().builtIn().configure(config).build();
        assertThat(rules.rules()).filteredOn(r -> r.id().equals("sentence-length")).singleElement()
                .extracting(Rule::defaultSeverity).isEqualTo(Severity.INFO);
        assertThat(rules.rules()).noneMatch(r -> r.id().equals("https"));
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
        // reached the rules as null and made the loader throw. Such a suppression is now not
        // built at all, so the rules never see it and it silences nothing.
        RuleSet rules = RuleSet.builder().builtIn().clock(TODAY).build();
        String article;
        try {
            article = Files.readString(LONG_SENTENCE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (String suppression : List.of("  - field: /body/0\n    reason: Quoted\n", "  - rule: sentence-length\n    reason: Quoted\n",
                "  - rule: sentence-length\n    field: [/body/0]\n    reason: Quoted\n")) {
            LoadResult loaded = ConditionLoader.builder().rules(rules).build()
                    .load("s.yaml", article + "suppressions:\n" + suppression, SourceFormat.YAML);
            assertThat(loaded.diagnostics()).as(suppression).extracting(Diagnostic::rule)
                    .containsExactlyInAnyOrder("sentence-length", suppression.contains("[") ? "wrong-type" : "required");
        }

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

    /** Loads a small article with one house rule and returns its diagnostics as the text report prints them. */
    private static List<String> loadWith(EditorialRule rule) {
        String yaml = "formatVersion: 2\nid: a\ntitle: A title\n";
        LoadResult loaded = ConditionLoader.builder().rules(RuleSet.builder().add(rule).build()).build().load("d.yaml", yaml, SourceFormat.YAML);
        return loaded.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void aReportAtAPointerWithoutItsSlashIsTheRulesFailure() {
        // "title" for "/title" made the loader throw StringIndexOutOfBoundsException when it
        // looked for the finding's position (audit-api #1).
        EditorialRule slip = ruleThat("slip", (condition, context) -> {
            context.report("/title", "kept only if the rule does not fail");
            context.report("title", "Title is too short");
        });
        assertThat(RuleSet.builder().add(slip).build().check(Condition.builder("a", "A title").build())).containsExactly(
                new Finding("rule-failure", Severity.ERROR, "",
                        "The rule slip failed on this article (it reported a finding at \"title\", which is not a JSON Pointer:"
                                + " a pointer is \"\" or starts with \"/\", such as \"/title\"); report it to the rule's authors"));
        assertThat(loadWith(slip)).singleElement().asString().startsWith("d.yaml:1:1: error: The rule slip failed").endsWith("[rule-failure]");
        // The whole article's pointer is "" and stays a finding of the rule.
        assertThat(loadWith(ruleThat("whole", (condition, context) -> context.report("", "About the whole article"))))
                .containsExactly("d.yaml:1:1: info: About the whole article [whole]");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"linkage", "stack", "assert"})
    void aHouseRulesErrorsAreItsFailureNotTheLoaders(String kind) {
        // Only RuntimeException was caught: a plug-in jar missing a class (NoClassDefFoundError),
        // runaway recursion or a failed assert escaped load (audit-api #1).
        Error error = switch (kind) {
            case "linkage" -> new NoClassDefFoundError("com/acme/Missing");
            case "stack" -> new StackOverflowError();
            default -> new AssertionError("assert");
        };
        EditorialRule broken = ruleThat("broken", (condition, context) -> {
            context.report("/title", "half a finding");
            throw error;
        });
        assertThat(loadWith(broken)).containsExactly("d.yaml:1:1: error: The rule broken failed on this article (" + error
                + "); report it to the rule's authors [rule-failure]");
    }

    @Test
    void anOutOfMemoryErrorIsLeftToTheApp() {
        EditorialRule starving = ruleThat("starving", (condition, context) -> {
            throw new OutOfMemoryError("test");
        });
        assertThatThrownBy(() -> loadWith(starving)).isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void aMessageOverSeveralLinesIsReportedOnOne() {
        EditorialRule lines = ruleThat("lines", (condition, context) -> context.report("/title", "line one\nline two\r\nline three\rend"));
        assertThat(loadWith(lines)).containsExactly("d.yaml:3:8: info: line one line two line three end [lines]");
        EditorialRule failing = ruleThat("failing", (condition, context) -> {
            throw new IllegalStateException("first\nsecond");
        });
        assertThat(loadWith(failing)).containsExactly("d.yaml:1:1: error: The rule failing failed on this article"
                + " (java.lang.IllegalStateException: first second); report it to the rule's authors [rule-failure]");
    }

    @Test
    void aDiscoveredRuleWithAMalformedIdIsTheDocumentedIllegalState(@org.junit.jupiter.api.io.TempDir Path plugin) throws Exception {
        // It threw IllegalArgumentException, so one bad jar on the class path made every default
        // loader fail with an exception that an app catching the documented one missed (audit-api #4).
        Path services = plugin.resolve("META-INF/services/" + EditorialRule.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, BadlyNamedRule.class.getName() + "\n");
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {plugin.toUri().toURL()}, getClass().getClassLoader())) {
            assertThatThrownBy(() -> RuleSet.builder().builtIn().discover(loader))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Rule " + BadlyNamedRule.class.getName() + " has the id 'House_Title'; an id is lower-case letters"
                            + " and digits separated by hyphens")
                    .hasCauseInstanceOf(IllegalArgumentException.class);
        }
    }

    /** A plug-in's house rule whose id is not lower case. */
    public static final class BadlyNamedRule implements EditorialRule {
        /** Makes the rule; {@link java.util.ServiceLoader} calls it. */
        public BadlyNamedRule() {}

        @Override
        public Rule rule() {
            return new Rule("House_Title", Severity.WARNING, "Has a malformed id");
        }

        @Override
        public void check(Condition condition, RuleContext context) {}
    }

    @Test
    void eachFindingHasTheIdSeverityAndOptionsOfTheRuleThatReportedIt() {
        // One context serves all the rules of an article's check: each rule must still read its
        // own options and report under its own id and severity, and a suppression of one rule
        // must not silence another's finding on the same field.
        RuleSet rules = RuleSet.builder()
                .add(reportingTitle("first", Severity.INFO, 1))
                .add(reportingTitle("second", Severity.WARNING, 2))
                .add(reportingTitle("third", Severity.ERROR, 3))
                .build();
        Condition article = Condition.builder("a", "A title").suppressions(new Suppression("second", "/title", "Checked")).build();
        assertThat(rules.check(article)).containsExactly(
                new Finding("first", Severity.INFO, "/title", "first reads 1.0"),
                new Finding("third", Severity.ERROR, "/title", "third reads 3.0"));
    }

    @Test
    void aContextKeptPastItsCheckRefusesToReportUnderAnotherRule() {
        // The context is shared by the article's rules in turn: one a rule keeps and uses later
        // must fail, not report under whichever rule ran last.
        RuleContext[] kept = new RuleContext[1];
        EditorialRule keeping = new EditorialRule() {
            @Override
            public Rule rule() {
                return new Rule("keeping", Severity.WARNING, "Keeps its context");
            }

            @Override
            public void check(Condition condition, RuleContext context) {
                kept[0] = context;
            }
        };
        RuleSet rules = RuleSet.builder().add(keeping).add(reportingTitle("later", Severity.ERROR, 1)).build();
        assertThat(rules.check(Condition.builder("a", "A title").build()))
                .containsExactly(new Finding("later", Severity.ERROR, "/title", "later reads 1.0"));
        assertThatThrownBy(() -> kept[0].report("/title", "too late"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only during the rule's check");
        assertThatThrownBy(() -> kept[0].option("limit")).isInstanceOf(IllegalStateException.class);
    }

    /** A rule whose option {@code limit} defaults to {@code limit}, and which reports it at the title. */
    private static EditorialRule reportingTitle(String id, Severity severity, double limit) {
        return new EditorialRule() {
            @Override
            public Rule rule() {
                return new Rule(id, severity, "Reports its limit");
            }

            @Override
            public List<RuleOption> options() {
                return List.of(new RuleOption("limit", limit, "what the rule reports"));
            }

            @Override
            public void check(Condition condition, RuleContext context) {
                context.report("/title", id + " reads " + context.option("limit"));
            }
        };
    }

    @Test
    void theBuiltInRulesAreDocumented() {
        List<EditorialRule> rules = RuleSet.builder().builtIn().build().editorialRules();
        assertThat(rules).hasSize(18).allSatisfy(r -> {
            assertThat(r.rule().description()).isNotBlank().doesNotEndWith(".");
            assertThat(r.rule().documentation()).hasSizeGreaterThan(80);
        });
    }

    /**
     * Today, for the rules, is the clock's date in the clock's zone at every instant around
     * midnights (before and after 1970, offsets east and west, one of half an hour, a zone with
     * daylight saving) and near the ends of a {@code long} of milliseconds, whichever way the
     * clock moves.
     */
    @Test
    void todayIsTheClocksDateAtEveryInstantAroundMidnight() {
        List<ZoneId> zones = List.of(ZoneOffset.UTC, ZoneOffset.ofHours(14), ZoneOffset.ofHours(-12),
                ZoneOffset.ofHoursMinutes(5, 30), ZoneId.of("Europe/London"));
        List<Long> seconds = new ArrayList<>();
        for (long midnight : new long[] {Instant.parse("2026-11-26T00:00:00Z").getEpochSecond(),
                Instant.parse("2026-03-29T00:00:00Z").getEpochSecond(), Instant.parse("1969-12-31T00:00:00Z").getEpochSecond()}) {
            for (long halfHour = -30; halfHour <= 30; halfHour++) {
                for (long second : new long[] {-1, 0, 1}) {
                    seconds.add(midnight + halfHour * 1800 + second);
                }
            }
        }
        // At the ends of a long of milliseconds the day's span cannot be counted: read as LocalDate.now reads it.
        for (long edge : new long[] {Long.MAX_VALUE / 1000, Long.MIN_VALUE / 1000 - 1}) {
            for (long hours = -16; hours <= 16; hours++) {
                seconds.add(edge - hours * 3600);
            }
        }
        for (ZoneId zone : zones) {
            MovingClock clock = new MovingClock(zone);
            List<LocalDate> told = new ArrayList<>();
            RuleSet rules = RuleSet.builder().add(ruleThat("dated", (condition, context) -> told.add(context.today()))).clock(clock).build();
            Condition article = Condition.builder("a", "A").build();
            // Forwards, then backwards: a kept day must not outlive its span in either direction.
            List<Long> both = new ArrayList<>(seconds);
            for (int i = seconds.size() - 1; i >= 0; i--) {
                both.add(seconds.get(i));
            }
            for (long second : both) {
                for (long nanos : new long[] {0, 999_999_999}) {
                    clock.now = Instant.ofEpochSecond(second, nanos);
                    told.clear();
                    assertThat(rules.check(article)).isEmpty();
                    assertThat(told).as("%s at %s", zone, clock.now).containsExactly(LocalDate.ofInstant(clock.now, zone));
                }
            }
        }
    }

    /** A clock set by the test. */
    private static final class MovingClock extends Clock {
        private final ZoneId zone;
        Instant now = Instant.EPOCH;

        MovingClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static EditorialRule ruleWithId(String id) {
        return ruleThat(id, (condition, context) -> {});
    }

    /** An informational rule that checks an article as {@code check} does. */
    private static EditorialRule ruleThat(String id, BiConsumer<Condition, RuleContext> check) {
        return new EditorialRule() {
            @Override
            public Rule rule() {
                return new Rule(id, Severity.INFO, "A test rule");
            }

            @Override
            public void check(Condition condition, RuleContext context) {
                check.accept(condition, context);
            }
        };
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "sentence-length|maxWords: 0|Option maxWords of rule sentence-length must be a whole number from 5 to 1000, not 0",
        "sentence-length|maxWords: 2.5|Option maxWords of rule sentence-length must be a whole number from 5 to 1000, not 2.5",
        "sentence-length|maxWords: 1e308|Option maxWords of rule sentence-length must be a whole number from 5 to 1000, not 1.0E308",
        "reading-level|maxGrade: -5|Option maxGrade of rule reading-level must be a number from 1 to 20, not -5",
        "review-overdue|maxAgeYears: 0|Option maxAgeYears of rule review-overdue must be a whole number from 1 to 100, not 0",
    })
    void optionsOutsideTheirRangeAreErrorsThatNameTheRange(String rule, String option, String message) {
        RulesConfig config = RulesConfig.parse("conditions.yaml", "rules:\n  " + rule + ":\n    " + option + "\n");
        RulesConfigException e = catchThrowableOfType(RulesConfigException.class,
                () -> RuleSet.builder().builtIn().configure(config).build());
        assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line() + ":" + d.column()).isEqualTo("3:5");
            assertThat(d.rule()).isEqualTo("range");
            assertThat(d.message()).isEqualTo(message);
        });
    }

    @Test
    void aNumberJavaCannotReadIsAWrongTypeAtItsPosition() {
        RulesConfigException e = catchThrowableOfType(RulesConfigException.class,
                () -> RulesConfig.parse("conditions.yaml", "rules:\n  sentence-length:\n    maxWords: .nan\n"));
        assertThat(e.diagnostics()).extracting(Object::toString).containsExactly(
                "conditions.yaml:3:15: error: \"maxWords\" must be a number such as 25, not \".nan\" [wrong-type]");
    }

    @Test
    void anOptionsRangeMustHoldItsDefault() {
        assertThatIllegalArgumentException().isThrownBy(() -> RuleOption.count("maxWords", 0, 1, 10, "words"));
        assertThatIllegalArgumentException().isThrownBy(() -> new RuleOption("x", 1, 2, 1, false, "reversed"));
        assertThat(new RuleOption("legacy", 3, "any number").allows(-1e300)).isTrue();
        assertThat(new RuleOption("legacy", 3, "any number").allows(Double.NaN)).isFalse();
    }

    /**
     * A structural check's id, which conditions rules lists beside the editorial rules, is told
     * that it cannot be configured, not that no rule has it (fixture
     * {@code rules-config/structural-rules.yaml}).
     */
    @Test
    void aStructuralCheckIsToldItCannotBeConfigured() {
        RulesConfigException e = catchThrowableOfType(RulesConfigException.class,
                () -> RuleSet.builder().builtIn().configure(RulesConfig.read(RULES_CONFIG.resolve("structural-rules.yaml"))).build());
        String file = RULES_CONFIG.resolve("structural-rules.yaml").toString();
        assertThat(e.diagnostics()).extracting(Object::toString).containsExactly(
                file + ":2:3: error: \"syntax\" is a structural check, which is always an error; it cannot be configured or turned off,"
                        + " only the editorial rules can [unknown-field]",
                file + ":3:3: error: \"unknown-related\" is a structural check, which is always reported as warning; it cannot be"
                        + " configured or turned off, only the editorial rules can [unknown-field]");
    }

    /**
     * An option given a value of no option's kind is told the kind that option takes, not every
     * kind there is (fixture {@code rules-config/option-of-the-wrong-kind.yaml}).
     */
    @Test
    void anOptionOfTheWrongKindIsToldWhatItTakes() {
        RulesConfigException e = catchThrowableOfType(RulesConfigException.class,
                () -> RuleSet.builder().builtIn().configure(RulesConfig.read(RULES_CONFIG.resolve("option-of-the-wrong-kind.yaml"))).build());
        String file = RULES_CONFIG.resolve("option-of-the-wrong-kind.yaml").toString();
        assertThat(e.diagnostics()).extracting(Object::toString).satisfiesExactly(
                d -> assertThat(d).isEqualTo(file + ":3:5: error: Option maxGrade of rule reading-level must be a number from 1 to 20,"
                        + " such as 8; it is \"seven\" [wrong-type]"),
                d -> assertThat(d).startsWith(file + ":5:5: error: Option sections of rule required-section must be a list of words from: ")
                        .endsWith("; it is \"causes\" [wrong-type]"));
        Path severity = RULES_CONFIG.resolve("severity-as-a-list.yaml");
        assertThat(catchThrowableOfType(RulesConfigException.class, () -> RulesConfig.read(severity)).diagnostics())
                .extracting(Object::toString).containsExactly(severity + ":3:15: error: \"severity\" must be one of error, warning,"
                        + " info, off; it is a list [wrong-type]");
    }
}
