package org.conditioncontent.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.conditioncontent.loader.rules.RuleSet;
import org.conditioncontent.lsp.internal.InvalidParams;
import org.conditioncontent.lsp.internal.LifeCycle;
import org.conditioncontent.lsp.internal.Server;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The language server for condition articles, run over a pair of streams that carry JSON-RPC
 * messages with {@code Content-Length} headers, as the Language Server Protocol frames them.
 *
 * <pre>{@code
 * int exitCode = ConditionsLanguageServer.serve(System.in, System.out);
 * System.exit(exitCode);
 * }</pre>
 *
 * <p>It publishes the diagnostics of {@code conditions validate} for article files ({@code .yaml},
 * {@code .yml}, {@code .json}) and {@code conditions.yaml} on open, change and save, with the
 * nearest {@code conditions.yaml} configuring the rules; findings across the files of a workspace
 * folder on save; hover with a field's documentation and a prose field's reading level;
 * completion of field names and values; and quick fixes. docs/editors.md says how to set up an
 * editor.
 */
public final class ConditionsLanguageServer {

    private ConditionsLanguageServer() {}

    /**
     * Runs the server until the client sends {@code exit} or closes the input. Nothing else may
     * write to {@code out} meanwhile.
     *
     * @param in the client's messages
     * @param out where the server's messages go; flushed after each
     * @return the exit code the protocol asks for: 0 when the client asked for shutdown before
     *     exit (or before closing the input), 1 otherwise
     * @throws NullPointerException if a stream is {@code null}
     */
    public static int serve(InputStream in, OutputStream out) {
        return serve(in, out, RuleSet.class.getClassLoader());
    }

    /**
     * Runs the server as {@link #serve(InputStream, OutputStream)} does, with the house rules that
     * {@link java.util.ServiceLoader} finds with a class loader, such as one over the jars given
     * to {@code conditions lsp --plugins}, besides the built-in rules: the rules
     * {@code conditions validate} checks with the same jars.
     *
     * @param in the client's messages
     * @param out where the server's messages go; flushed after each
     * @param houseRules the class loader whose house rules are checked (a class loader sees its
     *     parents' rules too)
     * @return the exit code the protocol asks for: 0 when the client asked for shutdown before
     *     exit (or before closing the input), 1 otherwise
     * @throws NullPointerException if an argument is {@code null}
     */
    public static int serve(InputStream in, OutputStream out, ClassLoader houseRules) {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(out, "out must not be null");
        Objects.requireNonNull(houseRules, "houseRules must not be null");
        ExecutorService messages = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "conditions-lsp-messages");
            t.setDaemon(true);
            return t;
        });
        Server server = new Server(houseRules);
        Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>()
                .setLocalService(server)
                .setRemoteInterface(LanguageClient.class)
                .setInput(in)
                .setOutput(out)
                .setExecutorService(messages)
                // LSP's life cycle and JSON-RPC's InvalidParams, which LSP4J leaves to each server.
                .wrapMessages(new LifeCycle())
                .configureGson(gson -> gson.registerTypeAdapterFactory(new InvalidParams()))
                .create();
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        messages.execute(() -> {
            try {
                listening.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | CancellationException e) {
                // The input failed or was cancelled: the session is over all the same.
            }
            server.ended();
        });
        int code = server.exitCode().join();
        listening.cancel(true);
        messages.shutdownNow();
        return code;
    }

    /**
     * Runs the server over standard input and output and exits with its exit code.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        System.exit(serve(System.in, System.out));
    }
}
