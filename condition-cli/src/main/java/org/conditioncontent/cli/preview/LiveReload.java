package org.conditioncontent.cli.preview;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The open pages' server-sent event streams ({@code text/event-stream}). Each stream gets the
 * current snapshot version when it opens and each new version after; a page shows the new
 * version when it differs from its own, so a change made while a page was loading is not missed. A
 * stream whose page is gone is dropped at the next message or heartbeat; past the most streams
 * kept, the oldest is ended (its page, if still open, opens another). Thread-safe.
 */
final class LiveReload {

    private final int most;

    /**
     * Keeps no more than {@code most} streams open.
     *
     * @param most the most streams kept open, at least 1
     */
    LiveReload(int most) {
        if (most < 1) {
            throw new IllegalArgumentException("most must be at least 1: " + most);
        }
        this.most = most;
    }

    /** A browser waits this long (ms) before reconnecting, e.g. after the preview restarts. */
    private static final int RETRY_MILLIS = 500;

    private final List<HttpExchange> streams = new CopyOnWriteArrayList<>();

    /**
     * Opens a stream and sends the current version. The exchange stays open after this returns.
     *
     * @param exchange a request for the event stream
     * @param version the current snapshot version
     * @throws IOException if the response cannot be started
     */
    void open(HttpExchange exchange, long version) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        List<HttpExchange> ended = new ArrayList<>();
        synchronized (streams) {
            while (streams.size() >= most) {
                ended.add(streams.remove(0)); // most likely a page closed since, whose going was not yet noticed
            }
            streams.add(exchange);
        }
        ended.forEach(this::drop); // outside the lock: ending a stream writes to its connection
        send(exchange, "retry: " + RETRY_MILLIS + "\ndata: " + version + "\n\n");
    }

    /**
     * Tells every open page the new version.
     *
     * @param version the snapshot version after a reload
     */
    void publish(long version) {
        streams.forEach(e -> send(e, "data: " + version + "\n\n"));
    }

    /** A comment line, which browsers ignore, so that closed connections are noticed and dropped. */
    void heartbeat() {
        streams.forEach(e -> send(e, ": heartbeat\n\n"));
    }

    /** Ends every stream, when the preview stops. */
    void closeAll() {
        streams.forEach(this::drop);
    }

    private void send(HttpExchange exchange, String event) {
        try {
            OutputStream body = exchange.getResponseBody();
            synchronized (exchange) {
                body.write(event.getBytes(StandardCharsets.UTF_8));
                body.flush();
            }
        } catch (IOException | RuntimeException e) {
            // The page was closed or reloaded. Whatever the failure, the other streams and the
            // heartbeat's later runs go on: an exception would end the heartbeat for good.
            drop(exchange);
        }
    }

    private void drop(HttpExchange exchange) {
        streams.remove(exchange);
        try {
            synchronized (exchange) { // ending the stream writes its last chunk, as send writes its events
                exchange.close();
            }
        } catch (RuntimeException e) {
            // Closed already, or the connection went: nothing is left to end.
        }
    }
}
