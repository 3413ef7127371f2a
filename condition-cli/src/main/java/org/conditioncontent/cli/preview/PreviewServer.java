package org.conditioncontent.cli.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.conditioncontent.cli.preview.Workspace.Page;
import org.conditioncontent.cli.preview.Workspace.Snapshot;
import org.conditioncontent.render.Renderer;

/**
 * The live preview's web server, on the loopback interface only. It answers GET and HEAD for a
 * fixed set of addresses, looked up by their exact raw path, never by mapping a path onto the
 * file system, so no address can reach a file that is not an article's page:
 * <ul>
 *   <li>{@code /} and {@code /index.html}: the index;</li>
 *   <li>{@code /<name>.html}: the page of the article with that id, as the index links it, or of
 *       the article file {@code <name>.yaml} (or {@code .yml}, {@code .json});</li>
 *   <li>{@code /_preview/live.js}, {@code /_preview/preview.css}: its own assets;</li>
 *   <li>{@code /_preview/events}: server-sent events announcing each new version of the articles.</li>
 * </ul>
 * Anything else is 404 (there is no directory listing), other methods 405. A request must name
 * the server as a browser on this machine does ({@code Host: 127.0.0.1}, {@code localhost} or
 * {@code [::1]}, with any port, as a forwarded port gives another), else it gets 403: a web page
 * whose name a hostile DNS server points at 127.0.0.1 (DNS rebinding) sends its own name, and
 * would otherwise read the drafts and their findings. A page that cannot be made gets 500 with
 * the reason. Pages carry a {@linkplain #CONTENT_SECURITY_POLICY content security policy}; a
 * connection that does not send its request within {@link #REQUEST_SECONDS} is closed, and at most
 * {@link #MAX_EVENT_STREAMS} event streams are kept. The workspace is reloaded when files change, and open pages are told to show the new version. It is also
 * reloaded once as soon as the folders are watched, in the background: a file saved during the
 * first load is not missed, and the reload's code has run once before the first edit needs it
 * (the loader's second pass, and the comparison of the new pages with the old, whose records'
 * {@code equals} methods the JVM links on their first call): cold, that first reload took 0.65 to
 * 1.6 s of the first edit on a loaded 2-core machine, warm 0.39 to 0.52 s.
 *
 * <pre>{@code
 * try (PreviewServer server = PreviewServer.start(workspace, html, 0, System.err::println)) {
 *     System.out.println(server.url());
 * }
 * }</pre>
 */
public final class PreviewServer implements AutoCloseable {

    /** How long the files must be quiet after a change before the articles are loaded again (ms). */
    static final long QUIET_MILLIS = 120;

    /**
     * The longest changes that never stop (a log written to beside the articles every 50 ms)
     * postpone a reload (ms): after that the pages are brought up to date, and again each time.
     */
    static final long MAX_POSTPONE_MILLIS = 1000;

    private static final long HEARTBEAT_SECONDS = 15;

    /**
     * How long a connection may take to send its request (s). The JDK's server reads a request on
     * a handler thread, and by default waits for it without end: a few connections that send half
     * a request would otherwise hold every handler. A browser on this machine sends a request in
     * far less; an idle connection kept for the next request is not counted.
     */
    static final int REQUEST_SECONDS = 5;

    /**
     * The most requests answered at once. Each waits at most {@link #REQUEST_SECONDS} for its
     * request, and an event stream holds no thread once opened; threads that have nothing to do
     * end after a while.
     */
    static final int HANDLERS = 16;

    /**
     * The most event streams kept open: one for each open page. A browser tells the server of a
     * page closed only when the next message or heartbeat cannot be sent, so pages reloaded
     * quickly leave streams behind for a while; past this many, the oldest is ended, and a page
     * still open simply opens another.
     */
    static final int MAX_EVENT_STREAMS = 64;

    /**
     * What the pages may load and run: this server's own script and connections only; style
     * sheets, fonts and images from here or the web (the article's built-in style sheet is in the
     * page, and the export lets an article's own style sheet and images be elsewhere, over http
     * too); no plug-ins, no other base address, no forms. An article's text is escaped by the
     * renderer; this holds if a renderer plugged in does not. Framing is left allowed: an editor
     * shows the preview in a frame of its own (VS Code's Simple Browser), and the pages change nothing.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline' http: https:; "
            + "img-src 'self' data: http: https:; font-src 'self' data: http: https:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'none'";

    static {
        // The JDK's server reads this once, when the first server of the process is made (none is
        // before the preview's in this command), and it holds for every server after; a value
        // given on the command line is kept.
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", Integer.toString(REQUEST_SECONDS));
        }
    }

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
    private final LiveReload live = new LiveReload(MAX_EVENT_STREAMS);
    private final HttpServer server;
    private final ExecutorService handlers;
    private final ScheduledExecutorService heartbeat;
    private final FolderWatch watch;

    private PreviewServer(Workspace workspace, Renderer html, int port, Consumer<String> warnings) throws IOException {
        this.workspace = Objects.requireNonNull(workspace, "workspace must not be null");
        Objects.requireNonNull(warnings, "warnings must not be null");
        this.pages = new PreviewPages(html);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        AtomicInteger threads = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(HANDLERS, HANDLERS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> daemon(r, "conditions-preview-http-" + threads.incrementAndGet()));
        pool.allowCoreThreadTimeOut(true);
        this.handlers = pool;
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "conditions-preview-heartbeat"));
        heartbeat.scheduleAtFixedRate(live::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        try {
            this.watch = new FolderWatch(workspace.roots(), QUIET_MILLIS, MAX_POSTPONE_MILLIS, this::reload, warnings);
        } catch (RuntimeException e) {
            // The port is bound already: give it back, with the threads, to a caller that may try again.
            server.stop(0);
            heartbeat.shutdownNow();
            handlers.shutdownNow();
            throw e;
        }
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
     * @param warnings told, in a sentence for people, of what the preview cannot do while it runs
     *     (a folder it cannot watch for changes)
     * @return the running server
     * @throws IOException if the port cannot be bound (in use, or not allowed)
     * @throws UncheckedIOException if the folders given cannot be watched
     */
    public static PreviewServer start(Workspace workspace, Renderer html, int port, Consumer<String> warnings) throws IOException {
        return new PreviewServer(workspace, html, port, warnings);
    }

    /**
     * The address of the index page.
     *
     * @return such as {@code http://127.0.0.1:8030/}
     */
    public URI url() {
        return urlOf(server.getAddress());
    }

    /** The address of the index page of a server listening at {@code address}. */
    static URI urlOf(InetSocketAddress address) {
        InetAddress ip = address.getAddress();
        // An IPv6 loopback (java.net.preferIPv6Addresses=true) is written in brackets in a URL.
        String host = ip instanceof Inet6Address ? "[" + ip.getHostAddress() + "]" : ip.getHostAddress();
        return URI.create("http://" + host + ":" + address.getPort() + "/");
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
        boolean head = false;
        try {
            String method = exchange.getRequestMethod();
            head = method.equals("HEAD");
            if (!namesThisServer(exchange.getRequestHeaders().getFirst("Host"))) {
                respond(exchange, 403, "text/plain; charset=utf-8", PAGES_CACHED, "This preview answers only at "
                        + url() + " (or localhost): the request named another host.\n", head);
                return;
            }
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
            // Only the pages: the policy of a script or style sheet would not apply to anything.
            if (path == null || !path.startsWith("/_preview/")) {
                exchange.getResponseHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
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
        } catch (IOException e) {
            exchange.close(); // the browser went away mid-answer
        } catch (RuntimeException e) {
            // A page could not be made: say so, where the answer has not begun, rather than close
            // the connection without a word.
            if (exchange.getResponseCode() == -1) {
                try {
                    respond(exchange, 500, "text/plain; charset=utf-8", PAGES_CACHED,
                            "The preview could not make this page: " + e + "\n", head);
                } catch (IOException | RuntimeException ignored) {
                    // The browser went away too.
                }
            }
            exchange.close();
        }
    }

    /**
     * Whether a request's {@code Host} header names this server as a browser on this machine
     * does: the loopback address or {@code localhost}, with any port or none. The name is what
     * tells a rebound page apart (it sends its own); the port differs when it is forwarded
     * ({@code ssh -L 9000:127.0.0.1:8030}, an editor's remote session).
     */
    private boolean namesThisServer(String host) {
        if (host == null) {
            return false;
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon >= 0 && name.indexOf(']') < colon) {
            String port = name.substring(colon + 1);
            if (port.isEmpty() || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return false;
            }
            name = name.substring(0, colon);
        }
        return name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]") || name.equals(url().getHost());
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
