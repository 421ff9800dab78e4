package org.recourse.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recourse.support.TestAccounts.ADMIN;
import static org.recourse.support.TestAccounts.ADMIN_PASSWORD;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recourse.coding.CodeActForm;
import org.recourse.coding.Coding;
import org.recourse.coding.IncidentForm;
import org.recourse.coding.PerpetratorForm;
import org.recourse.indexing.internal.IndexFeeder;
import org.recourse.search.SearchIndex;
import org.recourse.search.SearchResult;
import org.recourse.search.SortOrder;
import org.recourse.security.Caller;
import org.recourse.support.Http;
import org.recourse.support.RecourseTest;
import org.recourse.testimony.Consent;
import org.recourse.testimony.Person;
import org.recourse.testimony.PersonForm;
import org.recourse.testimony.PersonRegistry;
import org.recourse.testimony.SourceForm;
import org.recourse.testimony.SourceRegistry;
import org.recourse.testimony.Testimony;
import org.recourse.testimony.TestimonyForm;
import org.recourse.testimony.TestimonyRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Search kept in step with the database: new words are found at once, codes become facets, withdrawn words vanish. */
@RecourseTest
class SearchInApplicationIntegrationTests {

    @Autowired PassageSearch search;
    @Autowired SourceRegistry sources;
    @Autowired PersonRegistry persons;
    @Autowired TestimonyRegistry testimonies;
    @Autowired Coding coding;
    @Autowired IndexFeeder feeder;
    @Autowired SearchIndex index;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    @Test
    void aRecordedTestimonyIsFoundByAnInflectedKoreanFormAtOnce() {
        String marker = marker();
        Testimony t = record(null, "그때 보위부에서 " + marker + " 조사를 받았습니다. (가상)", "ko");
        awaitIds("보위부 " + marker, ids -> ids.contains(t.id().toString()));
    }

    @Test
    void codingAPassageMakesItsCodesSearchableAsFacetsAndFilters() {
        String marker = marker();
        Testimony t = coded("At the holding centre the guards beat " + marker + " every night. (fictional)", "2004",
                "physical_assault");

        awaitIds(marker + " violation:physical_assault year:2000..2005", ids -> ids.contains(t.id().toString()));
        assertThat(testimonyIds(marker + " violation:rape")).doesNotContain(t.id().toString());
        SearchResult r = search.search(marker, SortOrder.RELEVANCE, 0, 20, Caller.SYSTEM);
        assertThat(r.facets().get("perpetrator")).anySatisfy(f -> assertThat(f.code()).isEqualTo("detention_guard"));
    }

    @Test
    void withdrawingConsentRemovesTheSpeakersPassagesFromResultsCountsAndFacets() {
        String marker = marker();
        Person speaker = persons.record(new PersonForm("Search witness " + marker, Set.of("INTERVIEWEE"), "female", "30s",
                "", "", ""));
        Consent consent = persons.grant(speaker.id(), "internal_analysis", "");
        Testimony t = record(speaker, "The broker sold her to a farmer " + marker + ". (fictional)", "en");
        awaitIds(marker, ids -> ids.size() == 1);

        persons.withdraw(consent.id());
        awaitIds(marker, List::isEmpty);
        SearchResult after = search.search(marker, SortOrder.RELEVANCE, 0, 20, Caller.SYSTEM);
        assertThat(after.total()).isZero();
        assertThat(after.hits()).isEmpty();
        assertThat(after.facets().values()).allSatisfy(list -> assertThat(list).isEmpty());
        assertThat(t.id()).isNotNull();
    }

    @Test
    void aTestimonyCommittedButNotYetIndexedIsIndexedAtTheNextStart() {
        String marker = marker();
        Testimony t = record(null, "Written just before a crash " + marker + ". (fictional)", "en");
        awaitIds(marker, ids -> ids.size() == 1);
        index.deleteByTestimony(t.id().toString());
        index.commit();
        index.refresh();
        jdbc.sql("INSERT INTO search_outbox (testimony_id, queued_at) VALUES (:t, :at)").param("t", t.id().toString())
                .param("at", Instant.now().toString()).update();
        assertThat(testimonyIds(marker)).isEmpty();

        feeder.run(null);
        assertThat(testimonyIds(marker)).containsExactly(t.id().toString());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM search_outbox").query(Long.class).single()).isZero();
    }

    @Test
    void theSearchPageAndApiAnswerAndAMalformedQueryIsNamedNotA500() {
        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> page = http.get(results(http, "보위부"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("hit-count");
        HttpResponse<String> bad = http.get(results(http, "(unclosed AND"));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).doesNotContain("Exception");
        HttpResponse<String> api = Http.anonymous(port).apiGet("/api/search?q=%28unclosed", ADMIN, ADMIN_PASSWORD);
        assertThat(api.statusCode()).isEqualTo(422);
        assertThat(Http.anonymous(port).get("/api/search?q=x").statusCode()).isEqualTo(401);
    }

    @Test
    void aFilterOnABroaderTermFindsPassagesCodedWithTheTermsUnderIt() {
        String marker = marker();
        Testimony t = coded("A guard at the holding centre raped " + marker + ". (fictional)", "2006", "rape");
        awaitIds(marker + " violation:rape", ids -> ids.contains(t.id().toString()));

        assertThat(testimonyIds(marker + " violation:sexual_violence")).contains(t.id().toString());
        assertThat(testimonyIds(marker + " violation:sexual_violence,torture")).contains(t.id().toString());
        assertThat(testimonyIds(marker + " violation:sexual_assault")).doesNotContain(t.id().toString());
        assertThat(testimonyIds(marker + " -violation:sexual_violence")).doesNotContain(t.id().toString());
    }

    @Test
    void aFilterOnACodeNoVocabularyHoldsIsNamedInsteadOfFindingNothing() {
        String marker = marker();
        Testimony t = record(null, "The guards beat " + marker + " at the holding centre. (fictional)", "en");
        awaitIds(marker, ids -> ids.contains(t.id().toString()));

        assertThatThrownBy(() -> search.search(marker + " (violation:physical_assault OR perpetrator:gaurd)",
                SortOrder.RELEVANCE, 0, 20, Caller.SYSTEM))
                .isInstanceOf(org.recourse.shared.InvalidInputException.class)
                .hasMessageContaining("perpetrator:gaurd at character").hasMessageContaining("perpetrator vocabulary");
        assertThat(search.search(marker + " violation:Physical_Assault,rape country:north_korea \"violation:nonsense\"",
                SortOrder.RELEVANCE, 0, 20, Caller.SYSTEM).total()).as("known codes, any case; a phrase is words").isZero();
        assertThat(search.search(marker + " location:pretrial_detention,market", SortOrder.RELEVANCE, 0, 20, Caller.SYSTEM)
                .total()).isZero();

        Http http = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> page = http.get(results(http, marker + " violation:nonsense"));
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("violation:nonsense").doesNotContain("Exception");
    }

    /** The address of a search's results: the form is posted, and the answer's address holds no words. */
    private static String results(Http http, String query) {
        return http.post("/search", "/search", java.util.Map.of("q", query)).headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "");
    }

    /** A testimony whose whole text is coded as one act by a detention guard in a holding centre. */
    private Testimony coded(String text, String year, String violation) {
        Testimony t = record(null, text, "en");
        coding.codeAct(new CodeActForm("", new IncidentForm("Incident (fictional)", "", year, "pretrial_detention",
                "north_korea", "", ""), t.id().toString(), "body", 0, text.length(), violation, "",
                List.of(new PerpetratorForm("detention_guard", "", "direct"))));
        return t;
    }

    private Testimony record(Person speaker, String body, String language) {
        String source = sources.record(new SourceForm("interview", "Search test (fictional)", "", "", "", "", "")).id()
                .toString();
        return testimonies.record(new TestimonyForm(source, speaker == null ? "" : speaker.id().toString(),
                "Search test (fictional)", language, body, "", "", ""));
    }

    private List<String> testimonyIds(String query) {
        index.refresh();
        return search.search(query, SortOrder.RELEVANCE, 0, 50, Caller.SYSTEM).hits().stream().map(h -> h.testimonyId()).toList();
    }

    /** A committed write is searchable within a second: wait at most that long (plus slack for a loaded machine). */
    private void awaitIds(String query, java.util.function.Predicate<List<String>> condition) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                .pollInterval(java.time.Duration.ofMillis(50)).until(() -> condition.test(testimonyIds(query)));
    }

    private static String marker() {
        return "zq" + org.recourse.support.Markers.letters(8);
    }
}
