package org.recourse.testimony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recourse.support.TestAccounts.ADMIN;
import static org.recourse.support.TestAccounts.ADMIN_PASSWORD;
import static org.recourse.testimony.IdentityFixtures.PASSWORD;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.recourse.backup.Backups;
import org.recourse.coding.CodeActForm;
import org.recourse.coding.CodedAct;
import org.recourse.coding.Coding;
import org.recourse.coding.IncidentCatalog;
import org.recourse.coding.IncidentForm;
import org.recourse.coding.PerpetratorForm;
import org.recourse.files.Attachments;
import org.recourse.files.FileChecks;
import org.recourse.files.FileDestroyedException;
import org.recourse.files.FileVerification;
import org.recourse.files.StoredCopy;
import org.recourse.files.Upload;
import org.recourse.indexing.PassageSearch;
import org.recourse.report.ReportProgress;
import org.recourse.report.ReportRequest;
import org.recourse.report.Reports;
import org.recourse.search.SortOrder;
import org.recourse.security.Accounts;
import org.recourse.security.IdentityDestroyedException;
import org.recourse.security.KeyRing;
import org.recourse.security.KeySource;
import org.recourse.security.PersonKeys;
import org.recourse.security.Role;
import org.recourse.storage.DataFolder;
import org.recourse.support.DataFolders;
import org.recourse.support.Http;
import org.recourse.support.Markers;
import org.recourse.support.RecourseTest;
import org.recourse.support.SearchOutbox;
import org.recourse.support.SqliteOnly;
import org.recourse.testimony.internal.Consents;
import org.recourse.testimony.internal.PersonWithdrawals;
import org.recourse.testimony.internal.Testimonies;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Crypto-shredding: withdrawing all consent destroys the person's key, so their identity and the
 * original files of their testimonies cannot be read by anyone, from the live data folder or from
 * a backup made before; their passages leave
 * search and reports; the incidents coded from their words stay (default policy), or lose those
 * passages (policy off).
 */
@RecourseTest
class WithdrawAllIntegrationTests {

    @Autowired Accounts accounts;
    @Autowired PersonRegistry persons;
    @Autowired SourceRegistry sources;
    @Autowired TestimonyRegistry testimonies;
    @Autowired Coding coding;
    @Autowired IncidentCatalog incidents;
    @Autowired PassageSearch search;
    @Autowired Reports reports;
    @Autowired DataFolder folder;
    @Autowired KeyRing keys;
    @Autowired Attachments attachments;
    @Autowired JdbcClient jdbc;
    @Autowired org.recourse.search.SearchIndex index;
    @LocalServerPort int port;

    @Test
    void withdrawingAllConsentShredsTheIdentityEverywhereAndTakesThePassagesOutOfSearchAndReports() throws Exception {
        Withdrawn w = quoteThenWithdrawAll(false);
        Http http = w.http();
        String recorder = w.recorder();
        UUID person = w.person();
        UUID bystander = w.bystander();
        Map<String, String> names = w.names();
        String marker = w.marker();
        Spoken spoken = w.spoken();
        String recording = w.recording();

        for (String[] user : List.of(new String[] {ADMIN, ADMIN_PASSWORD}, new String[] {recorder, PASSWORD})) {
            HttpResponse<String> r = http.apiGet("/api/persons/" + person + "/identity", user[0], user[1]);
            assertThat(r.statusCode()).as(user[0]).isEqualTo(410);
            assertThat(r.body()).contains("destroyed", "unrecoverable").doesNotContain(names.get("legal_name"));
        }
        assertThat(http.apiPut("/api/persons/" + person + "/identity", "{\"phone\":\"1\"}", ADMIN, ADMIN_PASSWORD)
                .statusCode()).as("nothing new is stored for them").isEqualTo(410);
        assertThat(http.apiGet("/api/persons/" + bystander + "/identity", ADMIN, ADMIN_PASSWORD).statusCode())
                .as("others are untouched").isEqualTo(200);
        assertThat(persons.consents(new PersonId(person))).noneMatch(Consent::active);
        assertThatThrownBy(() -> persons.grant(new PersonId(person), "quotation", ""))
                .as("no consent brings their words back").isInstanceOf(org.recourse.shared.ConflictException.class);
        assertThat(Http.loggedIn(port, ADMIN, ADMIN_PASSWORD).get("/persons/" + person).body())
                .contains("Identity destroyed on");
        assertThat(http.apiPost("/api/persons/" + person + "/withdraw-all", "", ADMIN, ADMIN_PASSWORD).statusCode())
                .isEqualTo(409);

        awaitHits(marker, 0);
        assertThat(report(1987)).as("no longer quoted").doesNotContain(marker);
        assertThat(incidents.detail(spoken.act().incidentId()).acts()).as("incident facts stay (default policy)").hasSize(1);
        assertThat(incidents.detail(spoken.act().incidentId()).passages()).hasSize(1);

        assertThatThrownBy(() -> attachments.open(testimonies.get(spoken.testimony()).sourceId().value(), recording, false))
                .as("their recording, from this data folder").isInstanceOf(FileDestroyedException.class);
    }

    @Test
    @SqliteOnly("backs up the data folder, embedded database included; a PostgreSQL installation backs up with pg_dump")
    void aBackupMadeBeforeTheWithdrawalNoLongerOpensTheirIdentityOrRecordingWithTodaysKeys() throws Exception {
        Withdrawn w = quoteThenWithdrawAll(true);
        Path before = w.backupBefore().orElseThrow();
        UUID person = w.person();
        UUID bystander = w.bystander();
        String recording = w.recording();
        String document = w.document();
        Path restored = folder.root().getParent().resolve("restored-" + Markers.letters(6));
        Backups.restore(before, restored, keys, Optional.of(folder.root().resolve("keys")));
        PersonKeys restoredKeys = KeyRing.open(new KeySource(restored.resolve("keys"), Optional.empty(), Optional.empty(),
                false)).personKeys();
        byte[] sealed = ciphertext(restored, person, "legal_name");
        assertThatThrownBy(() -> restoredKeys.decrypt(person, "legal_name", sealed))
                .as("a backup made before the withdrawal, restored with today's keys")
                .isInstanceOf(IdentityDestroyedException.class);
        assertThat(new String(restoredKeys.decrypt(bystander, "legal_name", ciphertext(restored, bystander, "legal_name")),
                java.nio.charset.StandardCharsets.UTF_8)).as("the same restore reads everyone else").startsWith("Fictional ");

        assertThat(restored.resolve("files/persons/" + person)).as("the earlier backup still holds the ciphertext")
                .isDirectory();
        List<StoredCopy> copies;
        try (Connection c = DataFolders.sqlite(restored)) {
            copies = FileChecks.knownCopies(c).stream()
                    .filter(k -> k.sha256().equals(recording) || k.sha256().equals(document)).toList();
        }
        assertThat(copies).hasSize(2).allMatch(k -> k.destroyedAt().isEmpty());
        FileVerification fromBackup = FileChecks.verify(restored.resolve("files"), KeyRing.open(new KeySource(
                restored.resolve("keys"), Optional.empty(), Optional.empty(), false)), copies);
        assertThat(fromBackup.destroyed()).as("their recording, from a backup made before, with today's keys")
                .containsExactly(recording);
        assertThat(fromBackup.damaged()).isEmpty();
        assertThat(fromBackup.checked()).as("the source document in the same backup opens").isEqualTo(1);
    }

    /**
     * A person and a bystander with identities, the person quoted (a coded passage, a recording and a source
     * document), then (after a backup, when asked) the recorder withdraws all their consent through the API.
     */
    private Withdrawn quoteThenWithdrawAll(boolean backupFirst) throws Exception {
        Http http = Http.anonymous(port);
        String recorder = IdentityFixtures.account(accounts, Role.INTERVIEWER);
        UUID person = IdentityFixtures.person(http, recorder, PASSWORD);
        UUID bystander = IdentityFixtures.person(http, recorder, PASSWORD);
        Map<String, String> names = IdentityFixtures.knownNames();
        IdentityFixtures.setIdentity(http, person, names, recorder, PASSWORD);
        IdentityFixtures.setIdentity(http, bystander, IdentityFixtures.knownNames(), recorder, PASSWORD);
        // Quotation and publication, no internal analysis: withdrawing every consent still takes the passages out of search.
        persons.grant(new PersonId(person), "quotation", "");
        persons.grant(new PersonId(person), "publication", "");
        String marker = Markers.letters(14);
        Spoken spoken = speak(person, marker, 1987);
        awaitHits(marker, 1);
        assertThat(report(1987)).as("quoted before the withdrawal").contains(marker);
        String recording = attach(spoken.testimony(), Optional.of(spoken.testimony()), "Fictional recording " + marker);
        String document = attach(spoken.testimony(), Optional.empty(), "Fictional source document " + marker);
        Optional<Path> before = Optional.empty();
        if (backupFirst) {
            before = Optional.of(folder.root().getParent().resolve("before-withdrawal-" + Markers.letters(6) + ".rcb"));
            Backups.backup(folder, before.get(), keys);
        }

        HttpResponse<String> withdrawn = http.apiPost("/api/persons/" + person + "/withdraw-all", "", recorder, PASSWORD);
        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(withdrawn.body()).contains("\"consentsWithdrawn\":2", "\"keptIncidentFacts\":true");
        return new Withdrawn(http, recorder, person, bystander, names, marker, spoken, recording, document, before);
    }

    private record Withdrawn(Http http, String recorder, UUID person, UUID bystander, Map<String, String> names,
            String marker, Spoken spoken, String recording, String document, Optional<Path> backupBefore) {
    }

    /** Attaches a small fictional file to the testimony's source (and to the testimony when given); returns its hash. */
    private String attach(TestimonyId in, Optional<TestimonyId> testimony, String text) throws java.io.IOException {
        return attachments.attach(testimonies.get(in).sourceId().value(), testimony.map(TestimonyId::value),
                new Upload(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        "text/plain", Optional.of("fictional.txt"))).sha256();
    }

    @Test
    void withoutThePolicyToKeepFactsThePassagesGoAndTheTestimonyTextIsReplacedButTheIncidentStays(
            @Autowired IdentityRegistry identities, @Autowired Consents consents, @Autowired Testimonies table,
            @Autowired PersonWithdrawals withdrawals, @Autowired PersonKeys personKeys,
            @Autowired ApplicationEventPublisher events, @Autowired PlatformTransactionManager transactions) {
        Http http = Http.anonymous(port);
        UUID person = IdentityFixtures.person(http, ADMIN, ADMIN_PASSWORD);
        IdentityFixtures.setIdentity(http, person, IdentityFixtures.knownNames(), ADMIN, ADMIN_PASSWORD);
        persons.grant(new PersonId(person), "internal_analysis", "");
        String marker = Markers.letters(14);
        Spoken spoken = speak(person, marker, 1988);
        awaitHits(marker, 1);
        ConsentWithdrawal strict = new ConsentWithdrawal(identities, consents, table, withdrawals, personKeys,
                new ConsentProperties(false), events);

        Withdrawal w = new TransactionTemplate(transactions).execute(s -> strict.withdrawAll(new PersonId(person),
                new org.recourse.security.Caller(ADMIN, Role.ADMIN)));

        assertThat(w.keptIncidentFacts()).isFalse();
        assertThat(w.testimoniesRedacted()).isEqualTo(1);
        assertThat(testimonies.get(spoken.testimony()).body()).isEqualTo(ConsentProperties.WITHDRAWN_TEXT)
                .doesNotContain(marker);
        assertThat(incidents.detail(spoken.act().incidentId()).passages()).isEmpty();
        assertThat(incidents.detail(spoken.act().incidentId()).acts()).as("the incident's own facts stay").hasSize(1);
        awaitHits(marker, 0);
    }

    /** A testimony by the person, one passage of it coded as an act of a new incident in {@code year}. */
    private Spoken speak(UUID person, String marker, int year) {
        Source s = sources.record(new SourceForm("interview", "Interview (fictional)", "team", "2019-05", "in person", "high", ""));
        String body = "A fictional account. In the holding centre the guard " + marker + " beat the women every night.";
        Testimony t = testimonies.record(new TestimonyForm(s.id().toString(), person.toString(), "Testimony (fictional)",
                "en", body, "", "2019-05-14", "team"));
        int start = body.indexOf("In the");
        CodedAct act = coding.codeAct(new CodeActForm("", new IncidentForm("Beating (fictional)", "fictional", "" + year,
                "pretrial_detention", "north_korea", "", ""), t.id().toString(), "body", start, body.length(),
                "physical_assault", person.toString(), List.of(new PerpetratorForm("detention_guard", "", "direct"))));
        return new Spoken(t.id(), act);
    }

    private record Spoken(TestimonyId testimony, CodedAct act) {
    }

    private String report(int year) {
        return reports.html(new ReportRequest(Optional.empty(), Optional.empty(), Optional.of(year), Optional.of(year),
                Optional.empty(), Optional.empty(), OptionalInt.of(2), Locale.ENGLISH, List.of()), ReportProgress.NONE);
    }

    private void awaitHits(String marker, long hits) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> refreshed() && SearchOutbox.caughtUp(jdbc)
                && search.search(marker, SortOrder.RELEVANCE, 0, 10, org.recourse.security.Caller.SYSTEM).total() == hits);
    }

    private static byte[] ciphertext(Path dataDir, UUID person, String field) throws Exception {
        try (Connection c = DataFolders.sqlite(dataDir); PreparedStatement s = c.prepareStatement(
                "SELECT ciphertext FROM person_identities WHERE person_id = ? AND field = ?")) {
            s.setString(1, person.toString());
            s.setString(2, field);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("the restored database still holds the ciphertext").isTrue();
                assertThat(Files.exists(dataDir)).isTrue();
                return Base64.getDecoder().decode(rs.getString(1));
            }
        }
    }

    private boolean refreshed() {
        index.refresh();
        return true;
    }
}
