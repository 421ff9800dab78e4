package org.recourse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.support.TestAccounts.ADMIN;
import static org.recourse.support.TestAccounts.ADMIN_PASSWORD;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.recourse.support.Http;
import org.recourse.support.RecourseTest;
import org.recourse.testimony.SourceRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The reader lists each suggested code once, with its first places, however often a transcript names it. Fictional text. */
@RecourseTest
class ReaderSuggestionsIntegrationTests {

    private static final Pattern USE = Pattern.compile("class=\"use-suggestion\"[^>]*data-value=\"market\"");

    @LocalServerPort int port;
    @Autowired SourceRegistry sources;

    @Test
    void aCodeNamedInManyPlacesIsOneSuggestionWithItsFirstPlacesAndCanBeRejectedEverywhereAtOnce() {
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        String reader = create(http, "Eight market days (fictional)",
                "(Fictional.) On market day we met at the market again. ".repeat(8) + "Police beat her at the station.");
        String page = http.get(reader).body();
        assertThat(USE.matcher(page).results().count()).isEqualTo(5);
        assertThat(page).contains("16 places", "and 11 more places", "Reject all 16");

        HttpResponse<String> rejected = http.post(reader, reader + "/suggestions/reject",
                Map.of("part", "body", "field", "locationType", "value", "market"));
        assertThat(rejected.statusCode()).isEqualTo(302);
        String after = http.get(reader).body();
        assertThat(USE.matcher(after).results().count()).isZero();
        assertThat(after).contains("data-value=\"physical_assault\"");
    }

    @Test
    void aLongTranscriptThatRepeatsACodeThousandsOfTimesGetsAPageOfBoundedSize() {
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        String text = "(가상) 그날 장마당에서 단속이 있었고 우리는 모두 흩어졌다. ".repeat(3_000);
        String page = http.get(create(http, "긴 증언 (가상)", text)).body();
        assertThat(USE.matcher(page).results().count()).isEqualTo(5);
        assertThat(page).contains("3,000 places", "Reject all 3,000");
        // The transcript itself is about 3 bytes per character in the page; the suggestions add little to it.
        assertThat(page.length()).isLessThan(text.length() + 100_000);
    }

    @Test
    void aSuggestedDateOfOneYearReadsAsThatYear() {
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        String page = http.get(create(http, "One year (fictional)", "(Fictional.) In 2009 the police beat her.")).body();

        assertThat(page).contains("<strong>2009</strong>").doesNotContain(">2009..2009<");
    }

    @Test
    void aRejectionNamingNoSuggestionIsRefused() {
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        String reader = create(http, "One market (fictional)", "(Fictional.) We met at the market.");
        HttpResponse<String> r = http.post(reader, reader + "/suggestions/reject", Map.of("part", "body"));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(http.get(reader).body()).containsPattern(USE);
    }

    /** Records a testimony through the form and returns its reader's path. */
    private String create(Http http, String title, String body) {
        String source = sources.all().stream().findFirst().orElseThrow().id().toString();
        HttpResponse<String> r = http.post("/testimonies/new", "/testimonies", Map.of("sourceId", source, "title", title,
                "language", title.chars().anyMatch(c -> c >= 0xAC00) ? "ko" : "en", "body", body));
        assertThat(r.statusCode()).isEqualTo(302);
        return r.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }
}
