package org.conditioncontent.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.SourceFormat;
import org.conditioncontent.lsp.ConditionsLanguageServer;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The time from an editor's change to the diagnostics it gets back, for the seed article, warm:
 * a client sends {@code textDocument/didChange} (one keystroke in the title, as an incremental
 * change) over a pipe, with JSON-RPC framing, to the server running in this JVM, and waits for the
 * {@code textDocument/publishDiagnostics} of that version. The baseline in the same JVM is the
 * loader checking the same text directly, which is most of that time; the rest is the protocol
 * (serialising, the pipe, two thread hand-offs).
 *
 * <p>Sample time, so that JMH reports the median (p0.50) and the tail of the distribution.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class LanguageServerBenchmarks {

    private static final String URI = "file:///benchmark/articles/nocturnal-leg-cramps.yaml";

    private final Map<Integer, CompletableFuture<PublishDiagnosticsParams>> published = new ConcurrentHashMap<>();
    private LanguageServer server;
    private Thread serving;
    private Pipe toServer;
    private Pipe fromServer;
    private Future<Void> listening;
    private String seed;
    private ConditionLoader loader;
    private Range title;
    private int version = 1;

    /** Creates the benchmark; JMH calls this. */
    public LanguageServerBenchmarks() {}

    /**
     * Starts the server on a pair of pipes, connects a client, initializes, and opens the seed.
     *
     * @throws IOException if a pipe cannot be opened
     */
    @Setup(Level.Trial)
    public void start() throws IOException {
        seed = read();
        loader = ConditionLoader.builder().build();
        toServer = Pipe.open();
        fromServer = Pipe.open();
        serving = new Thread(() -> ConditionsLanguageServer.serve(Channels.newInputStream(toServer.source()),
                Channels.newOutputStream(fromServer.sink())), "server");
        serving.setDaemon(true);
        serving.start();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(),
                Channels.newInputStream(fromServer.source()), Channels.newOutputStream(toServer.sink()));
        listening = launcher.startListening();
        server = launcher.getRemoteProxy();
        server.initialize(new InitializeParams()).join();
        server.initialized(new InitializedParams());
        CompletableFuture<PublishDiagnosticsParams> opened = expect(1);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(URI, "yaml", 1, seed)));
        if (!opened.join().getDiagnostics().isEmpty()) {
            throw new IllegalStateException("The seed should have no diagnostics: " + opened.join().getDiagnostics());
        }
        String[] lines = seed.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("title: ")) {
                // The last character of the title, which each change types and takes back in turn.
                title = new Range(new Position(i, lines[i].length() - 1), new Position(i, lines[i].length()));
            }
        }
    }

    /**
     * Ends the session, then closes the client's ends of the pipes, so that its reading thread
     * ends too and the forked JVM can exit.
     *
     * @throws IOException if a pipe cannot be closed
     * @throws InterruptedException if interrupted while the server ends
     */
    @TearDown(Level.Trial)
    public void stop() throws IOException, InterruptedException {
        server.shutdown().join();
        server.exit();
        serving.join(10_000);
        listening.cancel(true);
        fromServer.source().close();
        toServer.sink().close();
    }

    /**
     * One keystroke and its diagnostics: the title's last letter replaced (by another, then back).
     *
     * @return the number of diagnostics (none: the article stays valid)
     */
    @Benchmark
    public int changeToDiagnostics() {
        int v = ++version;
        CompletableFuture<PublishDiagnosticsParams> diagnostics = expect(v);
        String letter = v % 2 == 0 ? "z" : "s";
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(URI, v),
                List.of(new TextDocumentContentChangeEvent(title, letter))));
        int found = diagnostics.join().getDiagnostics().size();
        published.remove(v);
        return found;
    }

    /**
     * The baseline: the loader checking the seed's text, as the server does for each change.
     *
     * @return the number of diagnostics
     */
    @Benchmark
    public int loaderAlone() {
        return loader.load("nocturnal-leg-cramps.yaml", seed, SourceFormat.YAML).diagnostics().size();
    }

    private CompletableFuture<PublishDiagnosticsParams> expect(int v) {
        return published.computeIfAbsent(v, k -> new CompletableFuture<>());
    }

    /** Completes the future of each version as its diagnostics arrive. */
    private final class Client implements LanguageClient {
        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            if (params.getVersion() != null) {
                expect(params.getVersion()).complete(params);
            }
        }

        @Override
        public void telemetryEvent(Object object) {
            // Not sent by the server.
        }

        @Override
        public void showMessage(MessageParams message) {
            // Not sent by the server.
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
            System.err.println("server: " + message.getMessage());
        }
    }

    private static String read() {
        try (InputStream in = LanguageServerBenchmarks.class.getResourceAsStream("nocturnal-leg-cramps.yaml")) {
            if (in == null) {
                throw new IllegalStateException("The seed article is missing from the benchmarks jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
