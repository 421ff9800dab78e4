package org.recourse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.support.TestAccounts.ADMIN;
import static org.recourse.support.TestAccounts.ADMIN_PASSWORD;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recourse.coding.CodeActForm;
import org.recourse.coding.Coding;
import org.recourse.coding.IncidentForm;
import org.recourse.coding.IncidentId;
import org.recourse.support.Http;
import org.recourse.support.Markers;
import org.recourse.support.RecourseTest;
import org.recourse.testimony.SourceForm;
import org.recourse.testimony.SourceRegistry;
import org.recourse.testimony.TestimonyForm;
import org.recourse.testimony.TestimonyRegistry;
import org.recourse.vocabulary.Schemes;
import org.recourse.vocabulary.TermForm;
import org.recourse.vocabulary.Vocabulary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The estimation page: an uploaded capture table, and the collection's own incidents across its sources. */
@RecourseTest
class EstimatePageIntegrationTests {

    @LocalServerPort int port;
    @Autowired Vocabulary vocabulary;
    @Autowired SourceRegistry sources;
    @Autowired TestimonyRegistry testimonies;
    @Autowired Coding coding;

    @Test
    void theViolationFilterIsAChoiceOfTermsInTheReadersLanguageAndKeepsItsChoice() {
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);

        String ko = http.get("/estimates?lang=ko").body();
        HttpResponse<String> refused = http.form("/estimates/collection", Map.of("method", "loglinear",
                "violation", "infanticide", "_csrf", http.csrf("/estimates")));

        assertThat(ko).contains("<select name=\"violation\">", "<option value=\"rape\">강간</option>")
                .doesNotContain("placeholder=\"sexual_violence\"");
        assertThat(refused.body()).contains("<option value=\"infanticide\" selected=\"selected\">");
    }

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

    /**
     * Filtered by a violation of its own: the whole collection, shared with other test classes,
     * can hold more sources than the 20 lists an estimate takes.
     */
    @Test
    void theCollectionsOwnIncidentsCanBeEstimatedAcrossItsSources() {
        String code = "est_" + Markers.letters(8).toLowerCase();
        vocabulary.add(Schemes.VIOLATION, new TermForm(code, "", "Estimate page test", "추정 시험", ""));
        String run = Markers.letters(6);
        List<String> lists = List.of(source("Estimate list A " + run), source("Estimate list B " + run),
                source("Estimate list C " + run));
        Map.of("100", 4, "010", 3, "001", 3, "110", 2, "101", 2, "011", 1, "111", 1).forEach((pattern, count) -> {
            for (int n = 0; n < count; n++) {
                incident(code, lists, pattern);
            }
        });
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> r = http.form("/estimates/collection", Map.of("method", "lcmcr", "violation", code,
                "_csrf", http.csrf("/estimates")));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"estimate-result\"", "LCMCR", "Estimate list C " + run, "credible",
                "<dd id=\"observed\">16</dd>");
    }

    private String source(String title) {
        return sources.record(new SourceForm("interview", title + " (fictional)", "", "", "", "", "")).id().toString();
    }

    /** An incident told in the sources whose pattern digit is 1, one act coded from the first. */
    private void incident(String violation, List<String> lists, String pattern) {
        IncidentId id = null;
        for (int i = 0; i < lists.size(); i++) {
            if (pattern.charAt(i) != '1') {
                continue;
            }
            String t = testimonies.record(new TestimonyForm(lists.get(i), "", "Estimate (fictional)", "en",
                    "A fictional passage for the estimate page.", "", "", "")).id().toString();
            if (id == null) {
                id = coding.createIncidentWithActs(new IncidentForm("Estimate case (fictional)", "", "2005", "", "", "", ""),
                        List.of(new CodeActForm(null, null, t, "body", 0, 10, violation, null, List.of())));
            } else {
                coding.linkPassage(id, t, "body", 0, 10);
            }
        }
    }

    private static Path sharedData() {
        String env = System.getenv("RECOURSE_SHARED_DATA");
        return Path.of(env == null || env.isBlank() ? "../shared/data" : env);
    }
}
