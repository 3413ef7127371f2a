package org.conditioncontent.cli.preview;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.HttpURLConnection;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.rules.RuleSet;
import org.conditioncontent.render.Renderers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server on a copy of the example article: what it serves and refuses, and that a
 * save on disk reaches an open page's event stream and the page itself.
 */
class PreviewServerTest {

    /** How long a test waits for a reload: a limit against a hang, with room for a loaded machine. */
    private static final int WAIT_SECONDS = 30;

    private static final Path SEED = Path.of("../examples/conditions/nocturnal-leg-cramps.yaml");

    @TempDir
    Path folder;

    private Path article;
    private PreviewServer server;
    /** What the servers said they cannot do: nothing, in these tests. */
    private final List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** A response: status, content type, caching and body. */
    private record Response(int statusCode, String contentType, String cacheControl, String body) {}

    @BeforeEach
    void start() throws IOException {
        article = folder.resolve("nocturnal-leg-cramps.yaml");
        Files.copy(SEED, article);
        ConditionLoader loader = ConditionLoader.builder().rules(RuleSet.defaults()).build();
        Workspace workspace = new Workspace(List.of(folder), loader, loader::find, file -> folder.relativize(file).toString());
        server = PreviewServer.start(workspace, Renderers.discover().get("html"), 0, warnings::add);
    }

    @AfterEach
    void stop() {
        server.close();
        assertThat(warnings).isEmpty();
    }

    private Response get(String path) throws IOException {
        return get(server, path);
    }

    private static Response get(PreviewServer server, String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) server.url().resolve(path).toURL().openConnection();
        try {
            int status = connection.getResponseCode();
            try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                return new Response(status, connection.getContentType(), connection.getHeaderField("Cache-Control"),
                        body == null ? "" : new String(body.readAllBytes(), UTF_8));
            }
        } finally {
            connection.disconnect();
        }
    }

    /** The status line of a request sent as written, so that no client normalises the path first. */
    private String rawStatus(String requestLine) throws IOException {
        return rawStatus(requestLine, "Host: 127.0.0.1:" + server.url().getPort() + "\r\n");
    }

    /** The status line of a request sent as written, with the headers given (each ending in CRLF). */
    private String rawStatus(String requestLine, String headers) throws IOException {
        try (Socket socket = new Socket(server.url().getHost(), server.url().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\n" + headers + "Connection: close\r\n\r\n").getBytes(UTF_8));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), UTF_8)).readLine();
        }
    }

    /** A page that cannot be made is a 500 that says why, not a connection closed without a word. */
    @Test
    void aPageThatCannotBeMadeIsA500ThatSaysWhy() throws IOException {
        org.conditioncontent.render.Renderer failing = new org.conditioncontent.render.Renderer() {
            @Override
            public String format() {
                return "html";
            }

            @Override
            public String mediaType() {
                return "text/html; charset=UTF-8";
            }

            @Override
            public String fileExtension() {
                return "html";
            }

            @Override
            public void render(org.conditioncontent.model.Condition condition, Appendable out) {
                throw new IllegalStateException("a renderer's bug");
            }
        };
        ConditionLoader loader = ConditionLoader.builder().build();
        Workspace workspace = new Workspace(List.of(folder), loader, loader::find, file -> folder.relativize(file).toString());
        try (PreviewServer broken = PreviewServer.start(workspace, failing, 0, warnings::add)) {
            Response page = get(broken, "/nocturnal-leg-cramps.html");
            assertThat(page.statusCode()).isEqualTo(500);
            assertThat(page.contentType()).isEqualTo("text/plain; charset=utf-8");
            assertThat(page.body()).isEqualTo("The preview could not make this page: java.lang.IllegalStateException: a renderer's bug\n");
            assertThat(get(broken, "/").statusCode()).as("the index needs no article page").isEqualTo(200);
        }
    }

    /**
     * A web page whose name a hostile DNS server points at 127.0.0.1 (DNS rebinding) sends its
     * own name as the Host: the drafts, their findings and the event stream are not its to read.
     */
    @Test
    void answersOnlyRequestsThatNameThisServerAsABrowserOnThisMachineDoes() throws IOException {
        int port = server.url().getPort();
        for (String host : List.of("attacker.example:" + port, "attacker.example", "127.0.0.1.attacker.example:" + port,
                "localhost.attacker.example", "127.0.0.1:x", "[::1]x")) {
            assertThat(rawStatus("GET / HTTP/1.1", "Host: " + host + "\r\n")).as(host).isEqualTo("HTTP/1.1 403 Forbidden");
            assertThat(rawStatus("GET /_preview/events HTTP/1.1", "Host: " + host + "\r\n")).as(host)
                    .isEqualTo("HTTP/1.1 403 Forbidden");
        }
        assertThat(rawStatus("GET / HTTP/1.0", "")).as("no Host at all").isEqualTo("HTTP/1.1 403 Forbidden");
        assertThat(rawStatus("HEAD / HTTP/1.1", "Host: attacker.example\r\n")).as("HEAD too").isEqualTo("HTTP/1.1 403 Forbidden");
        // Any port: a forwarded one (ssh -L 9000:127.0.0.1:PORT) is another, and the name is what a rebound page cannot fake.
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LocalHost:" + port, "[::1]:" + port, "127.0.0.1",
                "localhost:9000")) {
            assertThat(rawStatus("GET /nocturnal-leg-cramps.html HTTP/1.1", "Host: " + host + "\r\n")).as(host)
                    .isEqualTo("HTTP/1.1 200 OK");
        }
    }

    @Test
    void listensOnTheLoopbackAddressOnly() {
        assertThat(server.url().getHost()).isEqualTo("127.0.0.1");
    }

    /** With IPv6 preferred ({@code java.net.preferIPv6Addresses=true}) the loopback is ::1, in brackets in a URL. */
    @Test
    void theAddressOfAnIpv6LoopbackIsAUrl() throws IOException {
        java.net.InetSocketAddress v6 = new java.net.InetSocketAddress(java.net.InetAddress.getByName("::1"), 8030);
        assertThat(PreviewServer.urlOf(v6)).hasToString("http://[0:0:0:0:0:0:0:1]:8030/");
        assertThat(PreviewServer.urlOf(v6).getPort()).isEqualTo(8030);
        java.net.InetSocketAddress v4 = new java.net.InetSocketAddress(java.net.InetAddress.getByName("127.0.0.1"), 8030);
        assertThat(PreviewServer.urlOf(v4)).hasToString("http://127.0.0.1:8030/");
    }

    @Test
    void theIndexListsTheArticleAndEachPageIsTheExportsPageWithItsFindings() throws Exception {
        Response index = get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("<a href=\"nocturnal-leg-cramps.html\">Nocturnal Leg Cramps</a>")
                .contains("Preview: 1 file, 0 errors, 0 warnings");
        assertThat(get("/index.html").body()).isEqualTo(index.body());

        Response page = get("/nocturnal-leg-cramps.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
        String exported = Renderers.discover().get("html").render(ConditionLoader.builder().build().loadOrThrow(SEED));
        // The export's page, whole, with the panel, style sheet and script added around it.
        String withoutAdditions = page.body().replaceAll("(?s)<aside class=\"preview\".*?</aside>\n\n", "")
                .replace("<link rel=\"stylesheet\" href=\"" + PreviewPages.STYLE_URL + "\">\n", "")
                .replace("<script src=\"" + PreviewPages.SCRIPT_URL + "\"></script>\n", "");
        assertThat(withoutAdditions).isEqualTo(exported);
        assertThat(page.body()).contains("nocturnal-leg-cramps.yaml: no findings");
    }

    @Test
    void servesNothingButThePagesAndItsOwnAssets() throws Exception {
        assertThat(rawStatus("GET /../pom.xml HTTP/1.1")).contains(" 404 ");
        assertThat(rawStatus("GET /%2e%2e/%2e%2e/pom.xml HTTP/1.1")).contains(" 404 ");
        assertThat(rawStatus("GET /..%2f..%2fpom.xml HTTP/1.1")).contains(" 404 ");
        assertThat(rawStatus("GET //etc/passwd HTTP/1.1")).contains(" 404 ");
        assertThat(get("/nocturnal-leg-cramps.yaml").statusCode()).as("the source file").isEqualTo(404);
        assertThat(get("/" + folder.getFileName() + "/").statusCode()).as("a folder listing").isEqualTo(404);
        assertThat(get("/_preview/").statusCode()).isEqualTo(404);
        assertThat(get("/_preview/live.js").statusCode()).isEqualTo(200);
        assertThat(get("/_preview/preview.css").statusCode()).isEqualTo(200);
        assertThat(rawStatus("POST / HTTP/1.1")).contains(" 405 ");
        assertThat(rawStatus("DELETE /nocturnal-leg-cramps.html HTTP/1.1")).contains(" 405 ");
    }

    @Test
    void theScriptAndStyleSheetAreCachedUnderTheirTextsFingerprintsAndNoPageIs() throws Exception {
        // The pages name the assets with a fingerprint of their text, which changes when the text does.
        assertThat(PreviewPages.SCRIPT_URL).isEqualTo("/_preview/live.js?v=" + String.format("%08x", PreviewPages.SCRIPT.hashCode()));
        assertThat(PreviewPages.STYLE_URL).isEqualTo("/_preview/preview.css?v=" + String.format("%08x", PreviewPages.STYLE.hashCode()));
        Response page = get("/nocturnal-leg-cramps.html");
        assertThat(page.body()).contains("<script src=\"" + PreviewPages.SCRIPT_URL + "\"></script>")
                .contains("<link rel=\"stylesheet\" href=\"" + PreviewPages.STYLE_URL + "\">");
        assertThat(page.cacheControl()).as("an article's page").isEqualTo("no-store");
        assertThat(get("/").cacheControl()).as("the index").isEqualTo("no-store");
        assertThat(get("/missing.html").cacheControl()).as("a page not found").isEqualTo("no-store");

        Response script = get(PreviewPages.SCRIPT_URL);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).isEqualTo(PreviewPages.SCRIPT);
        assertThat(script.cacheControl()).isEqualTo("max-age=86400, immutable");
        Response style = get(PreviewPages.STYLE_URL);
        assertThat(style.body()).isEqualTo(PreviewPages.STYLE);
        assertThat(style.cacheControl()).isEqualTo("max-age=86400, immutable");
    }

    @Test
    void aSaveMadeBeforeThePreviewWatchesIsShownWithoutAnotherSave(@TempDir Path elsewhere) throws Exception {
        Path file = elsewhere.resolve("nocturnal-leg-cramps.yaml");
        Files.copy(SEED, file);
        ConditionLoader loader = ConditionLoader.builder().build();
        Workspace workspace = new Workspace(List.of(elsewhere), loader, loader::find, f -> elsewhere.relativize(f).toString());
        // Saved after the first load and before the folder is watched: no event will ever tell of it.
        Files.writeString(file, Files.readString(file, UTF_8).replace("title: Nocturnal Leg Cramps", "title: Saved Meanwhile"), UTF_8);
        try (PreviewServer late = PreviewServer.start(workspace, Renderers.discover().get("html"), 0, warnings::add)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (workspace.snapshot().version() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(get(late, "/nocturnal-leg-cramps.html").body()).contains("<h1>Saved Meanwhile</h1>")
                    .contains("data-preview-version=\"2\"");
        }
    }

    @Test
    void aSaveReachesTheOpenPagesAndTheirContent() throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Socket stream = new Socket(server.url().getHost(), server.url().getPort());
        stream.getOutputStream().write(("GET /_preview/events HTTP/1.1\r\nHost: 127.0.0.1:" + server.url().getPort() + "\r\n\r\n").getBytes(UTF_8));
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.getInputStream(), UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("data: ")) {
                        events.add(line);
                    }
                }
            } catch (IOException e) {
                // the server closed the stream: the test is over
            }
        });
        reader.setDaemon(true);
        reader.start();
        assertThat(events.poll(WAIT_SECONDS, TimeUnit.SECONDS)).as("the version on connecting").isEqualTo("data: 1");

        edit(text -> text.replace("title: Nocturnal Leg Cramps", "title: Night-Time Leg Cramps"));
        assertThat(events.poll(WAIT_SECONDS, TimeUnit.SECONDS)).as("the version after a save").isEqualTo("data: 2");
        assertThat(get("/nocturnal-leg-cramps.html").body()).contains("<h1>Night-Time Leg Cramps</h1>").contains("data-preview-version=\"2\"");

        // An error: its findings replace the page, with line and column, escaped.
        edit(text -> text.replace("id: nocturnal-leg-cramps\n", "id: nocturnal-leg-cramps\n\"<script>alert(1)</script>\": x\n"));
        assertThat(events.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo("data: 3");
        String broken = get("/nocturnal-leg-cramps.html").body();
        long plantedLine = Files.readAllLines(article, UTF_8).indexOf("\"<script>alert(1)</script>\": x") + 1;
        assertThat(plantedLine).as("the planted line").isGreaterThan(1);
        assertThat(broken).contains("preview-finding preview-error").contains("<span class=\"preview-position\">" + plantedLine + ":1</span>")
                .contains("Unknown field &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;").contains("[unknown-field]")
                .doesNotContain("<script>alert").doesNotContain("<h1>Night-Time Leg Cramps</h1>");
        assertThat(get("/").body()).contains("1 error").contains("not in the index until fixed");

        edit(text -> text.replace("\"<script>alert(1)</script>\": x\n", ""));
        assertThat(events.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo("data: 4");
        assertThat(get("/nocturnal-leg-cramps.html").body()).doesNotContain("preview-finding").contains("no findings");

        // A new file appears in the index; a deleted one goes, and its page with it.
        // Written whole and moved in, as edit does: a test thread stalled between a plain write's
        // create and its bytes for longer than the quiet period would let a reload see it empty.
        Path temporary = folder.resolve(".new.tmp");
        Files.writeString(temporary, Files.readString(article, UTF_8)
                .replace("id: nocturnal-leg-cramps", "id: cramps-two").replace("title: Night-Time Leg Cramps", "title: Second Cramps"), UTF_8);
        Files.move(temporary, folder.resolve("cramps-two.yaml"), StandardCopyOption.ATOMIC_MOVE);
        assertThat(events.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo("data: 5");
        assertThat(get("/").body()).contains("<a href=\"cramps-two.html\">Second Cramps</a>");
        Files.delete(article);
        assertThat(events.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo("data: 6");
        assertThat(get("/").body()).doesNotContain("Night-Time Leg Cramps");
        assertThat(get("/nocturnal-leg-cramps.html").statusCode()).isEqualTo(404);
        stream.close();
    }

    @Test
    void anArticleInAFolderCreatedLaterAppears() throws Exception {
        Path later = Files.createDirectory(folder.resolve("later"));
        // Registering a new folder walks it, so a folder or file made inside it meanwhile is not missed.
        Path nested = Files.createDirectory(later.resolve("nested"));
        Files.writeString(nested.resolve("deep.yaml"), Files.readString(SEED, UTF_8)
                .replace("id: nocturnal-leg-cramps", "id: deep").replace("title: Nocturnal Leg Cramps", "title: Deep Cramps"), UTF_8);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!get("/").body().contains("Deep Cramps") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(get("/").body()).contains("<a href=\"deep.html\">Deep Cramps</a>");
        assertThat(get("/deep.html").statusCode()).isEqualTo(200);
    }

    @Test
    void aFileOutsideTheArticlesChangesNothingAPageShows() throws Exception {
        Files.writeString(folder.resolve("notes.txt"), "not an article", UTF_8);
        server.reload();
        assertThat(get("/").body()).contains("data-preview-version=\"1\"");
    }

    /**
     * The pages say what they may load and run, so that markup a renderer plugged in did not
     * escape runs no script of its own, and no other site may show them in a frame.
     */
    @Test
    void thePagesCarryAContentSecurityPolicyAndTheAssetsDoNot() throws IOException {
        for (String path : List.of("/", "/nocturnal-leg-cramps.html", "/missing.html")) {
            String policy = header(path, "Content-Security-Policy");
            assertThat(policy).as(path).isEqualTo(PreviewServer.CONTENT_SECURITY_POLICY)
                    .contains("script-src 'self';").contains("connect-src 'self';").contains("object-src 'none';");
        }
        assertThat(header(PreviewPages.SCRIPT_URL, "Content-Security-Policy")).isNull();
        // The pages load nothing the policy refuses: the preview's own script and style sheet, from this server.
        assertThat(get("/nocturnal-leg-cramps.html").body()).doesNotContain("<script>").doesNotContainPattern("\\son[a-z]+=")
                .contains("<script src=\"/_preview/").contains("href=\"/_preview/");
    }

    private String header(String path, String name) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) server.url().resolve(path).toURL().openConnection();
        try {
            connection.getResponseCode();
            return connection.getHeaderField(name);
        } finally {
            connection.disconnect();
        }
    }

    /**
     * Connections that send half a request (a client stalled, or made to stall) do not stop the
     * preview from answering: before, four of them held every handler, without end.
     */
    @Test
    void halfSentRequestsHoldNeitherTheServerNorTheirConnectionForLong() throws Exception {
        assertThat(get("/").statusCode()).isEqualTo(200); // the index made once, so that the answer below is quick
        List<Socket> stalled = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                Socket socket = new Socket(server.url().getHost(), server.url().getPort());
                socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(UTF_8));
                socket.getOutputStream().flush();
                stalled.add(socket);
            }
            Thread.sleep(200); // each is read by a handler by now

            assertThat(get("/").statusCode()).isEqualTo(200);
            for (Socket socket : stalled) {
                assertThat(isOpen(socket)).as("the answer came while the half-sent requests were still waited for").isTrue();
            }
            // Then each is closed, in about REQUEST_SECONDS.
            for (Socket socket : stalled) {
                socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
                assertThat(socket.getInputStream().read()).as("the server closed the half-sent request").isEqualTo(-1);
            }
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    /**
     * The lines read up to and with {@code last}, or up to the end or WAIT_SECONDS: heartbeats
     * would keep a stream that never gives {@code last} going past any read's time-out.
     */
    private static List<String> linesUntil(BufferedReader reader, String last) throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        for (String line = reader.readLine(); line != null && System.nanoTime() < deadline; line = reader.readLine()) {
            lines.add(line);
            if (line.equals(last)) {
                break;
            }
        }
        return lines;
    }

    private static boolean isOpen(Socket socket) throws IOException {
        socket.setSoTimeout(1);
        try {
            return socket.getInputStream().read() != -1;
        } catch (java.net.SocketTimeoutException e) {
            return true; // nothing to read, and not closed
        }
    }

    /**
     * Past the most event streams kept, the oldest is ended: each page reloaded leaves its stream
     * open until a message fails to reach it, and a page or program that opens stream after stream
     * would otherwise hold a connection for each.
     */
    @Test
    void pastTheMostEventStreamsTheOldestIsEnded() throws Exception {
        List<Socket> streams = new java.util.ArrayList<>();
        List<BufferedReader> readers = new java.util.ArrayList<>();
        try {
            for (int i = 0; i <= PreviewServer.MAX_EVENT_STREAMS; i++) {
                Socket socket = new Socket(server.url().getHost(), server.url().getPort());
                socket.getOutputStream().write(("GET /_preview/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(UTF_8));
                socket.getOutputStream().flush();
                socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
                BufferedReader lines = new BufferedReader(new InputStreamReader(socket.getInputStream(), UTF_8));
                assertThat(lines.readLine()).as("stream " + i).isEqualTo("HTTP/1.1 200 OK");
                streams.add(socket);
                readers.add(lines);
            }
            // Its response ends (the last chunk, of size 0); the connection itself may be kept for
            // another request. Heartbeats would keep a stream that does not end going past any read's time-out.
            assertThat(linesUntil(readers.get(0), "0")).as("what the oldest stream got before it ended")
                    .contains("data: 1").doesNotContain(": heartbeat").last().isEqualTo("0");
            assertThat(readers.get(0).readLine()).as("the end of the chunked response").isEmpty();
            // The others are still told of a new version: the second oldest and the newest.
            edit(text -> text.replace("title: Nocturnal Leg Cramps", "title: Night-Time Leg Cramps"));
            for (BufferedReader later : List.of(readers.get(1), readers.get(readers.size() - 1))) {
                assertThat(linesUntil(later, "data: 2")).as("a later stream").doesNotContain("0").last().isEqualTo("data: 2");
            }
        } finally {
            for (Socket socket : streams) {
                socket.close();
            }
        }
    }

    private void edit(java.util.function.UnaryOperator<String> change) throws IOException {
        // As editors save: a new file moved over the old one.
        Path temporary = folder.resolve(".save.tmp");
        Files.writeString(temporary, change.apply(Files.readString(article, UTF_8)), UTF_8);
        Files.move(temporary, article, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
