package org.conditioncontent.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The client side of a language server session, written out by hand as an editor does it: JSON-RPC
 * messages framed with {@code Content-Length} headers, written to the server's input and read
 * from its output. Nothing of LSP4J is used, so the tests see the bytes a real editor sees.
 */
final class JsonRpcClient implements AutoCloseable {

    private static final long WAIT_SECONDS = 30;

    private final OutputStream toServer;
    private final Map<Integer, CompletableFuture<JsonObject>> responses = new ConcurrentHashMap<>();
    private final List<JsonObject> notifications = new ArrayList<>();
    private final Thread reader;
    private int nextId = 1;

    JsonRpcClient(InputStream fromServer, OutputStream toServer) {
        this.toServer = toServer;
        this.reader = new Thread(() -> read(fromServer), "test-client-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Sends a request and waits for its response: the whole response object, with "result" or
     * "error". With {@code params} {@code null} the request has no "params" member.
     */
    JsonObject request(String method, @Nullable JsonElement params) {
        int id;
        CompletableFuture<JsonObject> response = new CompletableFuture<>();
        synchronized (this) {
            id = nextId++;
            responses.put(id, response);
        }
        // The id before the method and params, as VS Code's client writes it: LSP4J reads a request whose
        // params do not fit their type as a notification, never answered, when its id comes after them.
        JsonObject message = new JsonObject();
        message.addProperty("jsonrpc", "2.0");
        message.addProperty("id", id);
        message.addProperty("method", method);
        if (params != null) {
            message.add("params", params);
        }
        send(message);
        try {
            return response.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("No response to " + method + " within " + WAIT_SECONDS + " s", e);
        }
    }

    /** Sends a request and returns its result, failing when the server answered with an error. */
    JsonElement call(String method, JsonElement params) {
        JsonObject response = request(method, params);
        if (response.has("error")) {
            throw new AssertionError(method + " failed: " + response.get("error"));
        }
        return response.get("result");
    }

    void notify(String method, JsonElement params) {
        send(message(method, params));
    }

    /** Waits for a notification (or a request) from the server that matches, and takes it. */
    JsonObject awaitNotification(String method, Predicate<JsonObject> params) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        synchronized (notifications) {
            while (true) {
                for (JsonObject n : notifications) {
                    if (n.get("method").getAsString().equals(method) && params.test(n.getAsJsonObject("params"))) {
                        notifications.remove(n);
                        return n.getAsJsonObject("params");
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("No " + method + " notification within " + WAIT_SECONDS + " s; got " + notifications);
                }
                try {
                    notifications.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    /** The notifications received and not yet taken. */
    List<JsonObject> pending() {
        synchronized (notifications) {
            return List.copyOf(notifications);
        }
    }

    private static JsonObject message(String method, JsonElement params) {
        JsonObject message = new JsonObject();
        message.addProperty("jsonrpc", "2.0");
        message.addProperty("method", method);
        message.add("params", params);
        return message;
    }

    private synchronized void send(JsonObject message) {
        byte[] body = message.toString().getBytes(StandardCharsets.UTF_8);
        try {
            toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            toServer.write(body);
            toServer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to the server", e);
        }
    }

    private void read(InputStream in) {
        try {
            while (true) {
                int length = -1;
                for (String header = line(in); !header.isEmpty(); header = line(in)) {
                    if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                        length = Integer.parseInt(header.substring(15).trim());
                    }
                }
                byte[] body = in.readNBytes(length);
                if (body.length < length) {
                    return;
                }
                JsonObject message = JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject();
                if (message.has("id") && !message.has("method")) {
                    CompletableFuture<JsonObject> waiting = responses.remove(message.get("id").getAsInt());
                    if (waiting != null) {
                        waiting.complete(message);
                    }
                } else {
                    if (message.has("id")) {
                        // A request from the server (client/registerCapability): answered with null so it
                        // does not wait, and kept with the notifications for a test to await.
                        JsonObject answer = new JsonObject();
                        answer.addProperty("jsonrpc", "2.0");
                        answer.add("id", message.get("id"));
                        answer.add("result", JsonNull.INSTANCE);
                        send(answer);
                    }
                    synchronized (notifications) {
                        notifications.add(message);
                        notifications.notifyAll();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // The server closed its output: the session is over.
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException();
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        toServer.close();
    }
}
