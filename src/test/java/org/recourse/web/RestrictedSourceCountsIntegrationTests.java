package org.recourse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.support.TestAccounts.ADMIN;
import static org.recourse.support.TestAccounts.ADMIN_PASSWORD;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.recourse.analysis.CaptureTable;
import org.recourse.audit.AuditLog;
import org.recourse.coding.CodeActForm;
import org.recourse.coding.Coding;
import org.recourse.coding.IncidentFilter;
import org.recourse.coding.IncidentForm;
import org.recourse.coding.IncidentId;
import org.recourse.corroboration.CaptureHistories;
import org.recourse.corroboration.Corroboration;
import org.recourse.corroboration.LinkKind;
import org.recourse.corroboration.Verdict;
import org.recourse.security.Accounts;
import org.recourse.security.Caller;
import org.recourse.security.Role;
import org.recourse.support.Http;
import org.recourse.support.Markers;
import org.recourse.support.RecourseTest;
import org.recourse.support.SearchOutbox;
import org.recourse.testimony.Source;
import org.recourse.testimony.SourceForm;
import org.recourse.testimony.SourceRegistry;
import org.recourse.testimony.TestimonyForm;
import org.recourse.testimony.TestimonyRegistry;
import org.recourse.vocabulary.Schemes;
import org.recourse.vocabulary.TermForm;
import org.recourse.vocabulary.Vocabulary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a restricted source adds to incidents that are also told elsewhere, and to estimates from
 * the collection, stays out for users who may not see it: its passages and the acts coded only
 * from them, the counts on incident rows, filters by that source or by what only it told, and the
 * capture table of multiple systems estimation. Asking for its records by id is audited.
 */
@RecourseTest
class RestrictedSourceCountsIntegrationTests {

    static final String PASSWORD = "restricted-counts-password-1";

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired SourceRegistry sources;
    @Autowired TestimonyRegistry testimonies;
    @Autowired Coding coding;
    @Autowired Vocabulary vocabulary;
    @Autowired Corroboration corroboration;
    @Autowired CaptureHistories captures;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;

    @Test
    void anIncidentShowsOnlyThePassagesSourcesAndActsTheCallerMaySee() {
        String named = account("counts-named", Role.INTERVIEWER);
        String other = account("counts-other", Role.INTERVIEWER);
        Source open = source("Open interview");
        Source hidden = source("Restricted interview");
        String marker = "zc" + Markers.letters(8).toLowerCase();
        String told = "told_" + Markers.letters(8).toLowerCase();
        vocabulary.add(Schemes.VIOLATION, new TermForm(told, "", "Told only in a restricted source", "제한 출처", ""));
        IncidentId twice = incident("Told twice " + marker + " (fictional)", "physical_assault", testimony(open, marker));
        coding.linkPassage(twice, testimony(hidden), "body", 0, 10);
        String hiddenMarker = "zh" + Markers.letters(8).toLowerCase();
        coding.codeAct(new CodeActForm(twice.toString(), null, testimony(hidden, hiddenMarker), "body", 0, 10, told, null,
                List.of()));
        IncidentId hiddenOnly = incident("Told once " + marker + " (fictional)", "physical_assault", testimony(hidden));
        restricted(hidden, named); // after the coding, so the open testimony's search facets must follow the change
        Http http = Http.anonymous(port);

        assertThat(row(http, ADMIN, ADMIN_PASSWORD, twice)).isEqualTo("2 acts, 3 passages, 2 sources");
        assertThat(row(http, named, PASSWORD, twice)).isEqualTo("2 acts, 3 passages, 2 sources");
        assertThat(row(http, other, PASSWORD, twice)).as("what only the hidden source told is not counted")
                .isEqualTo("1 acts, 1 passages, 1 sources");
        assertThat(http.apiGet("/api/incidents", other, PASSWORD).body()).doesNotContain(hiddenOnly.toString(), told);
        assertThat(Http.loggedIn(port, other, PASSWORD).get("/incidents").body()).contains("Told twice " + marker)
                .doesNotContain("Told once " + marker);
        String detail = http.apiGet("/api/incidents/" + twice, other, PASSWORD).body();
        assertThat(detail).contains(open.id().toString(), "physical_assault").doesNotContain(hidden.id().toString(), told);
        assertThat(Http.loggedIn(port, other, PASSWORD).get("/incidents/" + twice).body())
                .doesNotContain("Told only in a restricted source");
        assertThat(http.apiGet("/api/incidents/" + twice, named, PASSWORD).body()).contains(hidden.id().toString(), told);

        String byHidden = "/api/incidents?source=" + hidden.id();
        assertThat(http.apiGet(byHidden, named, PASSWORD).body()).contains(twice.toString(), hiddenOnly.toString());
        assertThat(http.apiGet(byHidden, other, PASSWORD).body())
                .as("filtering by a source hidden from the caller tells nothing about what it supports").isEqualTo("[]");
        assertThat(http.apiGet("/api/incidents?violation=" + told, named, PASSWORD).body()).contains(twice.toString());
        assertThat(http.apiGet("/api/incidents?violation=" + told, other, PASSWORD).body())
                .as("nor does filtering by a violation only the hidden source told").isEqualTo("[]");
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(http.apiGet("/api/search?q=" + hiddenMarker, named, PASSWORD).body()).contains("\"total\":1", told);
            assertThat(SearchOutbox.caughtUp(jdbc)).isTrue();
        });
        assertThat(http.apiGet("/api/search?q=" + marker, other, PASSWORD).body())
                .as("the open passage's search facets leave out what only the hidden source told")
                .contains("\"total\":1", "physical_assault").doesNotContain(told);
    }

    @Test
    void anEstimateFromTheCollectionUsesOnlyTheSourcesAndIncidentsTheCallerMaySee() {
        String named = account("estimate-named", Role.INTERVIEWER);
        String analyst = account("estimate-analyst", Role.ANALYST);
        String code = "cap_" + Markers.letters(8);
        vocabulary.add(Schemes.VIOLATION, new TermForm(code, "", "Restricted capture test", "제한 포획 시험", ""));
        String run = Markers.letters(6);
        Source a = source("Capture A " + run);
        Source b = source("Capture B " + run);
        Source h = restricted(source("Capture H " + run), named);
        IncidentId onA = incident("A only", code, testimony(a));
        IncidentId onB = incident("B only", code, testimony(b));
        incident("A and B", code, testimony(a), testimony(b));
        IncidentId onH = incident("H only", code, testimony(h));
        incident("A and H", code, testimony(a), testimony(h));
        corroboration.decide(LinkKind.INCIDENT, onA.toString(), onH.toString(), Verdict.LINKED);
        corroboration.decide(LinkKind.INCIDENT, onH.toString(), onB.toString(), Verdict.LINKED);
        IncidentFilter filter = new IncidentFilter(Optional.of(code), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());

        CaptureTable seen = table(filter, new Caller(analyst, Role.ANALYST));
        assertThat(seen.lists()).as("a source hidden from the caller is no list").hasSize(2)
                .noneMatch(l -> l.startsWith("Capture H"));
        assertThat(histories(seen)).as("incidents told only in it are no cases, and no link through them joins two cases")
                .containsExactlyInAnyOrder("10:2", "01:1", "11:1");
        CaptureTable all = table(filter, new Caller(named, Role.INTERVIEWER));
        assertThat(all.lists()).hasSize(3);
        assertThat(histories(all)).as("lists A, B, H; A-H-B linked into one case")
                .containsExactlyInAnyOrder("111:1", "110:1", "101:1");

        Http page = Http.loggedIn(port, analyst, PASSWORD);
        HttpResponse<String> r = page.form("/estimates/collection", Map.of("violation", code, "method", "loglinear",
                "_csrf", page.csrf("/estimates")));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"visible-only\"", "Capture A " + run).doesNotContain("Capture H " + run);
        Http admin = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        assertThat(admin.form("/estimates/collection", Map.of("violation", code, "method", "loglinear",
                "_csrf", admin.csrf("/estimates"))).body()).contains("Capture H " + run).doesNotContain("visible-only");
    }

    @Test
    void askingByIdForARecordOrTheFilesOfAHiddenSourceIsAnsweredNotFoundAndAudited() {
        String named = account("refused-named", Role.INTERVIEWER);
        String other = account("refused-other", Role.INTERVIEWER);
        Source hidden = restricted(source("Refused interview"), named);
        String testimony = testimony(hidden);
        IncidentId incident = incident("Refused incident (fictional)", "physical_assault", testimony);
        Http http = Http.anonymous(port);
        Http page = Http.loggedIn(port, other, PASSWORD);

        for (String path : List.of("/api/sources/" + hidden.id(), "/api/sources/" + hidden.id() + "/files",
                "/api/testimonies/" + testimony, "/api/incidents/" + incident)) {
            assertThat(http.apiGet(path, named, PASSWORD).statusCode()).as(path).isEqualTo(200);
            assertThat(http.apiGet(path, other, PASSWORD).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(page.get("/sources/" + hidden.id()).statusCode()).isEqualTo(404);
        assertThat(http.apiGet("/api/sources/" + UUID.randomUUID(), other, PASSWORD).statusCode())
                .as("a source that does not exist").isEqualTo(404);
        assertThat(http.apiGet("/api/sources", other, PASSWORD).body()).doesNotContain(hidden.id().toString());

        assertThat(refusals("source", hidden.id().toString())).as("API, its files and page, not the list")
                .containsExactly(other + " access-refused", other + " access-refused", other + " access-refused");
        assertThat(refusals("testimony", testimony)).containsExactly(other + " access-refused");
        assertThat(refusals("incident", incident.toString())).containsExactly(other + " access-refused");
    }

    private List<String> refusals(String type, String id) {
        return audit.historyOf(type, id).stream().filter(e -> e.action().equals("access-refused"))
                .map(e -> e.actor() + " " + e.action()).toList();
    }

    @Test
    void codingCannotReachOrRevealWhatIsHiddenFromTheCoder() {
        String named = account("coding-named", Role.INTERVIEWER);
        String other = account("coding-other", Role.INTERVIEWER);
        Source open = source("Open coding interview");
        Source hidden = restricted(source("Restricted coding interview"), named);
        String hiddenTestimony = testimony(hidden);
        IncidentId twice = incident("Coded twice (fictional)", "physical_assault", testimony(open), hiddenTestimony);
        IncidentId hiddenOnly = incident("Coded once (fictional)", "physical_assault", testimony(hidden));
        Http http = Http.anonymous(port);

        HttpResponse<String> created = http.apiPost("/api/incidents", """
                {"incident": {"title": "Probe (fictional)", "date": "2004"},
                 "acts": [{"testimonyId": "%s", "part": "body", "start": 0, "end": 30, "violation": "physical_assault"}]}"""
                .formatted(hiddenTestimony), other, PASSWORD);
        assertThat(created.statusCode()).as("an act on a hidden testimony, given with a new incident").isEqualTo(422);
        assertThat(created.body()).doesNotContain("A fictional passage");
        HttpResponse<String> updated = http.apiPut("/api/incidents/" + twice,
                "{\"title\": \"Coded twice (fictional)\", \"date\": \"2004\"}", other, PASSWORD);
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.body()).as("the answer to a change shows what the caller may see")
                .doesNotContain(hidden.id().toString(), hiddenTestimony);

        String visible = testimony(open);
        Http page = Http.loggedIn(port, other, PASSWORD);
        HttpResponse<String> coded = page.form("/testimonies/" + visible + "/code", Map.of("incidentId",
                hiddenOnly.toString(), "part", "body", "start", "0", "end", "10", "violation", "physical_assault",
                "_csrf", page.csrf("/testimonies/" + visible)));
        assertThat(coded.statusCode()).as("coding onto an incident hidden from the coder").isEqualTo(422);
        assertThat(coded.body()).contains("names no incident").doesNotContain("Coded once");
        assertThat(http.apiGet("/api/incidents/" + hiddenOnly, other, PASSWORD).statusCode()).isEqualTo(404);
    }

    private CaptureTable table(IncidentFilter filter, Caller caller) {
        List<CaptureTable> tables = captures.incidentsBySource(filter, CaptureHistories.Strata.NONE, caller);
        assertThat(tables).hasSize(1);
        return tables.get(0);
    }

    private static List<String> histories(CaptureTable table) {
        return table.histories().stream().map(h -> h.pattern() + ":" + h.count()).toList();
    }

    private static String row(Http http, String user, String password, IncidentId id) {
        JsonNode rows = JsonMapper.builder().build().readTree(http.apiGet("/api/incidents", user, password).body());
        for (JsonNode row : rows) {
            JsonNode rowId = row.path("incident").path("id");
            if ((rowId.isObject() ? rowId.path("value") : rowId).asString().equals(id.toString())) {
                return row.path("acts").asInt() + " acts, " + row.path("passages").asInt() + " passages, "
                        + row.path("sources").asInt() + " sources";
            }
        }
        return "no row";
    }

    private Source source(String title) {
        return sources.record(new SourceForm("interview", title + " (fictional)", "", "", "", "", ""));
    }

    private Source restricted(Source s, String named) {
        HttpResponse<String> r = Http.anonymous(port).apiPut("/api/sources/" + s.id() + "/access",
                "{\"restricted\":true,\"users\":[\"" + named + "\"]}", ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).isEqualTo(200);
        return s;
    }

    private String testimony(Source s) {
        return testimony(s, "");
    }

    private String testimony(Source s, String marker) {
        return testimonies.record(new TestimonyForm(s.id().toString(), "", "Counts (fictional)", "en",
                "A fictional passage about a beating at the holding centre " + marker + ".", "", "", "")).id().toString();
    }

    /** An incident with one act coded from the first testimony and a passage from each further one. */
    private IncidentId incident(String title, String violation, String first, String... more) {
        IncidentId id = coding.createIncidentWithActs(new IncidentForm(title, "", "2004", "", "", "", ""),
                List.of(new CodeActForm(null, null, first, "body", 0, 10, violation, null, List.of())));
        for (String t : more) {
            coding.linkPassage(id, t, "body", 0, 10);
        }
        return id;
    }

    private String account(String prefix, Role role) {
        String name = prefix + "-" + Markers.letters(6).toLowerCase();
        accounts.create(name, PASSWORD, role, false);
        return name;
    }
}
