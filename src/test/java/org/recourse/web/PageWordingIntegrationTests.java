package org.recourse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.support.TestAccounts.ADMIN;
import static org.recourse.support.TestAccounts.ADMIN_PASSWORD;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.recourse.support.Http;
import org.recourse.support.Markers;
import org.recourse.support.RecourseTest;
import org.recourse.testimony.SourceRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an investigator met walking through the pages: words left in English or in code on Korean pages,
 * a refused form that lost its page, and a 4 MB font fetched again on every page. Fictional data only.
 */
@RecourseTest
class PageWordingIntegrationTests {

    @LocalServerPort int port;
    @Autowired SourceRegistry sources;

    @Test
    void aKoreanIncidentPageNamesThePartOfTheTestimonyInKorean() {
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        Matcher incident = Pattern.compile("href=\"(/incidents/[0-9a-f-]{36})\"").matcher(http.get("/incidents").body());
        assertThat(incident.find()).isTrue();

        String page = http.get(incident.group(1) + "?lang=ko").body();

        assertThat(page).containsPattern("<small>(녹취록|번역) \\d+–\\d+</small>").doesNotContainPattern("<small>body \\d");
    }

    @Test
    void aRefusedFormOnAKoreanPageNamesItsFieldsAndProblemsInKorean() {
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        http.get("/sources?lang=ko");

        HttpResponse<String> r = http.form("/sources", Map.of("kind", "document", "title", "", "obtainedOn", "어제",
                "_csrf", http.csrf("/sources")));
        String results = http.post("/search", "/search", Map.of("q", "guard AND (")).headers().firstValue("Location")
                .orElseThrow().replaceFirst("^https?://[^/]+", "");
        String search = http.get(results).body();

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("제목</strong>: <span>입력해야 합니다</span>", "입수일</strong>: <span>날짜가 아닙니다")
                .doesNotContain("is required", "not a date");
        assertThat(search).contains("검색어</strong>: <span>11번째 글자의 &#39;(&#39;가 닫히지 않았습니다</span>");
        http.get("/sources?lang=en");
        assertThat(http.form("/sources", Map.of("kind", "document", "title", "", "_csrf", http.csrf("/sources"))).body())
                .contains("data-field=\"title\">Title</strong>: <span>is required</span>");
    }

    @Test
    void aKoreanHistoryPageGivesTimesToTheSecondInUtcAndActionsInKorean() {
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        String person = person(http, "History W-" + Markers.letters(5), "fictional potter");

        String page = http.get(person + "/history?lang=ko").body();

        assertThat(page).containsPattern("<td>\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC</td>").contains("<td>생성</td>")
                .doesNotContainPattern("T\\d{2}:\\d{2}:\\d{2}\\.\\d+Z");
    }

    @Test
    void anAccessTokenShowsItsDatesToTheMinuteInUtc() {
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        assertThat(http.post("/account", "/account/tokens", Map.of("name", "fictional-cli-" + Markers.letters(4),
                "role", "VIEWER", "days", "30")).statusCode()).isIn(200, 302);

        String page = http.get("/account").body();

        assertThat(page).containsPattern("<td>\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC</td>")
                .doesNotContainPattern("<td>\\d{4}-\\d{2}-\\d{2}T");
    }

    @Test
    void accountRolesAreWordsOfThePageLanguage() {
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);

        assertThat(http.get("/admin/accounts?lang=ko").body()).contains("관리자", "열람자").doesNotContain(">VIEWER<");
        assertThat(http.get("/account?lang=en").body()).contains("administrator").doesNotContain(">ADMIN<");
    }

    @Test
    void aRefusedConsentIsShownOnThePersonPageWithTheChoiceKept() {
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        String person = person(http, "Consent W-" + Markers.letters(5), "fictional weaver");

        HttpResponse<String> refused = http.post(person, person + "/consents", Map.of("use", "SHARING", "partner", ""));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"consent-form\"", "partner", "<option value=\"SHARING\" selected=\"selected\">");
        assertThat(http.post(person, person + "/consents", Map.of("use", "SHARING", "partner", "Fictional partner"))
                .statusCode()).isEqualTo(302);
    }

    @Test
    void aPersonWhoWithdrewEverythingOffersNoAccessToTheDestroyedIdentity() {
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        String person = person(http, "Withdrawn W-" + Markers.letters(5), "fictional baker");
        assertThat(http.get(person).body()).contains("/identity/grants\"");

        assertThat(http.post(person + "/withdraw-all", person + "/withdraw-all", Map.of()).statusCode()).isEqualTo(302);

        assertThat(http.get(person).body()).doesNotContain("/identity/grants\"", "/identity/reveal\"");
    }

    @Test
    void theReviewQueueSaysHowFieldsAgreeInTheReadersLanguageWithoutEmptySeparators() {
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        String occupation = "fictional rope maker " + Markers.letters(6).toLowerCase();
        List<String> twoSources = sources.all().stream().limit(2).map(s -> s.id().toString()).toList();
        for (int i = 0; i < 2; i++) {
            String speaker = person(http, "Review W-" + i + Markers.letters(4), occupation).replace("/persons/", "");
            HttpResponse<String> t = http.post("/testimonies/new", "/testimonies", Map.of("sourceId", twoSources.get(i),
                    "speakerId", speaker, "title", "Rope maker's account " + i + " (fictional)", "language", "en",
                    "body", "(Fictional.) I made rope and sold it at the market."));
            assertThat(t.statusCode()).isEqualTo(302);
        }

        String ko = http.get("/review?lang=ko").body();
        String en = http.get("/review?lang=en").body();

        assertThat(ko).contains(occupation, "같음").doesNotContain(">exact<", ">missing<");
        assertThat(en).contains(occupation, "the same").doesNotContain(">exact<");
        assertThat(en).doesNotContainPattern("· *·").doesNotContainPattern("· *</span>");
    }

    @Test
    void theStylesheetAndHangulFontAreRevalidatedNotDownloadedOnEveryPage() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : new String[] {"/fonts/NanumGothic.ttf", "/css/recourse.css"}) {
            URI uri = URI.create("http://localhost:" + port + path);
            HttpResponse<Void> first = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(first.headers().firstValue("Cache-Control").orElse("")).as(path).doesNotContain("no-store");
            String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

            HttpResponse<Void> again = client.send(HttpRequest.newBuilder(uri).header("If-Modified-Since", lastModified).build(),
                    HttpResponse.BodyHandlers.discarding());

            assertThat(again.statusCode()).as(path).isEqualTo(304);
        }
    }

    /** Records a person through the form and returns its page's path. */
    private static String person(Http http, String pseudonym, String occupation) {
        HttpResponse<String> r = http.post("/persons", "/persons", Map.of("pseudonym", pseudonym, "roles", "INTERVIEWEE",
                "gender", "female", "ageBand", "30s", "occupation", occupation, "departurePeriod", "2015-2019", "province", ""));
        assertThat(r.statusCode()).isEqualTo(302);
        return r.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }
}
