package org.recourse.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;

/** Recourse as its own operating-system process, as {@code ./recourse serve} runs it, so a test can kill it. */
public final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static ServerProcess start(Path dataDir, Path log) throws IOException {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.recourse.cli.Main", "serve", "--data", dataDir.toString(), "--port", Integer.toString(port)));
        pb.environment().put("RECOURSE_ADMIN_PASSWORD", TestAccounts.ADMIN_PASSWORD);
        // The tests call the API as the administrator with a password (HTTP Basic).
        pb.environment().put("RECOURSE_REQUIRE_ADMIN_TOTP", "false");
        pb.environment().remove("RECOURSE_DB_URL");
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        ServerProcess server = new ServerProcess(pb.start(), port);
        server.awaitReady();
        return server;
    }

    public int port() {
        return port;
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    public void kill() {
        process.destroyForcibly();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest login = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .timeout(Duration.ofSeconds(5)).build();
        Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("the server process ended; see its log");
                    }
                    return client.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                });
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
