package dev.frontera.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestFetchCommand {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Frontera.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void without_network_says_what_to_do_and_exits_with_the_external_code() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        int code = run(
                "--db",
                folder.resolve("frontera.duckdb").toString(),
                "fetch",
                "--cache",
                folder.resolve("cache").toString(),
                "--base-url",
                "http://127.0.0.1:" + closedPort);

        assertThat(code).isEqualTo(ExitCodes.EXTERNAL);
        assertThat(err.toString())
                .contains("cannot reach 127.0.0.1")
                .contains("frontera ingest DIR")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void rejects_a_base_url_that_is_not_an_http_url() {
        int code = run("fetch", "--cache", folder.resolve("cache").toString(), "--base-url", "file:///tmp/pages");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--base-url file:///tmp/pages");
    }
}
