package org.recourse.testimony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.support.TestAccounts.ADMIN;
import static org.recourse.support.TestAccounts.ADMIN_PASSWORD;
import static org.recourse.testimony.IdentityFixtures.PASSWORD;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.audit.AuditLog;
import org.recourse.backup.Backups;
import org.recourse.indexing.PassageSearch;
import org.recourse.search.SortOrder;
import org.recourse.security.Accounts;
import org.recourse.security.KeyRing;
import org.recourse.security.Role;
import org.recourse.security.SealedFiles;
import org.recourse.storage.DataFolder;
import org.recourse.support.DataFolders;
import org.recourse.support.Http;
import org.recourse.support.Markers;
import org.recourse.support.RecourseTest;
import org.recourse.support.SearchOutbox;
import org.recourse.support.SqliteOnly;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Identifying fields exist on disk only encrypted, and only administrators and interviewers with
 * access see them. The names are random markers in Latin and Hangul; a marker in the testimony
 * text (not identifying) is the control that shows the search would find what is there.
 */
@RecourseTest
@ExtendWith(OutputCaptureExtension.class)
class IdentityProtectionIntegrationTests {

    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE);

    @Autowired Accounts accounts;
    @Autowired SourceRegistry sources;
    @Autowired TestimonyRegistry testimonies;
    @Autowired PassageSearch search;
    @Autowired DataFolder folder;
    @Autowired KeyRing keys;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;
    @Autowired org.recourse.search.SearchIndex index;
    @LocalServerPort int port;

    @Test
    @SqliteOnly("scans the data folder, whose database file holds everything, and a backup of it; a PostgreSQL"
            + " installation keeps its database on the server and backs up with pg_dump")
    void knownNamesAppearNowhereInTheDataFolderTheIndexTheLogOrABackupWhileTheTestimonyTextDoes(CapturedOutput output)
            throws Exception {
        Http http = Http.anonymous(port);
        UUID person = IdentityFixtures.person(http, ADMIN, ADMIN_PASSWORD);
        Map<String, String> names = IdentityFixtures.knownNames();
        IdentityFixtures.setIdentity(http, person, names, ADMIN, ADMIN_PASSWORD);
        String control = Markers.letters(14);
        Source s = sources.record(new SourceForm("interview", "Interview (fictional)", "team", "2019-05", "in person", "high", ""));
        testimonies.record(new TestimonyForm(s.id().toString(), person.toString(), "Testimony (fictional)", "en",
                "A fictional account: at the market " + control + " was beaten by a guard.", "", "2019-05-14", "team"));
        HttpResponse<String> revealed = http.apiGet("/api/persons/" + person + "/identity", ADMIN, ADMIN_PASSWORD);
        assertThat(revealed.body()).as("the values do come back to an administrator").contains(names.values());
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> refreshed() && SearchOutbox.caughtUp(jdbc)
                && search.search(control, SortOrder.RELEVANCE, 0, 10, org.recourse.security.Caller.SYSTEM).total() == 1);

        Path backup = folder.root().getParent().resolve("identity-backup-" + Markers.letters(6) + ".rcb");
        Backups.backup(folder, backup, keys);
        Path opened = Files.createTempDirectory(folder.root().getParent(), "opened-");
        SealedFiles.open(keys, backup, opened.resolve("backup.zip"));
        org.recourse.backup.internal.Archive.unpack(opened.resolve("backup.zip"), opened.resolve("data"));

        assertThat(opened.resolve("data/recourse.db")).exists();
        assertThat(opened.resolve("data/keys")).as("a backup never carries the keys folder").doesNotExist();
        List<String> secrets = names.values().stream().flatMap(v -> Stream.of(v.split(" ")))
                .filter(w -> !w.equals("Fictional")).toList();
        List<Path> places = new ArrayList<>(files(folder.root()));
        places.add(backup);
        places.addAll(files(opened));
        assertThat(places).as("the data folder holds the database, its WAL, the index and the keys")
                .anyMatch(p -> p.toString().endsWith("recourse.db")).anyMatch(p -> p.toString().contains("keys"))
                .anyMatch(p -> p.toString().contains("index"));
        long scanned = 0;
        for (Path p : places) {
            byte[] bytes = read(p);
            scanned += bytes.length;
            for (String secret : secrets) {
                assertThat(contains(bytes, secret)).as("%s holds a known name", p).isFalse();
            }
        }
        System.out.printf("identity plaintext scan: %d files, %d bytes, %d names x 3 encodings%n", places.size(), scanned,
                secrets.size());
        assertThat(places.stream().filter(p -> p.startsWith(folder.root())).anyMatch(p -> contains(read(p), control)))
                .as("the testimony text is in the data folder in clear, so the search above could find a name").isTrue();
        assertThat(files(opened).stream().anyMatch(p -> contains(read(p), control)))
                .as("and in the backup's opened database").isTrue();
        assertThat(output.getAll()).doesNotContain(secrets);
        try (var c = DataFolders.sqlite(folder.root()); var q = c.prepareStatement(
                "SELECT ciphertext FROM person_identities WHERE person_id = ?")) {
            q.setString(1, person.toString());
            var rs = q.executeQuery();
            int rows = 0;
            for (; rs.next(); rows++) {
                byte[] decoded = java.util.Base64.getDecoder().decode(rs.getString(1));
                secrets.forEach(secret -> assertThat(contains(decoded, secret)).as("a stored value is only encoded").isFalse());
            }
            assertThat(rows).as("one encrypted row per field").isEqualTo(IdentityField.values().length);
        }
    }

    @Test
    void onlyAdministratorsAndInterviewersWithAccessSeeAnIdentityAndEveryRevealIsAudited() {
        Http http = Http.anonymous(port);
        String recorder = IdentityFixtures.account(accounts, Role.INTERVIEWER);
        String other = IdentityFixtures.account(accounts, Role.INTERVIEWER);
        String granted = IdentityFixtures.account(accounts, Role.INTERVIEWER);
        String analyst = IdentityFixtures.account(accounts, Role.ANALYST);
        String publisher = IdentityFixtures.account(accounts, Role.PUBLISHER);
        UUID person = IdentityFixtures.person(http, recorder, PASSWORD);
        Map<String, String> names = IdentityFixtures.knownNames();
        IdentityFixtures.setIdentity(http, person, names, recorder, PASSWORD);
        String path = "/api/persons/" + person + "/identity";
        int before = decrypted(person);

        for (String denied : List.of(other, granted, analyst, publisher)) {
            HttpResponse<String> r = http.apiGet(path, denied, PASSWORD);
            assertThat(r.statusCode()).as(denied).isEqualTo(403);
            assertThat(r.body()).doesNotContain(names.values().iterator().next().split(" ")[1]);
            assertThat(http.apiPut(path, "{\"phone\":\"000\"}", denied, PASSWORD).statusCode()).isEqualTo(403);
        }
        assertThat(http.apiPost("/api/persons/" + person + "/identity/grants", "{\"username\":\"" + granted + "\"}",
                recorder, PASSWORD).statusCode()).as("only administrators grant").isEqualTo(403);
        assertThat(decrypted(person)).as("refusals decrypt nothing").isEqualTo(before);

        assertThat(http.apiPost("/api/persons/" + person + "/identity/grants", "{\"username\":\"" + granted + "\"}",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(204);
        for (String[] allowed : List.of(new String[] {ADMIN, ADMIN_PASSWORD}, new String[] {recorder, PASSWORD},
                new String[] {granted, PASSWORD})) {
            HttpResponse<String> r = http.apiGet(path, allowed[0], allowed[1]);
            assertThat(r.statusCode()).as(allowed[0]).isEqualTo(200);
            assertThat(r.body()).contains(names.values());
            assertThat(r.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        }
        assertThat(decrypted(person)).as("one audited decryption per reveal").isEqualTo(before + 3);
        assertThat(audit.historyOf("person", person.toString())).allSatisfy(e -> assertThat(e.toString())
                .doesNotContain(names.values().iterator().next().split(" ")[1]));

        String source = sources.record(new SourceForm("interview", "Interview (fictional)", "team", "", "", "", ""))
                .id().toString();
        assertThat(http.apiPost("/api/testimonies", """
                {"sourceId": "%s", "speakerId": "%s", "title": "Second interview (fictional)", "language": "en",
                 "body": "A fictional account.", "translation": "", "recordedOn": "2020", "interviewer": "team"}"""
                .formatted(source, person), other, PASSWORD).statusCode()).isEqualTo(201);
        assertThat(http.apiGet(path, other, PASSWORD).statusCode()).as("who records a testimony of theirs").isEqualTo(200);

        assertThat(http.apiDelete("/api/persons/" + person + "/identity/grants/" + granted, ADMIN, ADMIN_PASSWORD)
                .statusCode()).isEqualTo(204);
        assertThat(http.apiGet(path, granted, PASSWORD).statusCode()).as("after revocation").isEqualTo(403);
    }

    @Test
    void thePersonPageRevealsOnlyThroughAPostThatIsNeverCachedAndTellsOtherRolesTheIdentityIsHidden() {
        String analyst = IdentityFixtures.account(accounts, Role.ANALYST);
        Http api = Http.anonymous(port);
        UUID person = IdentityFixtures.person(api, ADMIN, ADMIN_PASSWORD);
        Map<String, String> names = IdentityFixtures.knownNames();
        IdentityFixtures.setIdentity(api, person, names, ADMIN, ADMIN_PASSWORD);
        String legal = names.get("legal_name");

        Http admin = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        String page = admin.get("/persons/" + person).body();
        assertThat(page).contains("/persons/" + person + "/identity/reveal").doesNotContain(legal);
        HttpResponse<String> shown = admin.form("/persons/" + person + "/identity/reveal",
                Map.of("_csrf", admin.csrf("/persons/" + person)));
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains(legal.split(" ")[1], legal.split(" ")[2]);
        assertThat(shown.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(admin.form("/persons/" + person + "/identity/reveal", Map.of()).statusCode())
                .as("without the CSRF token").isEqualTo(403);

        String phone = "Fictional " + Markers.letters(10);
        HttpResponse<String> saved = admin.form("/persons/" + person + "/identity",
                Map.of("_csrf", admin.csrf("/persons/" + person), "phone", phone, "legal_name", legal));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElse("")).endsWith("/persons/" + person).doesNotContain("Fictional");
        assertThat(api.apiGet("/api/persons/" + person + "/identity", ADMIN, ADMIN_PASSWORD).body()).contains(phone, legal);

        Http viewer = Http.loggedIn(port, analyst, PASSWORD);
        assertThat(viewer.get("/persons/" + person + "/withdraw-all").statusCode()).isEqualTo(403);
        String theirs = viewer.get("/persons/" + person).body();
        assertThat(theirs).contains("Identities are hidden from your role").doesNotContain("/identity/reveal");
        assertThat(viewer.form("/persons/" + person + "/identity/reveal",
                Map.of("_csrf", viewer.csrf("/persons/" + person))).statusCode()).isEqualTo(403);

        String confirm = admin.get("/persons/" + person + "/withdraw-all").body();
        assertThat(confirm).contains("cannot be undone", "Withdraw all consent and destroy the identity");
        assertThat(admin.form("/persons/" + person + "/withdraw-all",
                Map.of("_csrf", admin.csrf("/persons/" + person + "/withdraw-all"))).statusCode()).isEqualTo(302);
        assertThat(admin.get("/persons/" + person).body()).contains("Identity destroyed on").doesNotContain("/identity/reveal");
    }

    @Test
    void everyRefusedRevealOrChangeIsAuditedWithTheActorAndNoValuesWhicheverDoorRefusedIt() {
        Http http = Http.anonymous(port);
        String analyst = IdentityFixtures.account(accounts, Role.ANALYST);
        String stranger = IdentityFixtures.account(accounts, Role.INTERVIEWER);
        UUID person = IdentityFixtures.person(http, ADMIN, ADMIN_PASSWORD);
        Map<String, String> names = IdentityFixtures.knownNames();
        IdentityFixtures.setIdentity(http, person, names, ADMIN, ADMIN_PASSWORD);
        String path = "/api/persons/" + person + "/identity";

        assertThat(http.apiGet(path, analyst, PASSWORD).statusCode()).as("the matrix refuses analysts").isEqualTo(403);
        assertThat(http.apiGet(path, stranger, PASSWORD).statusCode()).as("the registry refuses an interviewer without access")
                .isEqualTo(403);
        assertThat(http.apiPut(path, "{\"phone\":\"000\"}", stranger, PASSWORD).statusCode()).isEqualTo(403);
        Http page = Http.loggedIn(port, analyst, PASSWORD);
        assertThat(page.form("/persons/" + person + "/identity/reveal", Map.of("_csrf", page.csrf("/persons/" + person)))
                .statusCode()).as("the page's 403").isEqualTo(403);
        assertThat(page.form("/persons/" + person + "/identity/reveal", Map.of()).statusCode())
                .as("without a CSRF token: another site may have sent it, so it is not recorded").isEqualTo(403);
        assertThat(http.apiGet("/api/persons/" + UUID.randomUUID() + "/identity", analyst, PASSWORD).statusCode())
                .as("an id that names no one").isEqualTo(403);

        List<String> refusals = audit.historyOf("person", person.toString()).stream()
                .filter(e -> e.action().endsWith("-refused")).map(e -> e.actor() + " " + e.action()).toList();
        assertThat(refusals).containsExactly(analyst + " decrypt-refused", stranger + " decrypt-refused",
                stranger + " identity-change-refused", analyst + " decrypt-refused");
        assertThat(decrypted(person)).as("refusals decrypt nothing").isZero();
        assertThat(audit.historyOf("person", person.toString())).allSatisfy(e -> assertThat(e.toString())
                .doesNotContain(names.get("legal_name").split(" ")[1]));
    }

    private int decrypted(UUID person) {
        return (int) audit.historyOf("person", person.toString()).stream().filter(e -> e.action().equals("decrypted"))
                .count();
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.nio.file.NoSuchFileException mergedAway) {
            return new byte[0]; // an index segment merged away since the listing
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean contains(byte[] haystack, String text) {
        for (Charset c : ENCODINGS) {
            if (indexOf(haystack, text.getBytes(c)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private boolean refreshed() {
        index.refresh();
        return true;
    }
}
