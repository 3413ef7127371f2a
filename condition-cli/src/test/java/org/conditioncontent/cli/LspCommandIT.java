package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.conditioncontent.cli.CommandRun.REPOSITORY;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.conditioncontent.json.JsonStrings;
import org.conditioncontent.loader.rules.EditorialRule;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code conditions lsp} from the built jar, as an editor starts it: JSON-RPC messages on standard
 * input, answers on standard output, and the exit code the protocol asks for.
 */
class LspCommandIT {

    @Test
    void answersInitializeAndExitsWithZeroAfterShutdownAndExit() throws Exception {
        Process server = start();
        try (OutputStream in = server.getOutputStream()) {
            send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}}");
            send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
            send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
            send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        }
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("the server ended").isTrue();
        String out = new String(server.getInputStream().readAllBytes(), UTF_8);
        assertThat(out).startsWith("Content-Length: ").contains("\"id\":1").contains("\"capabilities\"")
                .contains("\"hoverProvider\":true").contains("\"id\":2");
        // The version from the language server's own jar in lib/, read on the class path.
        assertThat(out).contains("\"serverInfo\":{\"name\":\"conditions\",\"version\":\"" + System.getProperty("project.version") + "\"}");
        assertThat(server.exitValue()).isZero();
    }

    @Test
    void exitsWithOneWhenTheEditorLeavesWithoutShutdown() throws Exception {
        Process server = start();
        server.getOutputStream().close();
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("the server ended").isTrue();
        assertThat(server.exitValue()).isEqualTo(1);
    }

    @Test
    void checksWithTheHouseRulesOfThePluginsGiven(@TempDir Path folder) throws Exception {
        Path jar = PluginJar.build(folder, Map.of(EditorialRule.class.getName(), "org.conditioncontent.testplugin.NoCrampRule\n"));
        Process server = start(null, "--plugins", jar.toString());

        String out = openTheSeed(server, folder);

        assertThat(out).as("the plug-in's rule, on the seed's title").contains("publishDiagnostics")
                .contains("\"code\":\"no-cramp\"").contains("The title says cramps");
        assertThat(server.exitValue()).isZero();
    }

    /**
     * Standard output carries the protocol and nothing else: what a house rule prints goes to
     * standard error, and a message from the editor that is not JSON is one line there, not the
     * protocol library's stack trace.
     */
    @Test
    void standardOutputCarriesOnlyTheProtocolAndStandardErrorHasLinesForPeople(@TempDir Path folder) throws Exception {
        Path jar = PluginJar.build(folder, Map.of(EditorialRule.class.getName(), "org.conditioncontent.testplugin.ChattyRule\n"));
        Path errors = folder.resolve("standard-error.txt");
        Process server = start(errors, "--plugins", jar.toString());

        String out = openTheSeed(server, folder, "{bad}");

        assertThat(out).contains("\"code\":\"chatty\"").doesNotContain("chatty rule checking");
        String err = Files.readString(errors, UTF_8);
        assertThat(err).contains("chatty rule checking nocturnal-leg-cramps").contains("conditions lsp: severe: ")
                .doesNotContain("\tat ").doesNotContain("HV000001");
        assertThat(err.lines().filter(l -> l.startsWith("conditions lsp: ")).toList()).as("one line for the malformed message")
                .hasSize(1);
        assertThat(server.exitValue()).isZero();
    }

    /**
     * Initialises the server, sends each of {@code raw} as a message body as it is, opens the seed
     * article, waits for its diagnostics, shuts the server down and returns all it wrote.
     */
    private static String openTheSeed(Process server, Path folder, String... raw) throws Exception {
        // The answers as they come, read on a thread of their own: the check runs after the open.
        StringBuffer out = new StringBuffer();
        Thread reader = new Thread(() -> {
            try (InputStream answers = server.getInputStream()) {
                byte[] buffer = new byte[8192];
                for (int n = answers.read(buffer); n >= 0; n = answers.read(buffer)) {
                    out.append(new String(buffer, 0, n, UTF_8));
                }
            } catch (IOException e) {
                // the server ended
            }
        });
        reader.start();
        try (OutputStream in = server.getOutputStream()) {
            send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}}");
            send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
            for (String body : raw) {
                send(in, body);
            }
            StringBuilder open = new StringBuilder("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":");
            JsonStrings.write(folder.resolve("nocturnal-leg-cramps.yaml").toUri().toString(), open);
            open.append(",\"languageId\":\"yaml\",\"version\":1,\"text\":");
            JsonStrings.write(Files.readString(CommandRun.SEED, UTF_8), open);
            send(in, open.append("}}}").toString());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); // a hang guard only
            while (!out.toString().contains("publishDiagnostics") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
            send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        }
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("the server ended").isTrue();
        reader.join(TimeUnit.SECONDS.toMillis(60));
        return out.toString();
    }

    @Test
    void aPluginJarThatDoesNotExistStopsItWithTwo() {
        CommandRun run = CommandRun.of("lsp", "--plugins", "no-such-rules.jar");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no such plug-in jar: no-such-rules.jar").doesNotContain("\tat ");
    }

    @Test
    void aHouseRuleThatCannotBeLoadedStopsItWithTwo(@TempDir Path folder) throws Exception {
        Path jar = PluginJar.build(folder, Map.of(EditorialRule.class.getName(), "org.conditioncontent.testplugin.Missing\n"));

        CommandRun run = CommandRun.of("lsp", "--plugins", jar);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("house rule").contains("org.conditioncontent.testplugin.Missing").doesNotContain("\tat ");
    }

    private static Process start() throws Exception {
        return start(null);
    }

    /** Starts {@code conditions lsp} with the options given, its standard error to a file or, when {@code null}, discarded. */
    private static Process start(@Nullable Path errors, String... options) throws Exception {
        Path jar = Path.of(System.getProperty("conditions.jar", REPOSITORY.resolve("condition-cli/target/conditions.jar").toString()));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", jar.toString(), "lsp"));
        command.addAll(List.of(options));
        return new ProcessBuilder(command)
                .redirectError(errors == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(errors.toFile()))
                .start();
    }

    private static void send(OutputStream in, String json) throws Exception {
        byte[] body = json.getBytes(UTF_8);
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        message.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(UTF_8));
        message.write(body);
        in.write(message.toByteArray());
        in.flush();
    }
}
