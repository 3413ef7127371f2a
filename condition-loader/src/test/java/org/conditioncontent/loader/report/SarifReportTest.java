package org.conditioncontent.loader.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.CorpusResult;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.Rule;
import org.conditioncontent.loader.Rules;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The SARIF report, checked against the official SARIF 2.1.0 JSON schema. */
class SarifReportTest {

    private static final String VERSION = "1.2.3";

    /** The rules a loader with the default rules checks, as the command checks them. */
    private static final List<Rule> RULES = ConditionLoader.builder().rules(RuleSet.defaults()).build().rules();

    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        // Format assertions on, so that "uri" and "uri-reference" values are checked too.
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            assertThat(in).as("the schema is on the test class path").isNotNull();
            schema = registry.getSchema(in, InputFormat.JSON);
        }
    }

    private static List<String> schemaErrors(String sarif) {
        List<String> errors = new ArrayList<>();
        for (Error e : schema.validate(sarif, InputFormat.JSON)) {
            errors.add(e.toString());
        }
        return errors;
    }

    private static String invalidExamplesReport() {
        return ReportFormat.SARIF.render(ValidationReport.of(Examples.load("examples/invalid"), RULES, Examples.REPOSITORY, VERSION));
    }

    private static String write(List<Diagnostic> diagnostics, Path workingDirectory) {
        List<LoadResult> files = diagnostics.stream().map(Diagnostic::source).distinct()
                .map(source -> new LoadResult(source, null, diagnostics.stream().filter(d -> d.source().equals(source)).toList()))
                .toList();
        CorpusResult corpus = new CorpusResult(files, diagnostics);
        return ReportFormat.SARIF.render(ValidationReport.of(corpus, Rules.all(), workingDirectory, VERSION));
    }

    @Test
    void theReportOfTheInvalidExamplesIsValidSarif() {
        String sarif = invalidExamplesReport();

        assertThat(schemaErrors(sarif)).isEmpty();
        JsonNode log = JsonMapper.shared().readTree(sarif);
        assertThat(log.get("$schema").asString()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(log.get("version").asString()).isEqualTo("2.1.0");
        assertThat(log.get("runs")).hasSize(1);
        assertThat(log.get("runs").get(0).get("results")).hasSizeGreaterThan(20);
    }

    @Test
    void theSchemaCheckRejectsABrokenLog() {
        String sarif = invalidExamplesReport();
        String badLevel = sarif.replaceFirst("\"level\": \"warning\"", "\"level\": \"serious\"");
        String noVersion = sarif.replaceFirst("\"version\": \"2.1.0\",", "");
        String badUri = sarif.replaceFirst("\"uri\": \"examples/", "\"uri\": \"exa mples\\\\\\\\");

        assertThat(badLevel).isNotEqualTo(sarif);
        assertThat(schemaErrors(badLevel)).isNotEmpty();
        assertThat(schemaErrors(noVersion)).isNotEmpty();
        assertThat(schemaErrors(badUri)).as("uri-reference is checked").isNotEmpty();
    }

    @Test
    void listsEveryRuleCheckedAndPointsEachResultAtItsRule() {
        JsonNode run = JsonMapper.shared().readTree(invalidExamplesReport()).get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        List<Rule> expected = RULES;

        assertThat(driver.get("name").asString()).isEqualTo("conditions");
        assertThat(driver.get("version").asString()).isEqualTo(VERSION);
        assertThat(driver.get("informationUri").asString()).isEqualTo("https://conditioncontent.org");
        JsonNode rules = driver.get("rules");
        assertThat(rules).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Rule rule = expected.get(i);
            JsonNode descriptor = rules.get(i);
            assertThat(descriptor.get("id").asString()).isEqualTo(rule.id());
            assertThat(descriptor.get("shortDescription").get("text").asString()).isEqualTo(rule.description());
            assertThat(descriptor.get("fullDescription").get("text").asString()).isEqualTo(rule.documentation());
            assertThat(descriptor.get("help").get("text").asString()).startsWith(rule.documentation());
            assertThat(descriptor.get("defaultConfiguration").get("level").asString()).isEqualTo(SarifReport.level(rule.defaultSeverity()));
        }
        for (JsonNode result : run.get("results")) {
            String ruleId = result.get("ruleId").asString();
            assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asString()).isEqualTo(ruleId);
            JsonNode location = result.get("locations").get(0).get("physicalLocation");
            assertThat(location.get("artifactLocation").get("uri").asString()).matches("examples/invalid/[a-z-]+\\.yaml");
            assertThat(location.get("artifactLocation").get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
            assertThat(location.get("region").get("startLine").asInt()).isPositive();
            assertThat(location.get("region").get("startColumn").asInt()).isPositive();
            assertThat(result.get("partialFingerprints").get(SarifReport.FINGERPRINT).asString()).matches("[0-9a-f]{64}");
        }
    }

    @Test
    void resultsMatchTheTextReportLineForLine() {
        List<String> text = ReportFormat.TEXT.render(ValidationReport.of(Examples.load("examples/invalid"), RULES, Examples.REPOSITORY, VERSION))
                .lines().toList();
        JsonNode results = JsonMapper.shared().readTree(invalidExamplesReport()).get("runs").get(0).get("results");

        assertThat(results).hasSize(text.size() - 1);
        for (int i = 0; i < results.size(); i++) {
            JsonNode r = results.get(i);
            JsonNode location = r.get("locations").get(0).get("physicalLocation");
            String severity = switch (r.get("level").asString()) {
                case "error" -> "error";
                case "warning" -> "warning";
                default -> "info";
            };
            // The text report names files as the loader does, here absolute; SARIF relative to the root.
            assertThat(text.get(i)).isEqualTo(Examples.REPOSITORY.resolve(location.get("artifactLocation").get("uri").asString()) + ":"
                    + location.get("region").get("startLine").asInt() + ":" + location.get("region").get("startColumn").asInt() + ": "
                    + severity + ": " + r.get("message").get("text").asString() + " [" + r.get("ruleId").asString() + "]");
        }
    }

    @Test
    void theFingerprintSurvivesAMoveButNotAChange() {
        Diagnostic finding = new Diagnostic("a.yaml", 3, 5, "/title", Severity.ERROR, "required", "Add a title");
        Diagnostic moved = new Diagnostic("a.yaml", 30, 1, "/title", Severity.ERROR, "required", "Add a title");
        String fingerprint = SarifReport.fingerprint(finding, "a.yaml");

        assertThat(SarifReport.fingerprint(moved, "a.yaml")).isEqualTo(fingerprint);
        assertThat(SarifReport.fingerprint(finding, "b.yaml")).isNotEqualTo(fingerprint);
        assertThat(SarifReport.fingerprint(new Diagnostic("a.yaml", 3, 5, "/id", Severity.ERROR, "required", "Add a title"), "a.yaml"))
                .isNotEqualTo(fingerprint);
        assertThat(SarifReport.fingerprint(new Diagnostic("a.yaml", 3, 5, "/title", Severity.ERROR, "pattern", "Add a title"), "a.yaml"))
                .isNotEqualTo(fingerprint);
        assertThat(SarifReport.fingerprint(new Diagnostic("a.yaml", 3, 5, "/title", Severity.ERROR, "required", "Add an id"), "a.yaml"))
                .isNotEqualTo(fingerprint);
        // Documented, so that other tools can compute it: the SHA-256 of rule, path, pointer and
        // message, separated by NUL characters.
        assertThat(fingerprint).isEqualTo(sha256("required\0a.yaml\0/title\0Add a title"));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void encodesPathsAsUrisAndNamesFilesOutsideTheRootAbsolutely(@TempDir Path root) {
        Path outside = root.resolveSibling(root.getFileName() + "-elsewhere").resolve("far away.yaml");
        List<Diagnostic> diagnostics = List.of(
                new Diagnostic("sub dir/caf\u00e9 #1.yaml", 2, 3, "/title", Severity.ERROR, "required", "Add a \"title\"\nnow"),
                new Diagnostic(outside.toString(), 1, 1, "", Severity.INFO, "too-many-diagnostics", "Capped"));

        String sarif = write(diagnostics, root);

        assertThat(schemaErrors(sarif)).isEmpty();
        JsonNode results = JsonMapper.shared().readTree(sarif).get("runs").get(0).get("results");
        JsonNode inside = results.get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation");
        assertThat(inside.get("uri").asString()).isEqualTo("sub%20dir/caf%C3%A9%20%231.yaml");
        assertThat(inside.get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
        JsonNode far = results.get(1).get("locations").get(0).get("physicalLocation").get("artifactLocation");
        assertThat(far.get("uri").asString()).startsWith("file:///").endsWith("/far%20away.yaml");
        assertThat(far.has("uriBaseId")).isFalse();
        assertThat(results.get(1).get("level").asString()).isEqualTo("note");
        assertThat(results.get(0).get("message").get("text").asString()).isEqualTo("Add a \"title\"\nnow");
    }

    @Test
    void namesThatCannotBePathsHereAreNamedAsTheyRead(@TempDir Path root) {
        // A name the platform cannot make a path of, as a JVM on Linux in the C locale cannot make
        // one of a name it read with U+FFFD in it: NUL is in no path anywhere.
        List<Diagnostic> diagnostics = List.of(
                new Diagnostic("./sub/./caf\u0000 1.yaml", 1, 1, "", Severity.ERROR, "required", "inside"),
                new Diagnostic("/elsewhere/caf\u0000.yaml", 1, 1, "", Severity.ERROR, "required", "absolute"),
                new Diagnostic("../up/caf\u0000.yaml", 1, 1, "", Severity.ERROR, "required", "above"),
                new Diagnostic(root.toAbsolutePath() + "/deep/caf\u0000.yaml", 1, 1, "", Severity.ERROR, "required", "inside, absolute"));

        String sarif = write(diagnostics, root);

        assertThat(schemaErrors(sarif)).isEmpty();
        java.util.Map<String, JsonNode> byMessage = new java.util.HashMap<>();
        for (JsonNode result : JsonMapper.shared().readTree(sarif).get("runs").get(0).get("results")) {
            byMessage.put(result.get("message").get("text").asString(), result.get("locations").get(0).get("physicalLocation").get("artifactLocation"));
        }
        assertThat(byMessage.get("inside").get("uri").asString()).isEqualTo("sub/caf%00%201.yaml");
        assertThat(byMessage.get("inside").get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
        assertThat(byMessage.get("absolute").get("uri").asString()).isEqualTo("file:///elsewhere/caf%00.yaml");
        assertThat(byMessage.get("absolute").has("uriBaseId")).isFalse();
        assertThat(byMessage.get("above").get("uri").asString())
                .isEqualTo(root.toAbsolutePath().getParent().toUri().toASCIIString() + "up/caf%00.yaml");
        assertThat(byMessage.get("above").has("uriBaseId")).isFalse();
        assertThat(byMessage.get("inside, absolute").get("uri").asString()).isEqualTo("deep/caf%00.yaml");
        assertThat(byMessage.get("inside, absolute").get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
    }

    @Test
    void aCleanRunHasNoResultsAndIsValid() {
        String sarif = ReportFormat.SARIF.render(ValidationReport.of(
                Examples.load("examples/conditions/nocturnal-leg-cramps.yaml"), RULES, Examples.REPOSITORY, VERSION));

        assertThat(schemaErrors(sarif)).isEmpty();
        assertThat(JsonMapper.shared().readTree(sarif).get("runs").get(0).get("results")).isEmpty();
    }
}
