package org.recourse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.support.TestAccounts.ADMIN;
import static org.recourse.support.TestAccounts.ADMIN_PASSWORD;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.recourse.audit.AuditLog;
import org.recourse.coding.CodeActForm;
import org.recourse.coding.Coding;
import org.recourse.coding.IncidentCatalog;
import org.recourse.coding.IncidentForm;
import org.recourse.coding.PerpetratorForm;
import org.recourse.exchange.Exchange;
import org.recourse.exchange.ExportFormat;
import org.recourse.security.Accounts;
import org.recourse.security.Caller;
import org.recourse.security.Role;
import org.recourse.support.Http;
import org.recourse.support.Markers;
import org.recourse.support.RecourseTest;
import org.recourse.testimony.Source;
import org.recourse.testimony.SourceForm;
import org.recourse.testimony.SourceRegistry;
import org.recourse.testimony.Testimony;
import org.recourse.testimony.TestimonyForm;
import org.recourse.testimony.TestimonyRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A source restricted to named users: the named user and administrators see it, its testimony,
 * passages and the incident coded only from it; another interviewer sees none of them in lists,
 * record pages (404), the API, search hits, totals and facets, or home page counts.
 */
@RecourseTest
class RestrictedSourceIntegrationTests {

    static final String PASSWORD = "restricted-test-password-1";

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired SourceRegistry sources;
    @Autowired TestimonyRegistry testimonies;
    @Autowired IncidentCatalog incidents;
    @Autowired Coding coding;
    @Autowired AuditLog audit;
    @Autowired Exchange exchange;

    /** A source with one testimony and one incident coded only from it, all carrying a marker word. */
    record Restricted(String marker, Source source, Testimony testimony, String incidentId) {
    }

    @Test
    void onlyTheNamedUserAndAdministratorsSeeARestrictedSourceAnywhere() {
        String named = account("restricted-named");
        String other = account("restricted-other");
        Caller namedCaller = new Caller(named, Role.INTERVIEWER);
        Caller otherCaller = new Caller(other, Role.INTERVIEWER);
        long[] before = {testimonies.count(namedCaller), incidents.count(namedCaller), sources.count(namedCaller),
                testimonies.count(otherCaller), incidents.count(otherCaller), sources.count(otherCaller)};
        Restricted r = restricted(named);
        Http http = Http.anonymous(port);

        assertSees(http, named, r);
        assertSees(http, ADMIN, r);
        assertSeesNothing(http, other, r);
        assertThat(new long[] {testimonies.count(namedCaller), incidents.count(namedCaller), sources.count(namedCaller),
                testimonies.count(otherCaller), incidents.count(otherCaller), sources.count(otherCaller)})
                .as("counts: the named user's grow by one record each, the other's do not")
                .containsExactly(before[0] + 1, before[1] + 1, before[2] + 1, before[3], before[4], before[5]);
        assertThat(export(namedCaller)).contains(r.marker());
        assertThat(export(otherCaller)).doesNotContain(r.marker());
        assertThat(audit.historyOf("source", r.source().id().toString()))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("access-changed"));
    }

    @Test
    void liftingTheRestrictionShowsTheSourceAgainInSearchToo() {
        String named = account("restricted-named");
        String other = account("restricted-other");
        Restricted r = restricted(named);
        Http http = Http.anonymous(port);
        assertSeesNothing(http, other, r);

        HttpResponse<String> lift = http.apiPut("/api/sources/" + r.source().id() + "/access",
                "{\"restricted\":false,\"users\":[]}", ADMIN, ADMIN_PASSWORD);
        assertThat(lift.statusCode()).isEqualTo(200);
        assertSees(http, other, r);
    }

    @Test
    void anInterviewerCannotRestrictASourceAndNamingAnUnknownAccountIsRefused() {
        String other = account("restricted-other");
        Restricted r = restricted(account("restricted-named"));
        Http http = Http.anonymous(port);
        String body = "{\"restricted\":false,\"users\":[]}";
        assertThat(http.apiPut("/api/sources/" + r.source().id() + "/access", body, other, PASSWORD).statusCode())
                .isEqualTo(403);
        HttpResponse<String> unknown = http.apiPut("/api/sources/" + r.source().id() + "/access",
                "{\"restricted\":true,\"users\":[\"nobody-" + Markers.letters(6).toLowerCase() + "\"]}", ADMIN, ADMIN_PASSWORD);
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertSeesNothing(http, other, r);
    }

    @Test
    void theAdministratorRestrictsASourceOnItsPage() {
        String named = account("restricted-named");
        Source s = sources.record(new SourceForm("interview", "Page-restricted interview (fictional)", "", "", "", "", ""));
        Http admin = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        String token = admin.csrf("/sources/" + s.id());
        HttpResponse<String> saved = admin.form("/sources/" + s.id() + "/access",
                java.util.Map.of("restricted", "true", "users", named, "_csrf", token));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(admin.get("/sources/" + s.id()).body()).contains("restricted-notice", named);
        Http other = Http.loggedIn(port, account("restricted-other"), PASSWORD);
        assertThat(other.get("/sources/" + s.id()).statusCode()).isEqualTo(404);
        assertThat(Http.loggedIn(port, named, PASSWORD).get("/sources/" + s.id()).statusCode()).isEqualTo(200);
    }

    private void assertSees(Http http, String user, Restricted r) {
        String pw = user.equals(ADMIN) ? ADMIN_PASSWORD : PASSWORD;
        Http pages = Http.loggedIn(port, user, pw);
        assertThat(http.apiGet("/api/sources", user, pw).body()).contains(r.source().id().toString());
        assertThat(http.apiGet("/api/sources/" + r.source().id(), user, pw).statusCode()).isEqualTo(200);
        assertThat(http.apiGet("/api/testimonies", user, pw).body()).contains(r.testimony().id().toString());
        assertThat(http.apiGet("/api/testimonies/" + r.testimony().id() + "/passages", user, pw).body())
                .contains(r.incidentId());
        assertThat(http.apiGet("/api/incidents", user, pw).body()).contains(r.incidentId());
        assertThat(http.apiGet("/api/incidents/" + r.incidentId(), user, pw).statusCode()).isEqualTo(200);
        assertThat(pages.get("/sources").body()).contains(r.marker());
        assertThat(pages.get("/testimonies/" + r.testimony().id()).statusCode()).isEqualTo(200);
        assertThat(pages.get("/incidents").body()).contains(r.marker());
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                http.apiGet("/api/search?q=" + r.marker(), user, pw).body()).contains("\"total\":1", "physical_assault"));
    }

    private void assertSeesNothing(Http http, String user, Restricted r) {
        Http pages = Http.loggedIn(port, user, PASSWORD);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String found = http.apiGet("/api/search?q=" + r.marker(), user, PASSWORD).body();
            assertThat(found).contains("\"total\":0").doesNotContain(r.marker(), "physical_assault", "detention_guard");
        });
        assertThat(http.apiGet("/api/sources", user, PASSWORD).body()).doesNotContain(r.source().id().toString());
        assertThat(http.apiGet("/api/testimonies", user, PASSWORD).body()).doesNotContain(r.marker());
        assertThat(http.apiGet("/api/incidents", user, PASSWORD).body()).doesNotContain(r.marker(), r.incidentId());
        for (String path : List.of("/api/sources/" + r.source().id(), "/api/testimonies/" + r.testimony().id(),
                "/api/testimonies/" + r.testimony().id() + "/passages", "/api/incidents/" + r.incidentId())) {
            assertThat(http.apiGet(path, user, PASSWORD).statusCode()).as(path).isEqualTo(404);
        }
        for (String path : List.of("/sources/" + r.source().id(), "/testimonies/" + r.testimony().id(),
                "/incidents/" + r.incidentId())) {
            assertThat(pages.get(path).statusCode()).as(path).isEqualTo(404);
        }
        for (String path : List.of("/", "/sources", "/testimonies", "/incidents")) {
            assertThat(pages.get(path).body()).as(path).doesNotContain(r.marker());
        }
        String results = pages.post("/search", "/search", Map.of("q", r.marker())).headers().firstValue("Location")
                .orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(pages.get(results).body()).as("search page, which repeats the query").contains("hit-count")
                .doesNotContain("Testimony " + r.marker(), "guards beat", "physical_assault");
    }

    private Restricted restricted(String named) {
        String marker = "zr" + Markers.letters(8).toLowerCase();
        Source s = sources.record(new SourceForm("interview", "Interview " + marker + " (fictional)", "", "", "", "", ""));
        String text = "In the holding centre " + marker + " the guards beat the women every night. (fictional)";
        Testimony t = testimonies.record(new TestimonyForm(s.id().toString(), "", "Testimony " + marker + " (fictional)",
                "en", text, "", "", ""));
        String incident = coding.codeAct(new CodeActForm("", new IncidentForm("Beatings " + marker + " (fictional)", "",
                "2004", "pretrial_detention", "north_korea", "", ""), t.id().toString(), "body", 0, text.length(),
                "physical_assault", "", List.of(new PerpetratorForm("detention_guard", "", "direct")))).incidentId()
                .toString();
        HttpResponse<String> restrict = Http.anonymous(port).apiPut("/api/sources/" + s.id() + "/access",
                "{\"restricted\":true,\"users\":[\"" + named + "\"]}", ADMIN, ADMIN_PASSWORD);
        assertThat(restrict.statusCode()).isEqualTo(200);
        return new Restricted(marker, s, t, incident);
    }

    private String export(Caller caller) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            exchange.export(ExportFormat.JSON, java.util.Locale.ENGLISH, org.recourse.exchange.ExportPurpose.internal(), out, caller);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private String account(String user) {
        if (accounts.find(user).isEmpty()) {
            accounts.create(user, PASSWORD, Role.INTERVIEWER, false);
        }
        return user;
    }
}
