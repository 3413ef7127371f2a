package org.conditioncontent.cli.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.conditioncontent.cli.preview.Workspace.Page;
import org.conditioncontent.cli.preview.Workspace.Snapshot;
import org.conditioncontent.render.Renderer;

/**
 * The live preview's web server, on the loopback interface only. It answers GET and HEAD for a
 * fixed set of addresses, looked up by their exact raw path, never by mapping a path onto the
 * file system, so no address can reach a file that is not an article's page:
 * <ul>
 *   <li>{@code /} and {@code /index.html}: the index;</li>
 *   <li>{@code /<name>.html}: the page of the article file {@code <name>.yaml} (or {@code .yml},
 *       {@code .json}), or of the article with that id;</li>
 *   <li>{@code /_preview/live.js}, {@code /_preview/preview.css}: its own assets;</li>
 *   <li>{@code /_preview/events}: server-sent events announcing each new version of the articles.</li>
 * </ul>
 * Anything else is 404 (there is no directory listing), other methods 405. The workspace is
 * reloaded when files change, and open pages are told to show the new version. It is also
 * reloaded once as soon as the folders are watched, in the background: a file saved during the
 * first load is not missed, and the reload's code has run once before the first edit needs it
 * (the loader's second pass, and the comparison of the new pages with the old, whose records'
 * {@code equals} methods the JVM links on their first call): cold, that first reload took 0.65 to
 * 1.6 s of the first edit on a loaded 2-core machine, warm 0.39 to 0.52 s.
 *
 * <pre>{@code
 * try (PreviewServer server = PreviewServer.start(workspace, html, 0)) {
 *     System.out.println(server.url());
 * }
 * }</pre>
 */
public final class PreviewServer implements AutoCloseable {

    /** How long the files must be quiet after a change before the articles are loaded again (ms). */
    static final long QUIET_MILLIS = 120;

    private static final long HEARTBEAT_SECONDS = 15;

    /**
     * The pages change whenever a file is saved: a cached one would be the stale page the preview
     * exists to avoid.
     */
    private static final String PAGES_CACHED = "no-store";

    /**
     * The script and style sheet are fixed for a given preview and addressed with a fingerprint
     * of their text ({@link PreviewPages#SCRIPT_URL}): a page opened or reloaded takes them from
     * the browser's cache instead of asking again before it can be shown.
     */
    static final String ASSETS_CACHED = "max-age=86400, immutable";

    private final Workspace workspace;
    private final PreviewPages pages;
    private final LiveReload live = new LiveReload();
    private final HttpServer server;
    private final ExecutorService handlers;
    private final ScheduledExecutorService heartbeat;
    private final FolderWatch watch;

    private PreviewServer(Workspace workspace, Renderer html, int port) throws IOException {
        this.workspace = Objects.requireNonNull(workspace, "workspace must not be null");
        this.pages = new PreviewPages(html);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        AtomicInteger threads = new AtomicInteger();
        this.handlers = Executors.newFixedThreadPool(4, r -> daemon(r, "conditions-preview-http-" + threads.incrementAndGet()));
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "conditions-preview-heartbeat"));
        heartbeat.scheduleAtFixedRate(live::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        this.watch = new FolderWatch(workspace.roots(), QUIET_MILLIS, this::reload);
        server.start();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /**
     * Starts a preview of the workspace on {@code 127.0.0.1} (the loopback address).
     *
     * @param workspace the articles, already loaded
     * @param html the renderer of the article pages
     * @param port the port, or 0 for any free port
     * @return the running server
     * @throws IOException if the port cannot be bound (in use, or not allowed)
     * @throws UncheckedIOException if the folders cannot be watched
     */
    public static PreviewServer start(Workspace workspace, Renderer html, int port) throws IOException {
        return new PreviewServer(workspace, html, port);
    }

    /**
     * The address of the index page.
     *
     * @return such as {@code http://127.0.0.1:8030/}
     */
    public URI url() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + "/");
    }

    /** Loads the articles again and, when anything a page shows changed, tells the open pages. */
    void reload() {
        long before = workspace.snapshot().version();
        Snapshot now = workspace.reload();
        if (now.version() != before) {
            live.publish(now.version());
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                respond(exchange, 405, "text/plain; charset=utf-8", PAGES_CACHED, "Only GET and HEAD are answered.\n", false);
                return;
            }
            // The raw path, undecoded: "/../pom.xml" and "/%2e%2e/pom.xml" are simply no page's name.
            String path = exchange.getRequestURI().getRawPath();
            Snapshot snapshot = workspace.snapshot();
            if (PreviewPages.EVENTS_PATH.equals(path) && !head) {
                live.open(exchange, snapshot.version());
                return; // the stream stays open
            }
            if (PreviewPages.isIndex(path)) {
                respond(exchange, 200, "text/html; charset=utf-8", PAGES_CACHED, pages.index(snapshot), head);
            } else if (PreviewPages.SCRIPT_PATH.equals(path)) {
                respond(exchange, 200, "text/javascript; charset=utf-8", ASSETS_CACHED, PreviewPages.SCRIPT, head);
            } else if (PreviewPages.STYLE_PATH.equals(path)) {
                respond(exchange, 200, "text/css; charset=utf-8", ASSETS_CACHED, PreviewPages.STYLE, head);
            } else {
                Page page = path == null ? null : snapshot.page(path);
                if (page != null) {
                    respond(exchange, 200, "text/html; charset=utf-8", PAGES_CACHED, pages.article(snapshot, page), head);
                } else {
                    respond(exchange, 404, "text/html; charset=utf-8", PAGES_CACHED, pages.notFound(snapshot), head);
                }
            }
        } catch (IOException | RuntimeException e) {
            exchange.close(); // the browser went away mid-answer, or a page could not be made
            if (e instanceof RuntimeException r) {
                throw r;
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, String caching, String body, boolean head)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", caching);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!head) {
                out.write(bytes);
            }
        }
    }

    /** Stops watching, ends the open event streams and stops the server; idempotent. */
    @Override
    public void close() {
        watch.close();
        heartbeat.shutdownNow();
        live.closeAll();
        server.stop(0);
        handlers.shutdownNow();
    }
}
