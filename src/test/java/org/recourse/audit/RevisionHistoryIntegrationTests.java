package org.recourse.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recourse.coding.Coding;
import org.recourse.coding.Incident;
import org.recourse.coding.IncidentCatalog;
import org.recourse.coding.IncidentForm;
import org.recourse.support.Http;
import org.recourse.support.Markers;
import org.recourse.support.RecourseTest;
import org.recourse.support.TestAccounts;
import org.recourse.testimony.Consent;
import org.recourse.testimony.Person;
import org.recourse.testimony.PersonForm;
import org.recourse.testimony.PersonRegistry;
import org.recourse.testimony.Source;
import org.recourse.testimony.SourceForm;
import org.recourse.testimony.SourceRegistry;
import org.recourse.testimony.Testimony;
import org.recourse.testimony.TestimonyForm;
import org.recourse.testimony.TestimonyRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every record keeps who changed which field and when, tied to the audit chain; texts and identities stay out. */
@RecourseTest
class RevisionHistoryIntegrationTests {

    @Autowired SourceRegistry sources;
    @Autowired PersonRegistry persons;
    @Autowired TestimonyRegistry testimonies;
    @Autowired Coding coding;
    @Autowired IncidentCatalog incidents;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    @Test
    void changingAnIncidentRecordsEachChangedFieldBeforeAndAfterAndTheApiAndPageShowIt() {
        Incident i = coding.createIncident(new IncidentForm("Night search (fictional)", "", "2004", "", "", "", ""));
        coding.updateIncident(i.id(), new IncidentForm("Night search at the holding centre (fictional)", "", "2004-05",
                "", "", "", ""));

        List<RecordRevision> history = incidents.history(i.id(), org.recourse.security.Caller.SYSTEM);
        assertThat(history).extracting(RecordRevision::action).containsExactly("created", "changed");
        RecordRevision changed = history.get(1);
        assertThat(changed.revision()).isEqualTo(2);
        assertThat(changed.changes()).containsExactlyInAnyOrder(
                FieldChange.value("title", "Night search (fictional)", "Night search at the holding centre (fictional)"),
                FieldChange.value("date", "2004", "2004-05"));
        assertThat(audit.historyOf("incident", i.id().toString())).extracting(AuditEntry::detailsHash)
                .allSatisfy(h -> assertThat(h).hasSize(64));

        Http api = Http.anonymous(port);
        String json = api.apiGet("/api/incidents/" + i.id() + "/history", TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD)
                .body();
        assertThat(json).contains("\"before\":\"2004\"", "\"after\":\"2004-05\"", "\"revision\":2");
        String page = Http.loggedIn(port, TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD)
                .get("/incidents/" + i.id() + "/history").body();
        assertThat(page).contains("Night search at the holding centre (fictional)", "2004-05", "changed");
    }

    @Test
    void aSourceCreatedThroughTheApiNamesTheUserWhoCreatedIt() {
        String title = "Interview notes " + Markers.letters(10) + " (fictional)";
        Http api = Http.anonymous(port);
        String created = api.apiPost("/api/sources", "{\"kind\":\"interview\",\"title\":\"" + title + "\"}",
                TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD).body();
        String id = created.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        String json = api.apiGet("/api/sources/" + id + "/history", TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD).body();
        assertThat(json).contains("\"changedBy\":\"admin\"", "\"action\":\"created\"", title);
    }

    @Test
    void aTestimonyHistoryHoldsTheLengthOfItsTextsNeverTheWords() {
        Source s = sources.record(new SourceForm("interview", "History source (fictional)", "", "", "", "", ""));
        String words = Markers.letters(24);
        Testimony t = testimonies.record(new TestimonyForm(s.id().toString(), null, "Account (fictional)", "en",
                "She said " + words + " (fictional).", "", "2019", "Interviewer A (fictional)"));
        List<RecordRevision> history = testimonies.history(t.id());
        assertThat(history).hasSize(1);
        assertThat(history.get(0).changes()).contains(FieldChange.value("body", null, t.body().length() + " characters"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM record_revisions WHERE changes LIKE :w").param("w", "%" + words + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aPersonsHistoryShowsTheirConsentsGrantedAndWithdrawn() {
        Person p = persons.record(new PersonForm("Hwa " + Markers.letters(6), java.util.Set.of("INTERVIEWEE"), "woman", "40s",
                "trader", "", ""));
        Consent c = persons.grant(p.id(), "sharing", "Partner archive (fictional)");
        persons.withdraw(c.id());
        assertThat(persons.history(p.id())).extracting(r -> r.entityType() + " " + r.action())
                .containsExactly("person created", "consent created", "consent withdrawn");
        String page = Http.loggedIn(port, TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD).get("/persons/" + p.id() + "/history")
                .body();
        assertThat(page).contains("Partner archive (fictional)", "withdrawn", "SHARING");
    }

    @Test
    void rewritingAStoredRevisionIsCaughtByAuditVerification() {
        Source s = sources.record(new SourceForm("report", "Tamper target (fictional)", "", "", "", "", ""));
        assertThat(audit.verify().intact()).isTrue();
        String original = jdbc.sql("SELECT changes FROM record_revisions WHERE entity_id = :id").param("id", s.id().toString())
                .query(String.class).single();
        try {
            jdbc.sql("UPDATE record_revisions SET changes = :c WHERE entity_id = :id")
                    .param("c", original.replace("Tamper target", "Other title")).param("id", s.id().toString()).update();
            Optional<AuditFailure> failure = audit.verify().firstFailure();
            assertThat(failure).map(AuditFailure::reason).contains(AuditFailure.Reason.REVISION_MISMATCH);
        } finally {
            jdbc.sql("UPDATE record_revisions SET changes = :c WHERE entity_id = :id").param("c", original)
                    .param("id", s.id().toString()).update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }
}
