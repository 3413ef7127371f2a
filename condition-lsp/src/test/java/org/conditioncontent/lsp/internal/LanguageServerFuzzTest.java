package org.conditioncontent.lsp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.conditioncontent.json.WireFormat;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.SourceFormat;
import org.conditioncontent.loader.rules.RuleSet;
import org.conditioncontent.model.Condition;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz tests proving that no sequence of edits makes the server throw or stop answering: the
 * seed article, in YAML and in JSON, gets up to 24 steps chosen by the fuzzer, each an incremental
 * change (any range, in order, backwards or out of the text, with any text), a whole new text, a
 * hover, a completion or a request for quick fixes at any position. Every request must be answered
 * without an error, the server must log no error, and the diagnostics of the last version must
 * come, with ranges inside the text.
 *
 * <p>The server is called as LSP4J calls it for each message, in the same order; the protocol
 * test drives the same server over a pipe. {@code mvn verify} runs each fuzz test once per file
 * under {@code src/test/resources/org/conditioncontent/lsp/internal/LanguageServerFuzzTestInputs/<method>/};
 * docs/fuzzing.md says how to fuzz for longer.
 */
class LanguageServerFuzzTest {

    private static final String YAML = read(Path.of("../examples/conditions/nocturnal-leg-cramps.yaml"));

    /** The same article in the wire format's JSON. */
    private static final String JSON = json(YAML);

    /** Fragments an editor types that change the structure of YAML or JSON. */
    private static final String[] TOKENS = {
        "\n", "\r\n", "  ", "- ", ": ", "\"", "'", "{", "}", "[", "]", ",", "#", "|", ">-", "&a ", "*a", "!!str ",
        "title: ", "items:\n  - text: ", "blocks:\n  - ", "- kind: risk-factors\n", "\"items\": [", "\"blocks\": [{\"title\": ", "\"title\": ", "type: article-journal", "suppressions:\n  - rule: x\n",
        // An object where a list belongs, its "- " not typed yet.
        "body:\n  kind: symptoms\n", "codes:\n  system: ", "\n  items:\n    text: ",
        "\uD83E\uDDB5", "\uD800", "\t", "\u0000", "~1", "/", "\\", "null", "999999999999",
    };

    private static final int MAX_STEPS = 24;

    private static final RecordingClient CLIENT = new RecordingClient();
    private static final Server SERVER = start();

    private static int version;

    private static Server start() {
        Server server = new Server(RuleSet.class.getClassLoader());
        server.connect(CLIENT);
        server.initialize(new InitializeParams()).join();
        // The first check builds the loader's validator, which with the fuzzer's instrumentation
        // takes far longer than a check: done once here, so that no input is timed with it.
        String uri = "file:///fuzz/warm-up.yaml";
        server.documents().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "yaml", 0, YAML)));
        try {
            if (CLIENT.await(uri, 0, 300) == null) {
                throw new IllegalStateException("The server did not check its first document");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return server;
    }

    @FuzzTest(maxDuration = "5m")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void editsToYaml(FuzzedDataProvider data) throws Exception {
        session("file:///fuzz/article.yaml", YAML, data);
    }

    @FuzzTest(maxDuration = "5m")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void editsToJson(FuzzedDataProvider data) throws Exception {
        session("file:///fuzz/article.json", JSON, data);
    }

    private static void session(String uri, String start, FuzzedDataProvider data) throws Exception {
        Documents documents = SERVER.documents();
        String text = start;
        int opened = ++version;
        documents.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "yaml", opened, text)));
        int steps = data.consumeInt(0, MAX_STEPS);
        for (int i = 0; i < steps && data.remainingBytes() > 0; i++) {
            Position at = position(text, data);
            TextDocumentIdentifier doc = new TextDocumentIdentifier(uri);
            switch (data.consumeInt(0, 5)) {
                case 0, 1 -> text = change(documents, uri, text, List.of(edit(text, data)));
                case 2 -> text = change(documents, uri, text, List.of(new TextDocumentContentChangeEvent(
                        text.substring(0, data.consumeInt(0, text.length())) + data.consumeString(16))));
                case 3 -> answered(documents.hover(new HoverParams(doc, at)));
                case 4 -> answered(documents.completion(new CompletionParams(doc, at)));
                default -> {
                    PublishDiagnosticsParams last = CLIENT.await(uri, version, 10);
                    List<Diagnostic> diagnostics = last == null ? List.of() : last.getDiagnostics();
                    answered(documents.codeAction(new CodeActionParams(doc, new Range(at, at), new CodeActionContext(diagnostics))));
                }
            }
        }
        PublishDiagnosticsParams last = CLIENT.await(uri, version, 10);
        assertThat(last).as("the diagnostics of the last version came").isNotNull();
        LineMap lines = new LineMap(text);
        for (Diagnostic d : last.getDiagnostics()) {
            assertThat(d.getRange().getStart().getLine()).as("%s", d).isBetween(0, lines.lineCount() - 1);
            assertThat(d.getRange().getEnd().getLine()).as("%s", d).isBetween(d.getRange().getStart().getLine(), lines.lineCount() - 1);
            assertThat(d.getCode().getLeft()).as("%s", d).isNotEmpty();
        }
        assertThat(CLIENT.errors()).as("errors the server logged").isEmpty();
        // Still answering: a hover on the first line of what is there now.
        answered(documents.hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(0, 0))));
    }

    private static String change(Documents documents, String uri, String text, List<TextDocumentContentChangeEvent> changes) {
        int v = ++version;
        documents.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, v), new ArrayList<>(changes)));
        return TextChanges.apply(text, changes);
    }

    /** An incremental change anywhere, the range possibly backwards or past the text, as a confused client may send. */
    private static TextDocumentContentChangeEvent edit(String text, FuzzedDataProvider data) {
        Position from = position(text, data);
        Position to = data.consumeBoolean() ? from : position(text, data);
        String inserted = data.consumeBoolean() ? TOKENS[data.consumeInt(0, TOKENS.length - 1)] : data.consumeString(12);
        return new TextDocumentContentChangeEvent(new Range(from, to), inserted);
    }

    private static Position position(String text, FuzzedDataProvider data) {
        int lines = new LineMap(text).lineCount();
        return new Position(data.consumeInt(0, lines + 1), data.consumeInt(0, 120));
    }

    private static void answered(CompletableFuture<?> answer) throws Exception {
        answer.get(10, TimeUnit.SECONDS); // throws if the request failed or hung
    }

    private static String json(String yaml) {
        Condition seed = ConditionLoader.builder().build().load("seed.yaml", yaml, SourceFormat.YAML).orThrow();
        StringBuilder out = new StringBuilder();
        WireFormat.write(seed, out);
        return out.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The fuzz tests start from " + file.toAbsolutePath() + ", which cannot be read", e);
        }
    }
}
