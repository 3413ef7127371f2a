package org.conditioncontent.lsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.conditioncontent.json.Property;
import org.conditioncontent.json.RecordShape;
import org.conditioncontent.json.WireFormat;
import org.conditioncontent.loader.rules.EditorialRule;
import org.conditioncontent.model.Block;
import org.conditioncontent.model.CodingSystem;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.SectionKind;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the server as an editor does, over a pipe with JSON-RPC messages: initialize, open the
 * seed article, edit it, ask for hover, completion and quick fixes, and shut down.
 */
class LanguageServerProtocolTest {

    private static final Path SEED = Path.of("../examples/conditions/nocturnal-leg-cramps.yaml");

    @TempDir
    Path workspace;

    private String seed;
    private Path article;
    private String uri;
    private JsonRpcClient client;
    private CompletableFuture<Integer> server;
    private int version = 1;
    private String text;

    @BeforeEach
    void start() throws IOException {
        seed = Files.readString(SEED, StandardCharsets.UTF_8);
        article = workspace.resolve("nocturnal-leg-cramps.yaml");
        Files.writeString(article, seed, StandardCharsets.UTF_8);
        uri = article.toUri().toString();
        connect(null);
    }

    /** Starts a server, with the house rules of a class loader or, when {@code null}, the default ones, and initialises it. */
    private void connect(@Nullable ClassLoader houseRules) throws IOException {
        launch(houseRules);
        initialize();
    }

    /** Starts a server, with the house rules of a class loader or, when {@code null}, the default ones, and sends it nothing. */
    private void launch(@Nullable ClassLoader houseRules) throws IOException {
        Pipe toServer = Pipe.open();
        Pipe fromServer = Pipe.open();
        InputStream in = Channels.newInputStream(toServer.source());
        OutputStream out = Channels.newOutputStream(fromServer.sink());
        server = CompletableFuture.supplyAsync(() -> houseRules == null
                ? ConditionsLanguageServer.serve(in, out) : ConditionsLanguageServer.serve(in, out, houseRules));
        client = new JsonRpcClient(Channels.newInputStream(fromServer.source()), Channels.newOutputStream(toServer.sink()));
    }

    /** Sends initialize, checks the capabilities it answers with, and sends initialized. */
    private void initialize() {
        JsonObject result = client.call("initialize", json("{\"processId\": null, \"rootUri\": " + quote(workspace.toUri().toString())
                + ", \"capabilities\": {}}")).getAsJsonObject();
        JsonObject capabilities = result.getAsJsonObject("capabilities");
        assertThat(result.getAsJsonObject("serverInfo").get("name").getAsString()).isEqualTo("conditions");
        assertThat(capabilities.get("hoverProvider").getAsBoolean()).isTrue();
        assertThat(capabilities.getAsJsonObject("textDocumentSync").get("change").getAsInt()).as("incremental").isEqualTo(2);
        client.notify("initialized", new JsonObject());
    }

    @AfterEach
    void stop() throws Exception {
        if (!server.isDone()) {
            client.close();
        }
    }

    @Test
    void theSeedHasNoDiagnosticsAndAWrongTypeHasOneAtItsValue() {
        assertThat(open(seed)).isEmpty();

        JsonArray diagnostics = change(rangeOf("formatVersion: 2", "2"), "two");
        assertThat(diagnostics).hasSize(1);
        JsonObject d = diagnostics.get(0).getAsJsonObject();
        assertThat(d.get("code").getAsString()).isEqualTo("wrong-type");
        assertThat(d.get("severity").getAsInt()).isEqualTo(1);
        assertThat(d.get("source").getAsString()).isEqualTo("conditions");
        assertThat(d.getAsJsonObject("codeDescription").get("href").getAsString()).endsWith("docs/rules.md#wrong-type-error");
        int line = lineOf("formatVersion: ");
        assertThat(d.get("range")).isEqualTo(json("{\"start\": {\"line\": " + line + ", \"character\": 15}, "
                + "\"end\": {\"line\": " + line + ", \"character\": 18}}"));

        assertThat(change(rangeOf("formatVersion: two", "two"), "2")).as("fixed again").isEmpty();
    }

    @Test
    void hoverGivesTheFieldsDocumentationAndAProseFieldsReadingLevel() {
        open(seed);
        String title = hover(lineOf("title: "), 2);
        assertThat(title).contains("**title**: text").contains("title");
        // The definition section's blocks, and the second line of its paragraph (folded with ">-").
        String readingLevel = "Reading level: grade \\d+\\.\\d \\(Flesch-Kincaid\\); \\d+ words, 3 sentences";
        String blocks = hover(lineOf("    blocks:"), 6);
        assertThat(blocks).contains("**blocks**: a list of blocks").containsPattern(readingLevel).contains("Hardest sentence: ");
        String paragraph = hover(lineOf("        are most often involved."), 10);
        assertThat(paragraph).contains("**blocks**: a list of blocks").containsPattern(readingLevel);
        String kind = hover(lineOf("  - kind: definition"), 5);
        assertThat(kind).contains("**kind**: one of: definition, causes, risk-factors").doesNotContain("Reading level");
        // A list item written as its text, and one written as an object.
        assertThat(hover(lineOf("          - Pregnancy"), 13)).contains("**items**: a list of items");
        assertThat(hover(lineOf("          - text: Certain medicines"), 13)).contains("**text**: text");
    }

    /** An object where a list belongs, as when an item's "- " is not typed yet: hover answers, with no error. */
    @Test
    void hoverOnAnObjectWrittenWhereAListBelongsAnswers() {
        open(seed);
        int body = lineOf("body:");
        change(range(body + 1, 0, body + 1, lineLength(body + 1)), "  kind: symptoms");
        for (int character : new int[] {0, 3, 8}) {
            JsonObject response = client.request("textDocument/hover", position(body + 1, character));
            assertThat(response.has("error")).as("hover at %d: %s", character, response).isFalse();
        }
        assertThat(hover(body, 2)).contains("**body**: a list of sections");
        assertThat(client.pending()).as("no error logged")
                .noneMatch(n -> n.get("method").getAsString().equals("window/logMessage")
                        && n.getAsJsonObject("params").get("type").getAsInt() == 1);
    }

    @Test
    void completionOffersTheFieldsOfTheRecordAtTheCursorAndTheValuesOfAnEnum() {
        open(seed);
        int line = lineOf("          - text: Certain medicines");
        int end = lineLength(line);
        change(range(line, end, line, end), "\n            ");
        List<String> fields = labels(complete(line + 1, 12));
        assertThat(fields).containsExactlyElementsOf(RecordShape.of(Item.class).properties().stream().map(Property::name).toList());

        // A block may be any of its variants until a field says which: the fields of all of them, once each.
        int media = lineOf("      - credit: Copyright");
        int mediaEnd = lineLength(media);
        change(range(media, mediaEnd, media, mediaEnd), "\n        ");
        assertThat(labels(complete(media + 1, 8))).containsExactlyElementsOf(WireFormat.variants(Block.class).stream()
                .flatMap(v -> RecordShape.of(v).properties().stream().map(Property::name)).distinct().toList())
                .contains("items", "title", "credit");

        int kind = lineOf("  - kind: causes");
        change(range(kind, 10, kind, 16), "ri");
        assertThat(labels(complete(kind, 12))).containsExactlyElementsOf(WireFormat.enumNames(SectionKind.class));

        int system = lineOf("  - system: icd-10-cm");
        change(range(system, 12, system, 21), "ic");
        assertThat(labels(complete(system, 14))).containsExactlyElementsOf(WireFormat.enumNames(CodingSystem.class));
    }

    @Test
    void theDidYouMeanFixRestoresTheFieldName() {
        open(seed);
        JsonArray diagnostics = change(rangeOf("title: Nocturnal", "title"), "titel");
        // The unknown field, and the title it leaves missing.
        assertThat(diagnostics).extracting(d -> d.getAsJsonObject().get("code").getAsString())
                .containsExactlyInAnyOrder("unknown-field", "required");
        JsonObject unknown = find(diagnostics, "unknown-field");
        assertThat(unknown.get("message").getAsString()).contains("did you mean \"title\"?");
        JsonObject fix = action(unknown, "Change to \"title\"");
        text = applyEdit(text, fix.getAsJsonObject("edit").getAsJsonObject("changes").getAsJsonArray(uri));
        assertThat(text).isEqualTo(seed);
    }

    @Test
    void theSuppressionFixSilencesTheFindingForThatField() {
        open(seed);
        JsonArray diagnostics = change(rangeOf("title: Nocturnal Leg", " Leg"), "  Leg");
        JsonObject whitespace = only(diagnostics, "whitespace");
        assertThat(whitespace.get("data").getAsString()).isEqualTo("/title");
        JsonObject fix = action(whitespace, "Suppress whitespace for /title");
        String fixed = applyEdit(text, fix.getAsJsonObject("edit").getAsJsonObject("changes").getAsJsonArray(uri));
        assertThat(fixed).endsWith("suppressions:\n  - rule: whitespace\n    field: \"/title\"\n    reason: Say why this finding does not apply here\n");
        JsonArray after = replaceAll(fixed);
        assertThat(after).as("the finding is suppressed and the placeholder reason is valid").isEmpty();
    }

    @Test
    void halfTypedInputGetsDiagnosticsAndRequestsStillAnswer() {
        open(seed);
        JsonArray broken = change(range(lineOf("body:"), 0, lineOf("body:") + 2, 0), "body: [\n  - kind: {\n");
        assertThat(broken).extracting(d -> d.getAsJsonObject().get("code").getAsString()).contains("syntax");
        assertThat(client.request("textDocument/hover", position(lineOf("body:"), 3)).has("error")).isFalse();
        assertThat(client.request("textDocument/completion", position(lineOf("body:") + 1, 4)).has("error")).isFalse();
        assertThat(replaceAll(seed)).isEmpty();
    }

    @Test
    void shutdownThenExitEndsTheSessionWithCodeZero() throws Exception {
        open(seed);
        JsonObject response = client.request("shutdown", JsonNull.INSTANCE);
        assertThat(response.has("error")).isFalse();
        client.notify("exit", JsonNull.INSTANCE);
        assertThat(server.get(30, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void exitWithoutShutdownEndsWithCodeOne() throws Exception {
        client.notify("exit", JsonNull.INSTANCE);
        assertThat(server.get(30, TimeUnit.SECONDS)).isEqualTo(1);
    }

    /**
     * LSP: a request before initialize has been answered gets ServerNotInitialized (-32002), and
     * the session goes on: initialize is still answered, and then the request is too.
     */
    @Test
    void aRequestBeforeInitializeIsRefusedAsNotInitialized() throws IOException {
        client.close();
        launch(null);
        text = seed;

        JsonObject error = error(client.request("textDocument/hover", position(lineOf("title: "), 2)));
        assertThat(error.get("code").getAsInt()).as("ServerNotInitialized: %s", error).isEqualTo(-32002);
        assertThat(error.get("message").getAsString()).isEqualTo("The server is not initialized: send initialize first.");

        initialize();
        open(seed);
        assertThat(hover(lineOf("title: "), 2)).contains("**title**: text");
    }

    /**
     * LSP: a notification before initialize is dropped (exit aside): the document opened then is
     * not open, and nothing is published for it.
     */
    @Test
    void aNotificationBeforeInitializeIsDropped() throws IOException {
        client.close();
        launch(null);
        text = seed;
        client.notify("textDocument/didOpen", json("{\"textDocument\": {\"uri\": " + quote(uri)
                + ", \"languageId\": \"yaml\", \"version\": 1, \"text\": " + quote(seed) + "}}"));
        initialize();

        assertThat(client.call("textDocument/hover", position(lineOf("title: "), 2))).as("no hover: the document is not open")
                .isEqualTo(JsonNull.INSTANCE);
        awaitTheChecksQueued();
        assertThat(client.pending()).as("nothing published for the document opened before initialize")
                .noneMatch(n -> n.get("method").getAsString().equals("textDocument/publishDiagnostics")
                        && n.getAsJsonObject("params").get("uri").getAsString().equals(uri));
    }

    /** LSP: initialize is sent once; a second one gets InvalidRequest (-32600), and the session goes on as it was. */
    @Test
    void aSecondInitializeIsRefusedAsAnInvalidRequest() {
        open(seed);
        JsonObject error = error(client.request("initialize", json("{\"processId\": null, \"rootUri\": null, \"capabilities\": {}}")));
        assertThat(error.get("code").getAsInt()).as("InvalidRequest: %s", error).isEqualTo(-32600);
        assertThat(error.get("message").getAsString()).isEqualTo("The server is initialized already: initialize is sent once in a session.");
        assertThat(hover(lineOf("title: "), 2)).contains("**title**: text");
    }

    /** LSP: after shutdown every request gets InvalidRequest (-32600); exit still ends the session, with code 0. */
    @Test
    void afterShutdownARequestIsRefusedAndExitStillEndsWithCodeZero() throws Exception {
        open(seed);
        assertThat(client.request("shutdown", JsonNull.INSTANCE).has("error")).isFalse();

        JsonObject error = error(client.request("textDocument/hover", position(lineOf("title: "), 2)));
        assertThat(error.get("code").getAsInt()).as("InvalidRequest: %s", error).isEqualTo(-32600);
        assertThat(error.get("message").getAsString()).isEqualTo("The server is shut down: only exit may follow shutdown.");
        JsonObject again = error(client.request("shutdown", JsonNull.INSTANCE));
        assertThat(again.get("code").getAsInt()).as("a second shutdown: %s", again).isEqualTo(-32600);

        client.notify("exit", JsonNull.INSTANCE);
        assertThat(server.get(30, TimeUnit.SECONDS)).isZero();
    }

    /**
     * JSON-RPC: params that do not fit the method's type get InvalidParams (-32602), with a message
     * for people and no stack trace (which names the server's classes and helps no editor); the
     * session goes on.
     */
    @Test
    void paramsOfTheWrongTypeAreInvalidParamsWithoutAStackTrace() {
        open(seed);
        JsonObject params = json("{\"textDocument\": {\"uri\": " + quote(uri) + "}, \"position\": \"x\"}");

        JsonObject error = error(client.request("textDocument/hover", params));

        assertThat(error.get("code").getAsInt()).as("InvalidParams: %s", error).isEqualTo(-32602);
        assertThat(error.get("message").getAsString()).contains("textDocument/hover").doesNotContain("Exception");
        assertThat(error.toString()).as("no stack trace").doesNotContain("at org.").doesNotContain("Exception");
        assertThat(hover(lineOf("title: "), 2)).contains("**title**: text");
    }

    /**
     * JSON-RPC: an initialize without params is InvalidParams (-32602), with no stack trace, and
     * leaves the server uninitialized: a correct initialize then starts the session.
     */
    @Test
    void anInitializeWithoutParamsIsInvalidParamsAndACorrectOneMayFollow() throws IOException {
        client.close();
        launch(null);
        text = seed;
        for (JsonElement params : new JsonElement[] {null, JsonNull.INSTANCE}) {
            JsonObject error = error(client.request("initialize", params));
            assertThat(error.get("code").getAsInt()).as("InvalidParams: %s", error).isEqualTo(-32602);
            assertThat(error.get("message").getAsString()).isEqualTo("The params of initialize are missing: the method takes an object of params.");
            assertThat(error.toString()).as("no stack trace").doesNotContain("at org.").doesNotContain("Exception");
        }
        assertThat(error(client.request("textDocument/hover", position(0, 0))).get("code").getAsInt())
                .as("still not initialized").isEqualTo(-32002);

        initialize();
        open(seed);
        assertThat(hover(lineOf("title: "), 2)).contains("**title**: text");
    }

    /** JSON-RPC: a request without the params its method takes, or with null, is InvalidParams (-32602); the session goes on. */
    @Test
    void aRequestWithoutItsParamsIsInvalidParams() {
        open(seed);
        for (String method : List.of("textDocument/hover", "textDocument/completion", "textDocument/codeAction")) {
            for (JsonElement params : new JsonElement[] {null, JsonNull.INSTANCE}) {
                JsonObject error = error(client.request(method, params));
                assertThat(error.get("code").getAsInt()).as("InvalidParams: %s", error).isEqualTo(-32602);
                assertThat(error.get("message").getAsString()).contains(method).doesNotContain("Exception");
            }
        }
        assertThat(client.request("shutdown", null).has("error")).as("shutdown takes no params").isFalse();
    }

    /**
     * JSON-RPC: params that lack a member LSP requires (a hover without its position) are
     * InvalidParams (-32602) with a message that names the member, not an internal error with a
     * stack trace; a notification that lacks one is dropped, and the session goes on.
     */
    @Test
    void paramsWithoutARequiredMemberAreInvalidParams() {
        open(seed);
        JsonObject error = error(client.request("textDocument/hover", json("{\"textDocument\": {\"uri\": " + quote(uri) + "}}")));
        assertThat(error.get("code").getAsInt()).as("InvalidParams: %s", error).isEqualTo(-32602);
        assertThat(error.get("message").getAsString())
                .isEqualTo("The params of textDocument/hover lack a member the method requires: $.params.position.");
        assertThat(error.toString()).as("no stack trace").doesNotContain("at org.").doesNotContain("Exception");

        JsonObject nested = error(client.request("textDocument/completion",
                json("{\"textDocument\": {}, \"position\": {\"line\": 0, \"character\": 0}}")));
        assertThat(nested.get("message").getAsString()).contains("$.params.textDocument.uri");

        client.notify("textDocument/didOpen", json("{}"));
        client.notify("textDocument/didChange", json("{\"textDocument\": {\"uri\": " + quote(uri) + ", \"version\": 9}}"));
        assertThat(hover(lineOf("title: "), 2)).as("the session goes on").contains("**title**: text");
    }

    @Test
    void findsDuplicateIdsAcrossTheWorkspaceFolderOnSave() throws IOException {
        assertThat(open(seed)).isEmpty();
        Path twin = workspace.resolve("twin.yaml");
        Files.writeString(twin, seed, StandardCharsets.UTF_8);
        client.notify("textDocument/didSave", json("{\"textDocument\": {\"uri\": " + quote(uri) + "}}"));
        JsonArray diagnostics = client.awaitNotification("textDocument/publishDiagnostics",
                p -> p.get("uri").getAsString().equals(uri) && !p.getAsJsonArray("diagnostics").isEmpty()).getAsJsonArray("diagnostics");
        JsonObject duplicate = only(diagnostics, "duplicate-id");
        assertThat(duplicate.get("message").getAsString()).contains("twin.yaml");
    }

    @Test
    void findingsAcrossFilesAreShownOnlyWhileTheTextIsTheSavedOne() throws IOException {
        assertThat(open(seed)).isEmpty();
        Files.writeString(workspace.resolve("twin.yaml"), seed, StandardCharsets.UTF_8);
        client.notify("textDocument/didSave", json("{\"textDocument\": {\"uri\": " + quote(uri) + "}}"));
        JsonArray saved = client.awaitNotification("textDocument/publishDiagnostics",
                p -> p.get("uri").getAsString().equals(uri) && !p.getAsJsonArray("diagnostics").isEmpty()).getAsJsonArray("diagnostics");
        int idLine = lineOf("id: ");
        assertThat(only(saved, "duplicate-id").getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt()).isEqualTo(idLine);

        // Lines typed above the id, not saved: the saved file's line would now be another line.
        assertThat(change(range(0, 0, 0, 0), "# one\n# two\n# three\n")).as("not at the saved file's position").isEmpty();
        // The id renamed, not saved: the cause is gone.
        assertThat(replaceAll(seed.replace("id: nocturnal-leg-cramps", "id: leg-cramps-at-night"))).isEmpty();
        // Back to the saved text: the finding holds there again.
        assertThat(replaceAll(seed)).extracting(d -> d.getAsJsonObject().get("code").getAsString()).containsExactly("duplicate-id");
    }

    @Test
    void findsDuplicateIdsBesideLinksThatValidateRefuses(@TempDir Path elsewhere) throws IOException {
        assumeThat(System.getProperty("os.name")).doesNotContainIgnoringCase("windows"); // links need rights there
        assertThat(open(seed)).isEmpty();
        // A draft deleted, its link left behind, and a link to an article outside the folder: both
        // refused as validate refuses them, so neither stops the checks nor takes part in them.
        Files.createSymbolicLink(workspace.resolve("draft.yaml"), workspace.resolve("deleted.yaml"));
        Path outside = Files.writeString(elsewhere.resolve("outside.yaml"), seed, StandardCharsets.UTF_8);
        Files.createSymbolicLink(workspace.resolve("linked.yaml"), outside);
        Files.writeString(workspace.resolve("twin.yaml"), seed, StandardCharsets.UTF_8);
        // A build's copy of the article: no duplicate of its source.
        Files.writeString(Files.createDirectories(workspace.resolve("target/classes")).resolve("copy.yaml"), seed, StandardCharsets.UTF_8);
        client.notify("textDocument/didSave", json("{\"textDocument\": {\"uri\": " + quote(uri) + "}}"));
        JsonArray diagnostics = client.awaitNotification("textDocument/publishDiagnostics",
                p -> p.get("uri").getAsString().equals(uri) && !p.getAsJsonArray("diagnostics").isEmpty()).getAsJsonArray("diagnostics");
        assertThat(only(diagnostics, "duplicate-id").get("message").getAsString()).contains("twin.yaml")
                .doesNotContain("draft.yaml").doesNotContain("linked.yaml").doesNotContain("copy.yaml");
    }

    /** A folder deleted with its articles: the editor tells of the folder alone. */
    @Test
    void aDeletedFolderTakesItsArticlesOutOfTheFindingsAcrossFiles() throws IOException {
        assertThat(open(seed)).isEmpty();
        Path drafts = Files.createDirectories(workspace.resolve("drafts"));
        Files.writeString(drafts.resolve("twin.yaml"), seed, StandardCharsets.UTF_8);
        client.notify("textDocument/didSave", json("{\"textDocument\": {\"uri\": " + quote(uri) + "}}"));
        client.awaitNotification("textDocument/publishDiagnostics",
                p -> p.get("uri").getAsString().equals(uri) && !p.getAsJsonArray("diagnostics").isEmpty());

        Files.delete(drafts.resolve("twin.yaml"));
        Files.delete(drafts);
        client.notify("workspace/didChangeWatchedFiles", json("{\"changes\": [{\"uri\": " + quote(drafts.toUri().toString())
                + ", \"type\": 3}]}"));

        JsonObject cleared = client.awaitNotification("textDocument/publishDiagnostics",
                p -> p.get("uri").getAsString().equals(uri) && p.getAsJsonArray("diagnostics").isEmpty());
        assertThat(cleared.getAsJsonArray("diagnostics")).isEmpty();
    }

    /**
     * A change on disk under a build-output folder (Maven's {@code target/}) is no change of the
     * workspace's articles: the search passes over those folders, so nothing is loaded again and
     * nothing republished.
     */
    @Test
    void aChangeUnderTheBuildOutputLoadsNothingAgain() throws IOException {
        assertThat(open(seed)).isEmpty();
        Path copy = Files.createDirectories(workspace.resolve("target/classes")).resolve("nocturnal-leg-cramps.yaml");
        Files.writeString(copy, seed, StandardCharsets.UTF_8);
        // An article copied there, and the folder itself deleted (as a clean build does).
        client.notify("workspace/didChangeWatchedFiles", json("{\"changes\": [{\"uri\": " + quote(copy.toUri().toString())
                + ", \"type\": 1}, {\"uri\": " + quote(workspace.resolve("target").toUri().toString()) + ", \"type\": 3}]}"));

        // Two documents opened one after the other: a reload queued by the event, and the check it
        // schedules, would both run before the second one's check on the server's one worker.
        for (String name : List.of("first.yaml", "second.yaml")) {
            String other = workspace.resolve(name).toUri().toString();
            client.notify("textDocument/didOpen", json("{\"textDocument\": {\"uri\": " + quote(other)
                    + ", \"languageId\": \"yaml\", \"version\": 1, \"text\": " + quote(seed.replace("id: nocturnal-leg-cramps", "id: " + name.replace(".yaml", ""))) + "}}"));
            client.awaitNotification("textDocument/publishDiagnostics", p -> p.get("uri").getAsString().equals(other));
        }
        assertThat(client.pending()).as("the open article was not checked again")
                .noneMatch(n -> n.get("method").getAsString().equals("textDocument/publishDiagnostics")
                        && n.getAsJsonObject("params").get("uri").getAsString().equals(uri));
    }

    /**
     * An editor that shows a file with CRLF line ends as lines ended by LF (Emacs does) still gets
     * the findings across files: the lines and columns are the same either way.
     */
    @Test
    void findingsAcrossFilesHoldForABufferWhoseLineEndsDifferFromTheFile() throws IOException {
        Files.writeString(article, seed.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        assertThat(open(seed)).isEmpty();
        Files.writeString(workspace.resolve("twin.yaml"), seed, StandardCharsets.UTF_8);
        client.notify("textDocument/didSave", json("{\"textDocument\": {\"uri\": " + quote(uri) + "}}"));
        JsonArray saved = client.awaitNotification("textDocument/publishDiagnostics",
                p -> p.get("uri").getAsString().equals(uri) && !p.getAsJsonArray("diagnostics").isEmpty()).getAsJsonArray("diagnostics");
        assertThat(only(saved, "duplicate-id").getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt())
                .isEqualTo(lineOf("id: "));
    }

    @Test
    void checksWithTheHouseRulesOfTheClassLoaderItIsGiven(@TempDir Path plugins) throws Exception {
        assertThat(open(seed)).as("the default rules: no house rule").isEmpty();
        client.close();
        try (URLClassLoader houseRules = houseRules(plugins, TitleSaysCrampsRule.class)) {
            connect(houseRules);
            version = 1;
            assertThat(open(seed)).extracting(d -> d.getAsJsonObject().get("code").getAsString()).containsExactly("title-says-cramps");
        }
    }

    /**
     * A check that is running when its document closes publishes nothing after the close cleared
     * the document's diagnostics: the editor would show problems of a file no longer open.
     */
    @Test
    void aCheckRunningWhenItsDocumentClosesPublishesNothingAfterTheClose(@TempDir Path plugins) throws Exception {
        try (URLClassLoader houseRules = openHeld(plugins)) {
            client.notify("textDocument/didClose", json("{\"textDocument\": {\"uri\": " + quote(uri) + "}}"));
            client.awaitNotification("textDocument/publishDiagnostics",
                    p -> p.get("uri").getAsString().equals(uri) && p.getAsJsonArray("diagnostics").isEmpty());
            GateRule.release.countDown();
            awaitTheChecksQueued();
            assertThat(client.pending()).as("nothing published for the closed document after its close")
                    .noneMatch(n -> n.get("method").getAsString().equals("textDocument/publishDiagnostics")
                            && n.getAsJsonObject("params").get("uri").getAsString().equals(uri)
                            && !n.getAsJsonObject("params").getAsJsonArray("diagnostics").isEmpty());
        } finally {
            GateRule.release.countDown();
        }
    }

    @Test
    void hoversReuseTheCheckOfTheDocumentsVersionAndCheckNothingOffProse(@TempDir Path plugins) throws Exception {
        try (URLClassLoader houseRules = openHeld(plugins)) {
            GateRule.release.countDown();
            assertThat(diagnostics(1)).extracting(d -> d.getAsJsonObject().get("code").getAsString()).containsExactly("gate");
            assertThat(hover(lineOf("title: "), 2)).contains("**title**: text").doesNotContain("Reading level");
            String readingLevel = "Reading level: grade \\d+\\.\\d";
            assertThat(hover(lineOf("    blocks:"), 6)).containsPattern(readingLevel);
            assertThat(hover(lineOf("    blocks:"), 6)).containsPattern(readingLevel);
            assertThat(GateRule.checks.get()).as("the published check only").isEqualTo(1);

            // A hover on a version no check has published yet checks it, once.
            int title = lineOf("title: ");
            send(range(title, 7, title, 12), "Gated!");
            assertThat(hover(lineOf("    blocks:"), 6)).containsPattern(readingLevel);
            assertThat(hover(lineOf("    blocks:"), 6)).containsPattern(readingLevel);
            diagnostics(version);
            assertThat(GateRule.checks.get()).as("the hovers' check and the published one").isBetween(2, 3);
        } finally {
            GateRule.release.countDown();
        }
    }

    /**
     * While a check runs, the changes to its document queue one check, which reads the text as it
     * is when it starts: twenty changes typed meanwhile make two checks in all, and only the last
     * text's diagnostics are published (a check of a text changed since does not publish).
     */
    @Test
    void changesWhileACheckRunsQueueOneCheckOfTheLatestText(@TempDir Path plugins) throws Exception {
        try (URLClassLoader houseRules = openHeld(plugins)) {

            int title = lineOf("title: ");
            for (int i = 1; i < 20; i++) {
                send(range(title, 7, title, lineLength(title)), "Gated Leg Cramps " + i);
            }
            String last = "Gated cramps, as typed last";
            send(range(title, 7, title, lineLength(title)), last);
            // Answered after the server has read every change before it, so none comes after the
            // release (a completion, since a hover on prose checks the text for its reading level).
            client.call("textDocument/completion", position(title, 0));
            GateRule.release.countDown();

            JsonObject gate = only(diagnostics(version), "gate");
            assertThat(gate.get("range")).as("at the last text's title").isEqualTo(range(title, 7, title, 7 + last.length()));
            awaitTheChecksQueued();
            assertThat(GateRule.checks.get()).as("the check held, and one of the latest text").isEqualTo(2);
            assertThat(client.pending()).as("nothing else published for the document")
                    .noneMatch(n -> n.get("method").getAsString().equals("textDocument/publishDiagnostics")
                            && n.getAsJsonObject("params").get("uri").getAsString().equals(uri));
        } finally {
            GateRule.release.countDown();
        }
    }

    @Test
    void aConfigurationThatCannotBeUsedIsShownOnceAndTheBuiltInRulesCheck() throws IOException {
        Files.writeString(workspace.resolve("conditions.yaml"), "rules:\n  no-such-rule: warning\n", StandardCharsets.UTF_8);

        assertThat(open(seed)).as("checked with the built-in rules").isEmpty();
        JsonObject shown = client.awaitNotification("window/showMessage",
                p -> p.get("message").getAsString().contains("conditions.yaml cannot be used"));
        assertThat(shown.get("type").getAsInt()).as("a warning").isEqualTo(2);
        assertThat(shown.get("message").getAsString()).contains("line 2: ").contains("no-such-rule")
                .endsWith("the articles under it are checked with the rules' default settings until it is fixed");
        assertThat(replaceAll(seed + "\n")).isEmpty();
        assertThat(client.pending()).as("shown once for the same configuration")
                .noneMatch(n -> n.get("method").getAsString().equals("window/showMessage"));
    }

    @Test
    void bothConfigurationNamesAreShownAsTheCommandSaysAndTheDefaultSettingsCheck() throws IOException {
        // Which rules then apply is ChecksTest's: here, what the user is shown.
        Files.writeString(workspace.resolve("conditions.yaml"), "rules:\n  whitespace: off\n", StandardCharsets.UTF_8);
        Files.writeString(workspace.resolve("conditions.yml"), "rules:\n  whitespace: error\n", StandardCharsets.UTF_8);

        assertThat(open(seed)).isEmpty();
        JsonObject shown = client.awaitNotification("window/showMessage",
                p -> p.get("message").getAsString().contains("conditions.yml"));
        assertThat(shown.get("type").getAsInt()).as("a warning, as for a configuration that cannot be used").isEqualTo(2);
        assertThat(shown.get("message").getAsString()).isEqualTo("conditions: both conditions.yaml and conditions.yml are in "
                + workspace + ", and only one can configure the rules; remove one of them; the articles under it are checked with"
                + " the rules' default settings until one is removed");
        assertThat(replaceAll(seed + "\n")).isEmpty();
        assertThat(client.pending()).as("shown once")
                .noneMatch(n -> n.get("method").getAsString().equals("window/showMessage"));
    }

    @Test
    void aConfigurationLinkThatLeadsNowhereIsShownNotPassedBy() throws IOException {
        assumeThat(System.getProperty("os.name")).doesNotContainIgnoringCase("windows"); // links need rights there
        // The command stops on it rather than look for another conditions.yaml further up.
        Files.createSymbolicLink(workspace.resolve("conditions.yaml"), workspace.resolve("deleted-rules.yaml"));

        assertThat(open(seed)).isEmpty();
        JsonObject shown = client.awaitNotification("window/showMessage",
                p -> p.get("message").getAsString().contains("conditions.yaml cannot be used"));
        assertThat(shown.get("message").getAsString()).contains("does not exist");
    }

    @Test
    void aWorkflowInAHiddenFolderIsNoArticle() throws IOException {
        // YAML that validate never reads: its search of the folder passes over .github.
        Path workflow = Files.createDirectories(workspace.resolve(".github/workflows")).resolve("ci.yml");
        String text = "on: push\njobs:\n  check:\n    runs-on: ubuntu-latest\n";
        Files.writeString(workflow, text, StandardCharsets.UTF_8);
        String workflowUri = workflow.toUri().toString();
        client.notify("textDocument/didOpen", json("{\"textDocument\": {\"uri\": " + quote(workflowUri)
                + ", \"languageId\": \"yaml\", \"version\": 1, \"text\": " + quote(text) + "}}"));

        JsonArray diagnostics = client.awaitNotification("textDocument/publishDiagnostics",
                p -> p.get("uri").getAsString().equals(workflowUri)).getAsJsonArray("diagnostics");

        assertThat(diagnostics).isEmpty();
    }

    @Test
    void otherYamlAndJsonFilesOutsideAFolderOfArticlesAreNoArticles() throws IOException {
        // Editors start the server for every YAML and JSON file; the workspace has no conditions.yaml.
        assertThat(openOther("package.json", "{\"name\": \"app\", \"version\": \"1.0.0\", \"scripts\": {}}\n")).isEmpty();
        String compose = "services:\n  web:\n    image: nginx\n";
        assertThat(openOther("docker-compose.yml", compose)).isEmpty();
        String composeUri = workspace.resolve("docker-compose.yml").toUri().toString();
        assertThat(client.call("textDocument/hover", json("{\"textDocument\": {\"uri\": " + quote(composeUri)
                + "}, \"position\": {\"line\": 0, \"character\": 2}}")).isJsonNull()).as("no hover").isTrue();
        // A file that says it is an article is one wherever it is.
        assertThat(openOther("draft.yaml", "formatVersion: 2\n")).extracting(d -> d.getAsJsonObject().get("code").getAsString())
                .contains("required");
    }

    @Test
    void underAConfigurationEveryYamlFileIsAnArticleFromItsFirstKeystroke() throws IOException {
        Files.writeString(workspace.resolve("conditions.yml"), "rules:\n  whitespace: warning\n", StandardCharsets.UTF_8);
        Path folder = Files.createDirectories(workspace.resolve("articles/new"));
        JsonArray diagnostics = openOther("articles/new/blank.yaml", "");
        assertThat(diagnostics).isNotEmpty();
        assertThat(openOther("articles/new/started.yaml", "title: Eczema\n")).extracting(d -> d.getAsJsonObject().get("code").getAsString())
                .contains("required");
        assertThat(folder).exists();
    }

    /**
     * The team's configuration at the repository's root is above its other YAML and JSON files
     * too: under it, a file whose top-level keys are all another tool's is still no article.
     */
    @Test
    void underAConfigurationAFileOfAnotherToolIsNoArticle() throws IOException {
        Files.writeString(workspace.resolve("conditions.yaml"), "rules:\n  whitespace: warning\n", StandardCharsets.UTF_8);
        Files.createDirectories(workspace.resolve("app"));
        assertThat(openOther("app/package.json", "{\"name\": \"app\", \"version\": \"1.0.0\", \"scripts\": {}}\n")).isEmpty();
        assertThat(openOther("docker-compose.yml", "services:\n  web:\n    image: nginx\n")).isEmpty();
        assertThat(openOther("mkdocs.yml", "# the docs site\nsite_name: Docs\nnav:\n  - index.md\n")).isEmpty();
        // A key an article has is enough there: an article being written, its id not typed yet.
        assertThat(openOther("drafting.yaml", "alsoCalled:\n  - Singultus\n"))
                .extracting(d -> d.getAsJsonObject().get("code").getAsString()).contains("required");
    }

    @Test
    void asksAClientThatCanToWatchTheFilesAndTakesAConfigurationChangedOnDisk(@TempDir Path elsewhere) throws IOException {
        assertThat(open(seed)).isEmpty();
        assertThat(client.pending()).as("a client that cannot register watchers is not asked")
                .noneMatch(m -> m.get("method").getAsString().equals("client/registerCapability"));
        client.close();
        launch(null);
        client.call("initialize", json("{\"processId\": null, \"rootUri\": " + quote(workspace.toUri().toString())
                + ", \"capabilities\": {\"workspace\": {\"didChangeWatchedFiles\": {\"dynamicRegistration\": true}}}}"));
        client.notify("initialized", new JsonObject());
        JsonObject registration = client.awaitNotification("client/registerCapability", p -> true)
                .getAsJsonArray("registrations").get(0).getAsJsonObject();
        assertThat(registration.get("method").getAsString()).isEqualTo("workspace/didChangeWatchedFiles");
        List<String> globs = new ArrayList<>();
        registration.getAsJsonObject("registerOptions").getAsJsonArray("watchers")
                .forEach(w -> globs.add(w.getAsJsonObject().get("globPattern").getAsString()));
        assertThat(globs).containsExactly("**/*.yaml", "**/*.yml", "**/*.json", "**/*");
        assertThat(registration.getAsJsonObject("registerOptions").getAsJsonArray("watchers").get(3).getAsJsonObject()
                .get("kind").getAsInt()).as("deletions only").isEqualTo(4);

        version = 1;
        assertThat(open(seed.replace("title: Nocturnal Leg", "title: Nocturnal  Leg")))
                .extracting(d -> d.getAsJsonObject().get("code").getAsString()).containsExactly("whitespace");
        // A pull brings a configuration that turns the rule off: the client's watcher tells.
        Path config = Files.writeString(workspace.resolve("conditions.yaml"), "rules:\n  whitespace: off\n", StandardCharsets.UTF_8);
        client.notify("workspace/didChangeWatchedFiles", json("{\"changes\": [{\"uri\": " + quote(config.toUri().toString())
                + ", \"type\": 1}]}"));
        assertThat(diagnostics(1)).as("checked again with the configuration on disk").isEmpty();

        // An article outside the workspace folder, configured by its own folder's file.
        uri = Files.writeString(elsewhere.resolve("outside.yaml"), text, StandardCharsets.UTF_8).toUri().toString();
        assertThat(open(text)).extracting(d -> d.getAsJsonObject().get("code").getAsString()).containsExactly("whitespace");
        Path outsideConfig = Files.writeString(elsewhere.resolve("conditions.yml"), "rules:\n  whitespace: off\n", StandardCharsets.UTF_8);
        client.notify("workspace/didChangeWatchedFiles", json("{\"changes\": [{\"uri\": " + quote(outsideConfig.toUri().toString())
                + ", \"type\": 1}]}"));
        assertThat(diagnostics(1)).as("checked again with its folder's configuration").isEmpty();
    }

    @Test
    void closingAConfigurationUnsavedChecksTheArticlesWithTheSavedOne() {
        assertThat(open(seed.replace("title: Nocturnal Leg", "title: Nocturnal  Leg")))
                .extracting(d -> d.getAsJsonObject().get("code").getAsString()).containsExactly("whitespace");
        // Typed, never saved: there is no conditions.yaml on disk.
        String configUri = workspace.resolve("conditions.yaml").toUri().toString();
        client.notify("textDocument/didOpen", json("{\"textDocument\": {\"uri\": " + quote(configUri)
                + ", \"languageId\": \"yaml\", \"version\": 1, \"text\": \"rules:\\n  whitespace: off\\n\"}}"));
        assertThat(diagnostics(1)).as("checked with the configuration as typed").isEmpty();
        client.notify("textDocument/didClose", json("{\"textDocument\": {\"uri\": " + quote(configUri) + "}}"));
        assertThat(diagnostics(1)).as("checked again without it").extracting(d -> d.getAsJsonObject().get("code").getAsString())
                .containsExactly("whitespace");
    }

    /** Opens a file of the workspace with a text (also written to disk) and returns its first diagnostics. */
    private JsonArray openOther(String relative, String content) throws IOException {
        Path file = workspace.resolve(relative);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        String otherUri = file.toUri().toString();
        String language = relative.endsWith(".json") ? "json" : "yaml";
        client.notify("textDocument/didOpen", json("{\"textDocument\": {\"uri\": " + quote(otherUri) + ", \"languageId\": "
                + quote(language) + ", \"version\": 1, \"text\": " + quote(content) + "}}"));
        return client.awaitNotification("textDocument/publishDiagnostics", p -> p.get("uri").getAsString().equals(otherUri))
                .getAsJsonArray("diagnostics");
    }

    // --- the client's side of the conversation

    private JsonArray open(String content) {
        text = content;
        client.notify("textDocument/didOpen", json("{\"textDocument\": {\"uri\": " + quote(uri)
                + ", \"languageId\": \"yaml\", \"version\": 1, \"text\": " + quote(content) + "}}"));
        return diagnostics(1);
    }

    /**
     * Opens another article and waits for its diagnostics: the checks run one after another, so
     * every check queued before it has ended (and published, if it was to).
     */
    private void awaitTheChecksQueued() throws IOException {
        Path other = workspace.resolve("other.yaml");
        String otherText = seed.replace("id: nocturnal-leg-cramps", "id: other");
        Files.writeString(other, otherText, StandardCharsets.UTF_8);
        String otherUri = other.toUri().toString();
        client.notify("textDocument/didOpen", json("{\"textDocument\": {\"uri\": " + quote(otherUri)
                + ", \"languageId\": \"yaml\", \"version\": 1, \"text\": " + quote(otherText) + "}}"));
        client.awaitNotification("textDocument/publishDiagnostics", p -> p.get("uri").getAsString().equals(otherUri));
    }

    /**
     * Starts another server, with the gate rule as its house rule, opens the seed with a title the
     * rule holds the check of, and waits until the check is held.
     *
     * @return the class loader of the house rule, to close when the test ends
     */
    private URLClassLoader openHeld(Path plugins) throws IOException, InterruptedException {
        client.close();
        GateRule.reset();
        URLClassLoader houseRules = houseRules(plugins, GateRule.class);
        connect(houseRules);
        text = seed.replace("title: Nocturnal Leg Cramps", "title: Gated Leg Cramps");
        assertThat(text).isNotEqualTo(seed);
        client.notify("textDocument/didOpen", json("{\"textDocument\": {\"uri\": " + quote(uri)
                + ", \"languageId\": \"yaml\", \"version\": 1, \"text\": " + quote(text) + "}}"));
        assertThat(GateRule.entered.await(30, TimeUnit.SECONDS)).as("the check is running").isTrue();
        return houseRules;
    }

    /** Sends one incremental change, applies it to the test's copy, and returns the diagnostics of the new version. */
    private JsonArray change(JsonObject range, String newText) {
        send(range, newText);
        return diagnostics(version);
    }

    /** Sends one incremental change and applies it to the test's copy, without waiting for its diagnostics. */
    private void send(JsonObject range, String newText) {
        version++;
        JsonObject change = new JsonObject();
        change.add("range", range);
        change.addProperty("text", newText);
        JsonArray changes = new JsonArray();
        changes.add(change);
        text = applyEdit(text, changes);
        JsonObject params = json("{\"textDocument\": {\"uri\": " + quote(uri) + ", \"version\": " + version + "}}");
        params.add("contentChanges", changes);
        client.notify("textDocument/didChange", params);
    }

    /**
     * A class loader that finds one house rule, its service file in a folder of its own, as a
     * plug-in jar holds it.
     */
    private URLClassLoader houseRules(Path plugins, Class<? extends EditorialRule> rule) throws IOException {
        Path services = Files.createDirectories(plugins.resolve("META-INF/services"));
        Files.writeString(services.resolve(EditorialRule.class.getName()), rule.getName() + "\n");
        return new URLClassLoader(new URL[] {plugins.toUri().toURL()}, getClass().getClassLoader());
    }

    private JsonArray replaceAll(String content) {
        version++;
        text = content;
        client.notify("textDocument/didChange", json("{\"textDocument\": {\"uri\": " + quote(uri) + ", \"version\": " + version
                + "}, \"contentChanges\": [{\"text\": " + quote(content) + "}]}"));
        return diagnostics(version);
    }

    private JsonArray diagnostics(int expectedVersion) {
        return client.awaitNotification("textDocument/publishDiagnostics", p -> p.get("uri").getAsString().equals(uri)
                && p.has("version") && p.get("version").getAsInt() == expectedVersion).getAsJsonArray("diagnostics");
    }

    /** The error of a response, failing when it has none. */
    private static JsonObject error(JsonObject response) {
        assertThat(response.has("error")).as("an error in %s", response).isTrue();
        return response.getAsJsonObject("error");
    }

    private String hover(int line, int character) {
        JsonElement result = client.call("textDocument/hover", position(line, character));
        assertThat(result.isJsonObject()).as("a hover at %d:%d", line, character).isTrue();
        return result.getAsJsonObject().getAsJsonObject("contents").get("value").getAsString();
    }

    private JsonObject complete(int line, int character) {
        return client.call("textDocument/completion", position(line, character)).getAsJsonObject();
    }

    private JsonObject action(JsonObject diagnostic, String title) {
        JsonObject params = json("{\"textDocument\": {\"uri\": " + quote(uri) + "}, \"context\": {}}");
        params.add("range", diagnostic.get("range"));
        JsonArray ds = new JsonArray();
        ds.add(diagnostic);
        params.getAsJsonObject("context").add("diagnostics", ds);
        JsonArray actions = client.call("textDocument/codeAction", params).getAsJsonArray();
        List<String> titles = new ArrayList<>();
        for (JsonElement a : actions) {
            titles.add(a.getAsJsonObject().get("title").getAsString());
            if (a.getAsJsonObject().get("title").getAsString().equals(title)) {
                return a.getAsJsonObject();
            }
        }
        throw new AssertionError("No code action \"" + title + "\" among " + titles);
    }

    private JsonObject position(int line, int character) {
        return json("{\"textDocument\": {\"uri\": " + quote(uri) + "}, \"position\": {\"line\": " + line
                + ", \"character\": " + character + "}}");
    }

    private static JsonObject only(JsonArray diagnostics, String rule) {
        assertThat(diagnostics).as("diagnostics").hasSize(1);
        JsonObject d = diagnostics.get(0).getAsJsonObject();
        assertThat(d.get("code").getAsString()).isEqualTo(rule);
        return d;
    }

    private static JsonObject find(JsonArray diagnostics, String rule) {
        for (JsonElement d : diagnostics) {
            if (d.getAsJsonObject().get("code").getAsString().equals(rule)) {
                return d.getAsJsonObject();
            }
        }
        throw new AssertionError("No " + rule + " among " + diagnostics);
    }

    private static List<String> labels(JsonObject completion) {
        List<String> labels = new ArrayList<>();
        completion.getAsJsonArray("items").forEach(i -> labels.add(i.getAsJsonObject().get("label").getAsString()));
        return labels;
    }

    /** The 0-based line of the first line starting with a prefix. */
    private int lineOf(String prefix) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("No line starts with " + prefix);
    }

    private int lineLength(int line) {
        return text.split("\n", -1)[line].length();
    }

    /** The range of {@code part} in the first line starting with {@code linePrefix}. */
    private JsonObject rangeOf(String linePrefix, String part) {
        int line = lineOf(linePrefix);
        int at = text.split("\n", -1)[line].indexOf(part, linePrefix.lastIndexOf(part));
        return range(line, at, line, at + part.length());
    }

    private static JsonObject range(int startLine, int startCharacter, int endLine, int endCharacter) {
        return json("{\"start\": {\"line\": " + startLine + ", \"character\": " + startCharacter + "}, \"end\": {\"line\": "
                + endLine + ", \"character\": " + endCharacter + "}}");
    }

    /** Applies LSP text edits (or content changes) as an editor does, from the last to the first. */
    static String applyEdit(String text, JsonArray edits) {
        List<JsonObject> sorted = new ArrayList<>();
        edits.forEach(e -> sorted.add(e.getAsJsonObject()));
        sorted.sort(Comparator.comparingInt((JsonObject e) -> offset(text, e.getAsJsonObject("range").getAsJsonObject("start")))
                .reversed());
        String out = text;
        for (JsonObject e : sorted) {
            int start = offset(out, e.getAsJsonObject("range").getAsJsonObject("start"));
            int end = offset(out, e.getAsJsonObject("range").getAsJsonObject("end"));
            String inserted = e.has("newText") ? e.get("newText").getAsString() : e.get("text").getAsString();
            out = out.substring(0, start) + inserted + out.substring(end);
        }
        return out;
    }

    private static int offset(String text, JsonObject position) {
        int line = position.get("line").getAsInt();
        int at = 0;
        for (int i = 0; i < line; i++) {
            at = text.indexOf('\n', at) + 1;
        }
        return at + position.get("character").getAsInt();
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    private static String quote(String s) {
        return new JsonPrimitive(s).toString();
    }
}
