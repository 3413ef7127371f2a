package org.conditioncontent.lsp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.Rule;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.SourceFormat;
import org.conditioncontent.loader.rules.EditorialRule;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.loader.rules.RuleSet;
import org.conditioncontent.model.Condition;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

/** The quick fixes in JSON and in YAML, applied and loaded again. */
class QuickFixesTest {

    private static final ConditionLoader LOADER = ConditionLoader.builder().build();

    private static final String JSON = "{\n  \"formatVersion\": 2,\n  \"id\": \"x\",\n  \"titel\": \"Leg  cramps\"\n}\n";

    @Test
    void jsonDidYouMeanKeepsTheQuotes() {
        OpenDocument doc = OpenDocument.of("file:///a/x.json", JSON, 1);
        String fixed = apply(doc, fix(doc, "unknown-field", "Change to \"title\""));
        assertThat(fixed).isEqualTo(JSON.replace("titel", "title"));
    }

    /**
     * After an emoji on the line (two Java characters, which the YAML parser counts as one), the
     * fix still replaces the misspelt name and nothing around it: it used to land one character
     * early for each emoji, and broke the YAML.
     */
    @Test
    void yamlDidYouMeanAfterAnEmojiOnTheLineReplacesTheNameOnly() {
        String text = "formatVersion: 2\nid: x\ntitle: Leg cramps\ncodes: [{display: \"🦵🦵 cramps\", sytem: icd-10-cm, code: R25.2}]\n";
        OpenDocument doc = OpenDocument.of("file:///a/x.yaml", text, 1);
        String fixed = apply(doc, fix(doc, "unknown-field", "Change to \"system\""));
        assertThat(fixed).isEqualTo(text.replace("sytem", "system"));
    }

    /**
     * In a YAML flow mapping the value ends at the ',' or '}' after it: the fix replaced the
     * value together with the rest of the mapping, and the diagnostic underlined "drugg}".
     */
    @Test
    void yamlDidYouMeanInAFlowCollectionReplacesTheValueOnly() {
        String article = "formatVersion: 1\nid: unknown-value\ntitle: Leg Cramps\nmedications:\n  items:\n%s\n";
        for (String item : List.of("    - {kind: drugg, name: Quinine}", "    - {name: Quinine, kind: drugg}",
                "    - {name: Quinine, kind: drugg }", "    [{name: Quinine, kind: drugg}]")) {
            String text = article.formatted(item);
            OpenDocument doc = OpenDocument.of("file:///a/x.yaml", text, 1);
            Diagnostic unknown = diagnostics(doc).stream().filter(d -> d.getCode().getLeft().equals("unknown-value")).findFirst().orElseThrow();
            LineMap lines = new LineMap(text);
            assertThat(text.substring(lines.offset(unknown.getRange().getStart()), lines.offset(unknown.getRange().getEnd())))
                    .as("the diagnostic's range in %s", item).isEqualTo("drugg");

            String fixed = apply(doc, fix(doc, "unknown-value", "Change to \"drug\""));
            assertThat(fixed).isEqualTo(text.replace("drugg", "drug"));
            assertThat(rules(fixed, SourceFormat.YAML)).as("loads without a syntax error")
                    .noneMatch(r -> r.startsWith("syntax") || r.startsWith("unknown-value"));
        }
    }

    /**
     * A flow mapping split over lines, as Prettier wraps a long one: the token seen from the
     * value's line runs on to the brace, and the fix replaced "drugg}" and broke the YAML. The
     * message's quoted value is what it replaces now, and what the diagnostic underlines.
     */
    @Test
    void yamlDidYouMeanInAFlowMappingSplitOverLinesReplacesTheValueOnly() {
        String article = "formatVersion: 1\nid: unknown-value\ntitle: Leg Cramps\nmedications:\n  items:\n%s\n";
        for (String item : List.of("    - {name: Quinine,\n       kind: drugg}", "    - {name: Quinine, kind:\n        drugg}", "    - {name: Quinine,\n       kind: drugg\n      }",
                "    [{name: Quinine,\n      kind: drugg}]")) {
            String text = article.formatted(item);
            OpenDocument doc = OpenDocument.of("file:///a/x.yaml", text, 1);
            Diagnostic unknown = diagnostics(doc).stream().filter(d -> d.getCode().getLeft().equals("unknown-value")).findFirst().orElseThrow();
            LineMap lines = new LineMap(text);
            assertThat(text.substring(lines.offset(unknown.getRange().getStart()), lines.offset(unknown.getRange().getEnd())))
                    .as("the diagnostic's range in %s", item).isEqualTo("drugg");
            String fixed = apply(doc, fix(doc, "unknown-value", "Change to \"drug\""));
            assertThat(fixed).as(item).isEqualTo(text.replace("drugg", "drug"));
            assertThat(rules(fixed, SourceFormat.YAML)).as("loads without a syntax error")
                    .noneMatch(r -> r.startsWith("syntax") || r.startsWith("unknown-value"));
        }
    }

    /** Where the token's text does not start with the value the message quotes, no "Change to" is offered. */
    @Test
    void noChangeWhereTheTokenDoesNotStartWithTheQuotedValue() {
        String text = "formatVersion: 1\nid: unknown-value\ntitle: Leg Cramps\nmedications:\n  items:\n    - {name: Quinine, kind: drugg}\n";
        OpenDocument doc = OpenDocument.of("file:///a/x.yaml", text, 1);
        Diagnostic unknown = diagnostics(doc).stream().filter(d -> d.getCode().getLeft().equals("unknown-value")).findFirst().orElseThrow();
        assertThat(unknown.getMessage()).startsWith("\"drugg\" is not a ");
        unknown.setMessage(unknown.getMessage().replace("\"drugg\"", "\"druggs\""));
        assertThat(QuickFixes.fixes(doc, List.of(unknown), LOADER)).extracting(CodeAction::getTitle).noneMatch(t -> t.startsWith("Change to"));

        assertThat(QuickFixes.badValue("\"drugg\" is not a kind; did you mean \"drug\"?", "drugg}")).isEqualTo("drugg");
        assertThat(QuickFixes.badValue("Unknown field \"titel\" in the article; did you mean \"title\"?", "titel")).isEqualTo("titel");
        assertThat(QuickFixes.badValue("\"a\"b\" is not a kind; did you mean \"drug\"?", "a\"b}")).as("a quote in the value").isEqualTo("a\"b");
        assertThat(QuickFixes.badValue("\"night cramps\" is not a kind; did you mean \"drug\"?", "night")).as("folded over lines").isNull();
        String longValue = "x".repeat(70);
        assertThat(QuickFixes.badValue("\"" + "x".repeat(57) + "...\" is not a kind; did you mean \"drug\"?", longValue)).as("cut short").isNull();
    }

    /**
     * A request with many diagnostics, as Select All sends, loads the document once to judge its
     * suppressions, not once for each: and offers what one request per diagnostic offers.
     */
    @Test
    void manyDiagnosticsMakeOneTrialLoad() {
        ConditionLoader counted = ConditionLoader.builder().rules(RuleSet.builder().builtIn().add(new CountingRule()).build()).build();
        String yaml = "formatVersion: 2\nid: x\ntitle: Leg  cramps\nalsoCalled: [Night  cramps, Leg  pain, Calf  cramps]\n"
                + "body:\n  - kind: definition\n    blocks: [Leg  cramps hurt.]\n";
        String json = "{\"formatVersion\": 2, \"id\": \"x\", \"title\": \"Leg  cramps\", \"alsoCalled\": [\"Night  cramps\", \"Leg  pain\"],\n"
                + "  \"body\": [{\"kind\": \"definition\", \"blocks\": [\"Leg  cramps hurt.\"]}]}\n";
        for (OpenDocument doc : List.of(OpenDocument.of("file:///a/x.yaml", yaml, 1), OpenDocument.of("file:///a/x.json", json, 1),
                OpenDocument.of("file:///a/x.yaml", yaml + "suppressions:\n  - rule: whitespace\n    field: /id\n    reason: Because\n", 1),
                OpenDocument.of("file:///a/x.json", json.replace("\"id\": \"x\",", "\"id\": \"x\", \"suppressions\": [],"), 1))) {
            SourceFormat format = doc.kind().isJson() ? SourceFormat.JSON : SourceFormat.YAML;
            List<Diagnostic> all = Checks.toLsp(counted.load(doc.source(), doc.text(), format).diagnostics(), doc);
            assertThat(all).hasSizeGreaterThanOrEqualTo(5).extracting(d -> d.getCode().getLeft()).contains("whitespace", "required-section");

            CountingRule.loads.set(0);
            List<CodeAction> together = QuickFixes.fixes(doc, all, counted);
            assertThat(CountingRule.loads.get()).as("trial loads").isEqualTo(1);

            List<CodeAction> oneByOne = all.stream().flatMap(d -> QuickFixes.fixes(doc, List.of(d), counted).stream()).toList();
            assertThat(together).as(doc.text()).isEqualTo(oneByOne);
            // In the other order the rejected entry is not the first: each finding maps to its own entry.
            List<Diagnostic> reversed = new ArrayList<>(all);
            Collections.reverse(reversed);
            List<CodeAction> oneByOneReversed = reversed.stream().flatMap(d -> QuickFixes.fixes(doc, List.of(d), counted).stream()).toList();
            assertThat(QuickFixes.fixes(doc, reversed, counted)).isEqualTo(oneByOneReversed);
            assertThat(together).extracting(CodeAction::getTitle).contains("Suppress whitespace for /title", "Suppress required-section for /body")
                    .doesNotContain("Suppress required-section for /references");
        }
    }

    /** A house rule that counts the checks it is in: one for each load of an article that binds. */
    public static final class CountingRule implements EditorialRule {
        static final AtomicInteger loads = new AtomicInteger();

        @Override
        public Rule rule() {
            return new Rule("counting", Severity.INFO, "Counts the loads");
        }

        @Override
        public void check(Condition condition, RuleContext context) {
            loads.incrementAndGet();
        }
    }

    @Test
    void jsonSuppressionAddsTheListOrAnEntryToIt() {
        String text = JSON.replace("titel", "title");
        OpenDocument doc = OpenDocument.of("file:///a/x.json", text, 1);
        String fixed = apply(doc, fix(doc, "whitespace", "Suppress whitespace for /title"));
        assertThat(fixed).contains("\"suppressions\": [{\"rule\": \"whitespace\", \"field\": \"/title\", \"reason\": \""
                + QuickFixes.REASON_PLACEHOLDER + "\"}]");
        assertThat(rules(fixed, SourceFormat.JSON)).isEqualTo(withoutWhitespace(text, SourceFormat.JSON));

        String withList = text.replace("\"id\": \"x\",", "\"id\": \"x\",\n  \"suppressions\": [],");
        OpenDocument listed = OpenDocument.of("file:///a/x.json", withList, 1);
        String fixedList = apply(listed, fix(listed, "whitespace", "Suppress whitespace for /title"));
        assertThat(rules(fixedList, SourceFormat.JSON)).isEqualTo(withoutWhitespace(withList, SourceFormat.JSON));
    }

    @Test
    void yamlSuppressionGoesIntoAnExistingList() {
        String text = "formatVersion: 2\nid: x\ntitle: Leg  cramps\nsuppressions:\n  - rule: whitespace\n    field: /id\n    reason: Because\n";
        OpenDocument doc = OpenDocument.of("file:///a/x.yaml", text, 1);
        String fixed = apply(doc, fix(doc, "whitespace", "Suppress whitespace for /title"));
        assertThat(fixed).startsWith(text.substring(0, text.indexOf("  - rule")) + "  - rule: whitespace\n    field: \"/title\"\n");
        assertThat(rules(fixed, SourceFormat.YAML)).isEqualTo(withoutWhitespace(text, SourceFormat.YAML));
    }

    /** In a file with CRLF line ends, the suppression's lines end with CRLF too. */
    @Test
    void aSuppressionInACrlfFileKeepsItsLineEnds() {
        for (String lf : List.of("formatVersion: 2\nid: x\ntitle: Leg  cramps\n",
                "formatVersion: 2\nid: x\ntitle: Leg  cramps\nsuppressions:\n  - rule: whitespace\n    field: /id\n    reason: Because\n")) {
            String text = lf.replace("\n", "\r\n");
            OpenDocument doc = OpenDocument.of("file:///a/x.yaml", text, 1);
            String fixed = apply(doc, fix(doc, "whitespace", "Suppress whitespace for /title"));
            assertThat(fixed.replace("\r\n", "")).as("no bare line feed").doesNotContain("\n");
            assertThat(rules(fixed, SourceFormat.YAML)).isEqualTo(withoutWhitespace(text, SourceFormat.YAML));
        }
    }

    /** The editor sends the diagnostics of every server at the cursor: only this server's get fixes. */
    @Test
    void anotherServersDiagnosticsGetNoFixes() {
        OpenDocument doc = OpenDocument.of("file:///a/x.json", JSON, 1);
        Diagnostic ours = diagnostics(doc).stream().filter(d -> d.getCode().getLeft().equals("unknown-field")).findFirst().orElseThrow();
        Diagnostic theirs = new Diagnostic(ours.getRange(), ours.getMessage(), ours.getSeverity(), "yaml-language-server", "unknown-field");
        theirs.setData(ours.getData());

        assertThat(QuickFixes.fixes(doc, List.of(theirs), LOADER)).isEmpty();
        assertThat(QuickFixes.fixes(doc, List.of(ours), LOADER)).isNotEmpty();
    }

    /**
     * A suppression is offered only for a field the article has: the finding of a missing
     * references list is at {@code /references}, which names nothing in the file, and a format-1
     * article's missing section is at the article itself. The body of a format-2 article can be.
     */
    @Test
    void aSuppressionIsOfferedOnlyWhereTheSuppressionCheckAcceptsIt() {
        String v2 = "formatVersion: 2\nid: x\ntitle: Leg cramps\nbody:\n  - kind: definition\n    blocks: [Leg cramps hurt.]\n";
        OpenDocument doc = OpenDocument.of("file:///a/x.yaml", v2, 1);
        List<Diagnostic> required = diagnostics(doc).stream().filter(d -> d.getCode().getLeft().equals("required-section")).toList();
        assertThat(required).extracting(d -> (String) d.getData()).contains("/references", "/body");
        Diagnostic references = required.stream().filter(d -> d.getData().equals("/references")).findFirst().orElseThrow();
        assertThat(QuickFixes.fixes(doc, List.of(references), LOADER)).as("no field /references to name").isEmpty();
        Diagnostic body = required.stream().filter(d -> d.getData().equals("/body")).findFirst().orElseThrow();
        String fixed = apply(doc, QuickFixes.fixes(doc, List.of(body), LOADER).stream().filter(a -> a.getTitle().equals("Suppress required-section for /body"))
                .findFirst().orElseThrow());
        assertThat(rules(fixed, SourceFormat.YAML)).noneMatch(r -> r.startsWith("suppression")).doesNotContain("required-section /body");

        // A format-1 article without its symptoms: the finding is at the article, which has no body.
        String v1 = """
                formatVersion: 1
                id: required-section
                title: Leg Cramps
                definition:
                  - Leg cramps are sudden, painful tightening of the muscles in the calf.
                treatment:
                  options:
                    - name: Stretching the calf
                references:
                  - type: webpage
                    title: Leg cramps
                    site: Example Health
                    url: https://example.org/leg-cramps
                """;
        OpenDocument format1 = OpenDocument.of("file:///a/required-section.yaml", v1, 1);
        assertThat(diagnostics(format1)).singleElement().satisfies(d -> {
            assertThat(d.getCode().getLeft()).isEqualTo("required-section");
            assertThat(QuickFixes.fixes(format1, List.of(d), LOADER)).as("format 1 has no body to name").isEmpty();
        });
    }

    @Test
    void structuralFindingsCannotBeSuppressed() {
        OpenDocument doc = OpenDocument.of("file:///a/x.json", JSON, 1);
        Diagnostic unknown = diagnostics(doc).stream().filter(d -> d.getCode().getLeft().equals("unknown-field")).findFirst().orElseThrow();
        assertThat(QuickFixes.fixes(doc, List.of(unknown), LOADER)).extracting(CodeAction::getTitle).containsExactly("Change to \"title\"");
    }

    /** The rules an article breaks: the short test articles lack sections the editorial rules require. */
    private static List<String> rules(String text, SourceFormat format) {
        LoadResult result = LOADER.load("fixed", text, format);
        return result.diagnostics().stream().map(d -> d.rule() + " " + d.pointer()).toList();
    }

    /** The rules an article breaks, but for its whitespace finding, which a suppression silences. */
    private static List<String> withoutWhitespace(String text, SourceFormat format) {
        List<String> before = rules(text, format);
        assertThat(before).contains("whitespace /title");
        return before.stream().filter(r -> !r.equals("whitespace /title")).toList();
    }

    private static List<Diagnostic> diagnostics(OpenDocument doc) {
        SourceFormat format = doc.kind().isJson() ? SourceFormat.JSON : SourceFormat.YAML;
        return Checks.toLsp(LOADER.load(doc.source(), doc.text(), format).diagnostics(), doc);
    }

    private static CodeAction fix(OpenDocument doc, String rule, String title) {
        Diagnostic d = diagnostics(doc).stream().filter(x -> x.getCode().getLeft().equals(rule)).findFirst().orElseThrow();
        return QuickFixes.fixes(doc, List.of(d), LOADER).stream().filter(a -> a.getTitle().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("No fix " + title));
    }

    private static String apply(OpenDocument doc, CodeAction action) {
        List<TextEdit> edits = action.getEdit().getChanges().get(doc.uri());
        assertThat(edits).hasSize(1);
        TextEdit edit = edits.get(0);
        LineMap lines = new LineMap(doc.text());
        int start = lines.offset(edit.getRange().getStart());
        int end = lines.offset(edit.getRange().getEnd());
        return doc.text().substring(0, start) + edit.getNewText() + doc.text().substring(end);
    }
}
