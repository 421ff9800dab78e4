package org.recourse.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.support.TestAccounts.ADMIN;
import static org.recourse.support.TestAccounts.ADMIN_PASSWORD;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.recourse.support.Http;
import org.recourse.support.ServerProcess;

/**
 * Kills the server (SIGKILL) in the middle of a stream of acknowledged writes, restarts it on
 * the same data folder, and finds every acknowledged write and no half-written record: each
 * incident was written with three acts and three passages in one request.
 */
class CrashRecoveryScenarioTests {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    @Test
    void everyAcknowledgedWriteSurvivesAKillAndNoneIsHalfWritten() throws Exception {
        Path data = Files.createDirectories(Path.of("target/test-data/crash-" + System.nanoTime()));
        Path log = data.resolve("server.log");
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        try (ServerProcess server = ServerProcess.start(data, log)) {
            Http http = Http.anonymous(server.port());
            String testimony = testimony(http);
            AtomicBoolean stop = new AtomicBoolean();
            Thread writer = new Thread(() -> write(http, testimony, acknowledged, stop));
            writer.start();
            Awaitility.await().atMost(Duration.ofMinutes(3)).until(() -> acknowledged.size() >= 25);
            server.kill();
            stop.set(true);
            writer.join(Duration.ofSeconds(60).toMillis());
        }
        try (ServerProcess restarted = ServerProcess.start(data, log)) {
            Http http = Http.anonymous(restarted.port());
            for (String id : acknowledged) {
                HttpResponse<String> r = http.apiGet("/api/incidents/" + id, ADMIN, ADMIN_PASSWORD);
                assertThat(r.statusCode()).as("acknowledged incident " + id).isEqualTo(200);
            }
            String all = http.apiGet("/api/incidents", ADMIN, ADMIN_PASSWORD).body();
            assertThat(count(all, "\"acts\":3,\"passages\":3")).isEqualTo(count(all, "Crash stream"))
                    .isGreaterThanOrEqualTo(acknowledged.size());
            assertThat(all).doesNotContain("\"acts\":0", "\"acts\":1,", "\"acts\":2,");
        }
    }

    private static String testimony(Http http) {
        String source = created(http.apiPost("/api/sources", "{\"kind\":\"document\",\"title\":\"Crash test (fictional)\"}",
                ADMIN, ADMIN_PASSWORD));
        return created(http.apiPost("/api/testimonies", "{\"sourceId\":\"" + source + "\",\"title\":\"Crash (fictional)\","
                + "\"language\":\"en\",\"body\":\"A fictional text long enough to hold three passages.\"}", ADMIN, ADMIN_PASSWORD));
    }

    private static void write(Http http, String testimony, List<String> acknowledged, AtomicBoolean stop) {
        String act = "{\"testimonyId\":\"" + testimony + "\",\"part\":\"body\",\"start\":%d,\"end\":%d,"
                + "\"violation\":\"physical_assault\",\"perpetrators\":[{\"type\":\"police\"}]}";
        for (int i = 0; !stop.get(); i++) {
            String body = "{\"incident\":{\"title\":\"Crash stream " + i + "\",\"date\":\"2008\"},\"acts\":["
                    + String.format(act, 0, 9) + "," + String.format(act, 10, 20) + "," + String.format(act, 21, 30) + "]}";
            try {
                HttpResponse<String> r = http.apiPost("/api/incidents", body, ADMIN, ADMIN_PASSWORD);
                if (r.statusCode() == 201) {
                    acknowledged.add(created(r));
                }
            } catch (IllegalStateException connectionLost) {
                return;
            }
        }
    }

    private static String created(HttpResponse<String> r) {
        Matcher m = ID.matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException("not created: " + r.statusCode());
        }
        return m.group(1);
    }

    private static int count(String s, String part) {
        return s.split(Pattern.quote(part), -1).length - 1;
    }
}
