package org.recourse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.support.TestAccounts.ADMIN;
import static org.recourse.support.TestAccounts.ADMIN_PASSWORD;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.recourse.security.Accounts;
import org.recourse.security.Role;
import org.recourse.support.Http;
import org.recourse.support.RecourseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The exchange page: upload, preview with the validation report, confirmation; export downloads. Fictional data. */
@RecourseTest
class ExchangePageIntegrationTests {

    @LocalServerPort int port;
    @Autowired Accounts accounts;

    private static List<Path> pendingUploads() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("recourse-import-") && Files.isRegularFile(f))
                    .toList();
        }
    }

    /** Polls the job's status fragment as htmx would, until it stops asking to be polled. */
    private static String awaitEnd(Http http, String job) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            String status = http.get("/jobs/" + job + "/status").body();
            if (!status.contains("hx-trigger")) {
                return status;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the job did not end within a minute");
    }

    @Test
    void anUploadIsPreviewedWithRowAndColumnAndStoredOnlyOnConfirmation() throws IOException {
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        String marker = "FICTIONAL page import " + java.util.UUID.randomUUID();
        byte[] csv = ("title,date,violation\n" + marker + ",2004,rape\nFICTIONAL bad,2004-31,rape\n")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> preview = http.upload("/exchange/upload", "file", "page.csv", csv,
                Map.of("_csrf", http.csrf("/exchange")));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("id=\"validation-report\"", "<td>3</td><td>date</td>");
        Matcher token = Pattern.compile("name=\"token\" value=\"([0-9a-f]{48})\"").matcher(preview.body());
        assertThat(token.find()).isTrue();
        assertThat(pendingUploads()).as("the waiting upload is on disk").isNotEmpty()
                .allSatisfy(f -> assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1))
                        .as("and only encrypted").doesNotContain(marker));
        HttpResponse<String> stored = http.form("/exchange/import", Map.of("token", token.group(1), "validRowsOnly", "true",
                "_csrf", http.csrf("/exchange")));
        assertThat(stored.statusCode()).isEqualTo(302);
        String job = stored.headers().firstValue("Location").orElseThrow().replaceAll(".*/jobs/", "");
        assertThat(http.get("/jobs/" + job).body()).contains("id=\"job-status\"");
        String status = awaitEnd(http, job);
        assertThat(status).contains("id=\"job-done\"", "Stored 1 records; skipped 1 invalid rows.");
        accounts.create("job-onlooker", "onlooker-password-1", Role.ADMIN, false);
        Http other = Http.loggedIn(port, "job-onlooker", "onlooker-password-1");
        assertThat(other.get("/jobs/" + job).statusCode()).as("someone else's job is not found").isEqualTo(404);
        HttpResponse<String> again = http.form("/exchange/import", Map.of("token", token.group(1),
                "_csrf", http.csrf("/exchange")));
        assertThat(again.statusCode()).isEqualTo(404);
        HttpResponse<String> export = http.get("/exchange/export?format=csv&lang=ko");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        assertThat(export.body()).contains("FICTIONAL page import", "강간").doesNotContain("FICTIONAL bad");
    }

    @Test
    void aPartnerExportFromThePageKeepsOnlyPersonsWhoConsentedToSharingWithThatPartner() {
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        String partner = java.net.URLEncoder.encode("Partner archive (fictional)", StandardCharsets.UTF_8);
        String shared = http.get("/exchange/export?format=json&partner=" + partner).body();
        assertThat(shared).contains("Witness A-01").doesNotContain("Witness A-02", "구술자 K-3");
        String internal = http.get("/exchange/export?format=json").body();
        assertThat(internal).contains("Witness A-01", "Witness A-02");
        String check = http.get("/exchange/check?partner=" + partner).body();
        assertThat(check).contains("id=\"export-summary\"", "no active consent to sharing with this partner")
                .doesNotContain("Witness A-02");
    }
}
