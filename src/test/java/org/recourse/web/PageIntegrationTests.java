package org.recourse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.support.TestAccounts.ADMIN;
import static org.recourse.support.TestAccounts.ADMIN_PASSWORD;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recourse.support.Http;
import org.recourse.support.RecourseTest;
import org.recourse.testimony.SourceRegistry;
import org.recourse.testimony.TestimonyRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Pages: behind the login form, in both languages, escaped, and a user's mistakes shown as reasons. */
@RecourseTest
class PageIntegrationTests {

    @LocalServerPort int port;
    @Autowired SourceRegistry sources;
    @Autowired TestimonyRegistry testimonies;

    @Test
    void everyPageSendsAnonymousVisitorsToTheLoginForm() {
        Http http = Http.anonymous(port);
        for (String path : new String[] {"/", "/incidents", "/testimonies", "/sources", "/persons", "/vocabulary"}) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElse("")).as(path).endsWith("/login");
        }
    }

    @Test
    void theLoginPageSpeaksKoreanWhenAskedAndSetsAStrictPolicy() {
        HttpResponse<String> ko = Http.anonymous(port).get("/login?lang=ko");
        assertThat(ko.body()).contains("로그인", "사용자 이름");
        assertThat(ko.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(ko.body()).doesNotContain("<script>");
        assertThat(Http.anonymous(port).get("/login?lang=en").body()).contains("User name");
    }

    @Test
    void textFromUsersIsAlwaysRenderedEscaped() {
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        String payload = "<script>alert('x')</script><img src=x onerror=alert(1)> 가상";
        HttpResponse<String> created = http.form("/sources", Map.of("kind", "document", "title", payload,
                "reliability", "low", "_csrf", http.csrf("/sources")));
        assertThat(created.statusCode()).isEqualTo(302);
        String page = http.get(created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).body();
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert")
                .doesNotContain("<img src=x");
    }

    @Test
    void aLongKoreanTranscriptPastedIntoTheFormIsStoredWhole() {
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        // 660,000 characters: 4.5 MB as a form post, above the servlet container's default limit of 2 MB.
        String body = "(가상) 그날 장마당에서 단속이 있었고 우리는 모두 흩어졌다. ".repeat(20_000);
        String source = sources.all().stream().findFirst().orElseThrow().id().toString();
        HttpResponse<String> r = http.form("/testimonies", Map.of("sourceId", source, "title", "긴 전사 (가상)",
                "language", "ko", "body", body, "_csrf", http.csrf("/testimonies/new")));
        assertThat(r.statusCode()).as(r.body().substring(0, Math.min(200, r.body().length()))).isEqualTo(302);
        assertThat(testimonies.all()).anySatisfy(t -> assertThat(t.title()).isEqualTo("긴 전사 (가상)"));
    }

    @Test
    void aRejectedFormIsShownAgainWithEveryProblemAnd422() {
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> r = http.form("/sources", Map.of("kind", "rumour", "title", "", "obtainedOn", "yesterday",
                "_csrf", http.csrf("/sources")));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("kind", "title", "obtainedOn", "is required");
    }

    @Test
    void everyPageRendersForALoggedInUserWithAndWithoutFilters() {
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        String incidentsPage = http.get("/incidents").body();
        String incident = firstLink(incidentsPage, "/incidents/");
        String testimony = firstLink(http.get("/testimonies").body(), "/testimonies/");
        String source = firstLink(http.get("/sources").body(), "/sources/");
        String person = firstLink(http.get("/persons").body(), "/persons/");
        for (String path : new String[] {"/", "/incidents", "/incidents?violation=sexual_violence&from=2000&to=2010",
                "/incidents?perpetrator=official&country=north_korea&location=detention", "/incidents?from=abc",
                incident, testimony, source, person, "/testimonies/new", "/vocabulary", "/vocabulary/violation",
                "/vocabulary/violation/rape", "/sources?lang=ko", "/incidents?lang=ko", testimony + "?lang=ko"}) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.body()).as(path).contains("</html>");
        }
    }

    private static String firstLink(String html, String prefix) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"(" + prefix + "[0-9a-f-]{36})\"").matcher(html);
        assertThat(m.find()).as("a link to " + prefix).isTrue();
        return m.group(1);
    }

    @Test
    void aMissingRecordIsA404PageNotAnError() {
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        assertThat(http.get("/incidents/00000000-0000-0000-0000-000000000000").statusCode()).isEqualTo(404);
        assertThat(http.get("/testimonies/not-a-uuid").statusCode()).isEqualTo(404);
        assertThat(http.get("/vocabulary/nonsense").statusCode()).isEqualTo(404);
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> r = http.form("/sources", Map.of("kind", "document", "title", "No token (fictional)"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(http.get("/sources").body()).doesNotContain("No token (fictional)");
    }
}
