package org.recourse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.support.TestAccounts.ADMIN;
import static org.recourse.support.TestAccounts.ADMIN_PASSWORD;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recourse.support.Http;
import org.recourse.support.RecourseTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The estimation page: an uploaded capture table, and the collection's own incidents across its sources. */
@RecourseTest
class EstimatePageIntegrationTests {

    @LocalServerPort int port;

    @Test
    void anUploadedUkTableShowsThePublishedEstimateWithItsIntervalAndPlot() throws Exception {
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        byte[] uk = Files.readAllBytes(sharedData().resolve("mse/uk_modern_slavery_2013_5lists.csv"));
        HttpResponse<String> r = http.upload("/estimates/upload", "file", "uk.csv", uk,
                Map.of("method", "loglinear", "_csrf", http.csrf("/estimates")));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("2,744", "11,313", "9,884", "13,027", "<svg");
    }

    @Test
    void aBrokenTableIsRefusedWithTheReason() {
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> r = http.upload("/estimates/upload", "file", "bad.csv",
                "a,b,count\n1,0,5\n0,1,-3\n".getBytes(), Map.of("method", "loglinear", "_csrf", http.csrf("/estimates")));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).containsIgnoringCase("negative");
    }

    @Test
    void theCollectionsOwnIncidentsCanBeEstimatedAcrossItsSources() {
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> r = http.form("/estimates/collection", Map.of("method", "lcmcr",
                "_csrf", http.csrf("/estimates")));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"estimate-result\"", "LCMCR", "(fictional)", "credible");
    }

    private static Path sharedData() {
        String env = System.getenv("RECOURSE_SHARED_DATA");
        return Path.of(env == null || env.isBlank() ? "../shared/data" : env);
    }
}
