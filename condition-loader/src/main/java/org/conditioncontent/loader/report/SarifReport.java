package org.conditioncontent.loader.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.Rule;
import org.conditioncontent.loader.Rules;
import org.conditioncontent.loader.Severity;
import org.jspecify.annotations.Nullable;

/**
 * The SARIF 2.1.0 report, for GitHub code scanning and other SARIF viewers: one run whose tool
 * lists every rule checked, and one result per finding with its rule, level, message, location
 * (a path relative to {@code %SRCROOT%}, the repository's root, with line and column) and a
 * fingerprint.
 *
 * <p>The fingerprint {@value #FINGERPRINT} is the SHA-256 of the rule, the relative path, the
 * JSON Pointer and the message, but not the line: code scanning matches an alert across commits by
 * it, so an edit that moves a finding down the file keeps the alert (and its dismissal) rather
 * than closing it and opening a new one.
 */
final class SarifReport {

    /** The schema the output declares, where editors and validators find it. */
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    /** The key of the fingerprint in each result's {@code partialFingerprints}. */
    static final String FINGERPRINT = "conditionsFinding/v1";

    /** Where the tool is described. */
    static final String INFORMATION_URI = "https://conditioncontent.org";

    private static final String SRCROOT = "%SRCROOT%";

    /** The file a help text tells users to configure a rule in. */
    private static final String CONFIGURATION_FILE = "conditions.yaml";

    /** The ids of the structural rules, which are always on and cannot be configured. */
    private static final Set<String> STRUCTURAL = new HashSet<>(Rules.all().stream().map(Rule::id).toList());

    private SarifReport() {}

    /**
     * Writes the report, indented, ending with a newline.
     *
     * @param validation the findings and the rules checked
     * @param out where the report goes
     */
    static void write(ValidationReport validation, StringBuilder out) {
        out.append(IndentedJson.write(log(validation))).append('\n');
    }

    /**
     * The report as a tree.
     *
     * @param validation the findings and the rules checked
     * @return the SARIF log
     */
    static Map<String, Object> log(ValidationReport validation) {
        List<Rule> rules = validation.rules();
        Map<String, Integer> ruleIndex = new HashMap<>();
        List<Object> descriptors = new ArrayList<>(rules.size());
        for (Rule rule : rules) {
            if (ruleIndex.putIfAbsent(rule.id(), descriptors.size()) == null) {
                descriptors.add(descriptor(rule));
            }
        }
        ReportPaths paths = new ReportPaths(validation.workingDirectory());
        List<Object> results = new ArrayList<>();
        for (Diagnostic d : validation.diagnostics()) {
            results.add(result(d, ruleIndex.get(d.rule()), paths));
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "conditions");
        driver.put("version", validation.toolVersion());
        driver.put("informationUri", INFORMATION_URI);
        driver.put("rules", descriptors);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", results);
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return log;
    }

    /** A rule's reportingDescriptor. */
    private static Map<String, Object> descriptor(Rule rule) {
        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("id", rule.id());
        descriptor.put("shortDescription", text(rule.description()));
        descriptor.put("fullDescription", text(rule.documentation()));
        descriptor.put("help", text(help(rule)));
        descriptor.put("defaultConfiguration", Map.of("level", level(rule.defaultSeverity())));
        return descriptor;
    }

    /** What a reader of an alert needs: why the rule exists and, if it can be, how to configure it. */
    private static String help(Rule rule) {
        if (STRUCTURAL.contains(rule.id())) {
            return rule.documentation();
        }
        return rule.documentation() + "\n\nTo change its severity or turn it off, add to " + CONFIGURATION_FILE
                + ":\nrules:\n  " + rule.id() + ": warning   # error, warning, info or off";
    }

    private static Map<String, Object> result(Diagnostic d, @Nullable Integer ruleIndex, ReportPaths paths) {
        Map<String, Object> artifact = new LinkedHashMap<>();
        artifact.put("uri", paths.uri(d.source()));
        if (paths.isInside(d.source())) {
            artifact.put("uriBaseId", SRCROOT);
        }
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("startLine", d.line());
        region.put("startColumn", d.column());
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", artifact);
        physical.put("region", region);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ruleId", d.rule());
        if (ruleIndex != null) {
            result.put("ruleIndex", ruleIndex);
        }
        result.put("level", level(d.severity()));
        result.put("message", text(d.message()));
        result.put("locations", List.of(Map.of("physicalLocation", physical)));
        result.put("partialFingerprints", Map.of(FINGERPRINT, fingerprint(d, paths.path(d.source()))));
        // The JSON Pointer names the value whatever its line: useful to tools that read the data.
        result.put("properties", Map.of("pointer", d.pointer()));
        return result;
    }

    /**
     * The fingerprint of a finding.
     *
     * @param d the finding
     * @param path its file, relative to the working directory
     * @return 64 hexadecimal digits
     */
    static String fingerprint(Diagnostic d, String path) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
        // NUL separates the parts, so that no two different findings run together the same way.
        String key = d.rule() + '\0' + path + '\0' + d.pointer() + '\0' + d.message();
        return HexFormat.of().formatHex(sha256.digest(key.getBytes(UTF_8)));
    }

    /**
     * SARIF's level for a severity.
     *
     * @param severity the severity
     * @return {@code error}, {@code warning} or {@code note}
     */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static Map<String, Object> text(String text) {
        return Map.of("text", text);
    }
}
