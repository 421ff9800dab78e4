package org.recourse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.support.TestAccounts.ADMIN;
import static org.recourse.support.TestAccounts.ADMIN_PASSWORD;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.recourse.coding.CodeActForm;
import org.recourse.coding.Coding;
import org.recourse.coding.IncidentForm;
import org.recourse.coding.PerpetratorForm;
import org.recourse.indexing.PassageSearch;
import org.recourse.search.SortOrder;
import org.recourse.security.Caller;
import org.recourse.support.Http;
import org.recourse.support.Markers;
import org.recourse.support.RecourseTest;
import org.recourse.testimony.SourceForm;
import org.recourse.testimony.SourceRegistry;
import org.recourse.testimony.Testimony;
import org.recourse.testimony.TestimonyForm;
import org.recourse.testimony.TestimonyRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an investigator searches for (a name, a village) may identify someone: it must never be
 * in an address, where the browser's history, bookmarks and logs keep it.
 */
@RecourseTest
class SearchWordsStayOutOfUrlsIntegrationTests {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    @Autowired SourceRegistry sources;
    @Autowired TestimonyRegistry testimonies;
    @Autowired Coding coding;
    @Autowired PassageSearch search;
    @LocalServerPort int port;

    @Test
    void aPostedSearchIsAnsweredByAPageWhoseAddressAndLinksHoldNoneOfItsWords() {
        String marker = "zq" + Markers.letters(8);
        String korean = Markers.hangul(3);
        for (int i = 0; i < SEARCH_PAGE + 1; i++) {
            record("The guards at the holding centre beat " + marker + " " + korean + " on day " + i + ". (fictional)");
        }
        Testimony coded = record("At the holding centre the guards beat " + marker + " " + korean + " again. (fictional)");
        coding.codeAct(new CodeActForm("", new IncidentForm("Beatings (fictional)", "", "2004", "pretrial_detention",
                "north_korea", "", ""), coded.id().toString(), "body", 0, 10, "physical_assault", "",
                List.of(new PerpetratorForm("detention_guard", "", "direct"))));
        awaitHits(marker, SEARCH_PAGE + 2);
        awaitHits(marker + " violation:physical_assault", 1);
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);

        HttpResponse<String> posted = http.post("/search", "/search", Map.of("q", marker + " " + korean, "sort", "newest"));
        assertThat(posted.statusCode()).isEqualTo(302);
        String results = posted.headers().firstValue("Location").orElseThrow();
        assertThat(results).matches(".*/search\\?r=[A-Za-z0-9_-]{16}");

        HttpResponse<String> first = http.get(path(results));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("hit-count").contains("value=\"" + marker + " " + korean + "\"");
        List<String> links = links(first.body());
        assertThat(links).anySatisfy(l -> assertThat(l).contains("add=violation"))
                .anySatisfy(l -> assertThat(l).contains("page=1"));
        assertThat(links).allSatisfy(l -> assertNoWords(l, marker, korean));

        String nextPage = links.stream().filter(l -> l.contains("page=1")).findFirst().orElseThrow();
        HttpResponse<String> second = http.get(unescape(nextPage));
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("class=\"hit\"");

        String facet = links.stream().filter(l -> l.contains("add=violation%3Aphysical_assault")
                || l.contains("add=violation:physical_assault")).findFirst().orElseThrow();
        HttpResponse<String> narrowed = http.get(unescape(facet));
        assertThat(narrowed.statusCode()).isEqualTo(302);
        String narrowedResults = narrowed.headers().firstValue("Location").orElseThrow();
        assertNoWords(narrowedResults, marker, korean);
        HttpResponse<String> facetPage = http.get(path(narrowedResults));
        assertThat(facetPage.body()).contains("violation:physical_assault").contains(coded.id().toString());
    }

    @Test
    void anotherSessionCannotReadASearchByItsAddress() {
        String marker = "zq" + Markers.letters(8);
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        String results = http.post("/search", "/search", Map.of("q", marker)).headers().firstValue("Location").orElseThrow();

        HttpResponse<String> elsewhere = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD).get(path(results));
        assertThat(elsewhere.statusCode()).isEqualTo(200);
        assertThat(elsewhere.body()).contains("search-expired").doesNotContain(marker);
        assertThat(Http.anonymous(port).get(path(results)).statusCode()).isEqualTo(302);
    }

    @Test
    void anOldLinkWithTheWordsIsRedirectedToAnAddressWithoutThem() {
        String marker = "zq" + Markers.letters(8);
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> old = http.get("/search?q=" + marker);
        assertThat(old.statusCode()).isEqualTo(302);
        assertNoWords(old.headers().firstValue("Location").orElseThrow(), marker, marker);
        assertThat(http.get(path(old.headers().firstValue("Location").orElseThrow())).body()).contains("hit-count");
    }

    @Test
    void aMalformedQueryOrFacetIsNamedOnThePageNotA500() {
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        String results = http.post("/search", "/search", Map.of("q", "(unclosed AND")).headers().firstValue("Location")
                .orElseThrow();
        HttpResponse<String> bad = http.get(path(results));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).doesNotContain("Exception").contains("value=\"(unclosed AND\"");

        String fine = http.post("/search", "/search", Map.of("q", "guards")).headers().firstValue("Location").orElseThrow();
        HttpResponse<String> wrongFacet = http.get(path(fine) + "&add=" + enc("free text here"));
        assertThat(wrongFacet.statusCode()).isEqualTo(422);
        assertThat(wrongFacet.body()).contains("add");
        assertThat(http.post("/search", "/search", Map.of("q", "  ")).headers().firstValue("Location").orElseThrow())
                .endsWith("/search");
    }

    @Test
    void theApiTakesTheQueryInABody() {
        String marker = "zq" + Markers.letters(8);
        Testimony t = record("A broker in the border town sold " + marker + ". (fictional)");
        awaitHits(marker, 1);
        Http api = Http.anonymous(port);

        HttpResponse<String> found = api.apiPost("/api/search", "{\"q\": \"" + marker + "\", \"size\": 5}", ADMIN,
                ADMIN_PASSWORD);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains(t.id().toString());
        assertThat(api.apiPost("/api/search", "{\"size\": 5}", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(422);
        assertThat(api.apiPost("/api/search", "{\"q\": \"x\", \"size\": 500}", ADMIN, ADMIN_PASSWORD).statusCode())
                .isEqualTo(422);
        assertThat(api.apiPost("/api/search", "{\"q\": \"(unclosed\"}", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(422);
        assertThat(Http.anonymous(port).form("/api/search", Map.of("q", marker)).statusCode()).isIn(401, 403);
    }

    private static final int SEARCH_PAGE = 20;

    private Testimony record(String body) {
        String source = sources.record(new SourceForm("interview", "Search address test (fictional)", "", "", "", "", ""))
                .id().toString();
        return testimonies.record(new TestimonyForm(source, "", "Search address test (fictional)", "en", body, "", "", ""));
    }

    private void awaitHits(String query, int atLeast) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> search.search(query, SortOrder.RELEVANCE, 0, 50, Caller.SYSTEM).total() >= atLeast);
    }

    private static void assertNoWords(String address, String latin, String hangul) {
        String decoded = java.net.URLDecoder.decode(address, StandardCharsets.UTF_8);
        assertThat(decoded).doesNotContain(latin).doesNotContain(hangul).doesNotContain("q=");
    }

    private static List<String> links(String html) {
        Matcher m = HREF.matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            if (m.group(1).contains("/search")) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    private static String path(String location) {
        return location.replaceFirst("^https?://[^/]+", "");
    }

    private static String unescape(String href) {
        return href.replace("&amp;", "&");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
