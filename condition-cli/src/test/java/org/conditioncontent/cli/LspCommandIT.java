package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.conditioncontent.cli.CommandRun.REPOSITORY;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

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
        assertThat(server.exitValue()).isZero();
    }

    @Test
    void exitsWithOneWhenTheEditorLeavesWithoutShutdown() throws Exception {
        Process server = start();
        server.getOutputStream().close();
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("the server ended").isTrue();
        assertThat(server.exitValue()).isEqualTo(1);
    }

    private static Process start() throws Exception {
        Path jar = Path.of(System.getProperty("conditions.jar", REPOSITORY.resolve("condition-cli/target/conditions.jar").toString()));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-jar", jar.toString(), "lsp")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
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
