package org.recourse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.support.TestAccounts.ADMIN;
import static org.recourse.support.TestAccounts.ADMIN_PASSWORD;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.recourse.support.Http;
import org.recourse.support.RecourseTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The exchange page: upload, preview with the validation report, confirmation; export downloads. Fictional data. */
@RecourseTest
class ExchangePageIntegrationTests {

    @LocalServerPort int port;

    @Test
    void anUploadIsPreviewedWithRowAndColumnAndStoredOnlyOnConfirmation() {
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        byte[] csv = ("title,date,violation\nFICTIONAL page import,2004,rape\nFICTIONAL bad,2004-31,rape\n")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> preview = http.upload("/exchange/upload", "file", "page.csv", csv,
                Map.of("_csrf", http.csrf("/exchange")));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("id=\"validation-report\"", "<td>3</td><td>date</td>");
        Matcher token = Pattern.compile("name=\"token\" value=\"([0-9a-f]{48})\"").matcher(preview.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> stored = http.form("/exchange/import", Map.of("token", token.group(1), "validRowsOnly", "true",
                "_csrf", http.csrf("/exchange")));
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(stored.body()).contains("id=\"import-result\"", "Stored 1 records; skipped 1 invalid rows.");
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
