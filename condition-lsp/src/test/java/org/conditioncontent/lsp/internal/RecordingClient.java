package org.conditioncontent.lsp.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** A client that keeps what the server sends it: the last diagnostics of each document, and any error it logs. */
final class RecordingClient implements LanguageClient {

    private final Map<String, PublishDiagnosticsParams> diagnostics = new HashMap<>();
    private final List<String> errors = new ArrayList<>();

    @Override
    public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
        diagnostics.put(params.getUri(), params);
        notifyAll();
    }

    @Override
    public synchronized void logMessage(MessageParams message) {
        if (message.getType() == MessageType.Error) {
            errors.add(message.getMessage());
        }
    }

    @Override
    public void showMessage(MessageParams message) {
        // Nothing to show in a test.
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void telemetryEvent(Object object) {
        // Not used by the server.
    }

    synchronized List<String> errors() {
        return List.copyOf(errors);
    }

    /** Waits for the diagnostics of one version of a document; {@code null} if they do not come in time. */
    synchronized PublishDiagnosticsParams await(String uri, int version, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            PublishDiagnosticsParams p = diagnostics.get(uri);
            if (p != null && p.getVersion() != null && p.getVersion() == version) {
                return p;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
        }
    }
}
