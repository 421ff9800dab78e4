package org.recourse.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.support.TestAccounts.ADMIN;
import static org.recourse.support.TestAccounts.ADMIN_PASSWORD;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.recourse.security.KeyRing;
import org.recourse.security.KeySource;
import org.recourse.storage.DataFolder;
import org.recourse.support.Http;
import org.recourse.support.Markers;
import org.recourse.support.RecourseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * Original files and consent: a file on a speaker's testimony is wrapped by the speaker's key, so
 * withdrawing all consent destroys it (410, "destroyed at withdrawal", bytes gone), while the same
 * content attached elsewhere stays readable. All content is fictional.
 */
@RecourseTest
class FilesWithdrawalIntegrationTests {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    @LocalServerPort
    int port;
    @Autowired
    DataFolder data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    KeyRing keys;
    @Autowired
    Attachments attachments;

    @Test
    void aFileOnASpeakersTestimonyNeedsTheirKeyWhileASourceDocumentNeedsTheMasterKeyOnly() throws Exception {
        UUID person = person();
        String source = source();
        String testimony = testimony(source, Optional.of(person));
        byte[] recording = content(300_000, 21);
        byte[] scan = content(40_000, 22);
        assertThat(postRaw(source, Optional.of(testimony), recording).statusCode()).isEqualTo(201);
        assertThat(postRaw(source, Optional.empty(), scan).statusCode()).isEqualTo(201);

        Path personCopy = personPath(person, sha256(recording));
        assertThat(personCopy).exists();
        assertThat(masterPath(sha256(recording))).as("no copy under the master key alone").doesNotExist();
        assertThat(masterPath(sha256(scan))).exists();
        assertThat(new String(Files.readAllBytes(personCopy), 0, 80, StandardCharsets.ISO_8859_1))
                .contains("person " + person);

        Path keysWithoutPersons = data.root().getParent().resolve("keys-without-persons-" + Markers.letters(6));
        FileSystemUtils.copyRecursively(data.root().resolve("keys"), keysWithoutPersons);
        FileSystemUtils.deleteRecursively(keysWithoutPersons.resolve("persons"));
        KeyRing masterOnly = KeyRing.open(new KeySource(keysWithoutPersons, Optional.empty(), Optional.empty(), false));
        List<StoredCopy> both = List.of(new StoredCopy(sha256(recording), Optional.of(person), Optional.empty()),
                new StoredCopy(sha256(scan), Optional.empty(), Optional.empty()));
        FileVerification withMasterOnly = FileChecks.verify(data.root().resolve("files"), masterOnly, both);
        assertThat(withMasterOnly.destroyed()).as("the master key alone does not open the speaker's file")
                .containsExactly(sha256(recording));
        assertThat(withMasterOnly.checked()).as("the source document opens with the master key").isEqualTo(1);
        assertThat(FileChecks.verify(data.root().resolve("files"), keys, both).checked()).isEqualTo(2);
        assertThat(getBytes("/api/sources/" + source + "/files/" + sha256(recording)).body()).isEqualTo(recording);
        assertThat(Http.anonymous(port).apiGet("/api/sources/" + source + "/files", ADMIN, ADMIN_PASSWORD).body())
                .contains("fictional-" + sha256(recording).substring(0, 8) + ".m4a");
    }

    @Test
    void withdrawingAllConsentDestroysTheirFilesButNotTheSameContentAttachedElsewhere() throws Exception {
        UUID withdrawing = person();
        UUID other = person();
        String shared = source();
        String elsewhere = source();
        String theirs = testimony(shared, Optional.of(withdrawing));
        String othersTestimony = testimony(elsewhere, Optional.of(other));
        byte[] same = content(250_000, 23);
        byte[] only = content(60_000, 24);
        byte[] legacy = content(30_000, 25);
        postRaw(shared, Optional.of(theirs), same);
        postRaw(shared, Optional.empty(), same);
        postRaw(elsewhere, Optional.of(othersTestimony), same);
        postRaw(shared, Optional.of(theirs), only);
        // A file attached before V35: master-wrapped, yet on their testimony.
        postRaw(shared, Optional.empty(), legacy);
        jdbc.sql("UPDATE attachments SET testimony_id = :t WHERE sha256 = :s").param("t", theirs)
                .param("s", sha256(legacy)).update();

        HttpResponse<String> withdrawn = Http.anonymous(port).apiPost("/api/persons/" + withdrawing + "/withdraw-all", "",
                ADMIN, ADMIN_PASSWORD);
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);

        HttpResponse<byte[]> gone = getBytes("/api/sources/" + shared + "/files/" + sha256(only));
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(new String(gone.body(), StandardCharsets.UTF_8)).contains("destroyed at withdrawal");
        assertThat(getBytes("/api/sources/" + shared + "/files/" + sha256(legacy)).statusCode()).isEqualTo(410);
        HttpResponse<String> page = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD)
                .get("/sources/" + shared + "/files/" + sha256(only));
        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("destroyed at withdrawal");
        assertThat(Http.loggedIn(port, ADMIN, ADMIN_PASSWORD).get("/testimonies/" + theirs).body())
                .contains(sha256(only), "Destroyed at withdrawal on")
                .doesNotContain("fictional-" + sha256(only).substring(0, 8));

        assertThat(getBytes("/api/sources/" + shared + "/files/" + sha256(same)).body())
                .as("the same content attached to the source itself stays readable").isEqualTo(same);
        assertThat(getBytes("/api/sources/" + elsewhere + "/files/" + sha256(same)).body())
                .as("and attached to another person's testimony").isEqualTo(same);
        assertThat(data.root().resolve("files/persons/" + withdrawing)).as("their ciphertext is gone").doesNotExist();
        assertThat(masterPath(sha256(legacy))).doesNotExist();
        assertThat(personPath(other, sha256(same))).exists();
        assertThat(masterPath(sha256(same))).exists();

        FileVerification v = attachments.verify();
        assertThat(v.damaged()).isEmpty();
        assertThat(v.missing()).isEmpty();
        assertThat(v.destroyed()).contains(sha256(only), sha256(legacy), sha256(same));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM attachments WHERE testimony_id = :t AND destroyed_at IS NOT NULL")
                .param("t", theirs).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM audit_log WHERE action = 'destroyed-at-withdrawal' AND entity_type = 'attachment'
                AND entity_id IN (SELECT id FROM attachments WHERE testimony_id = :t)""")
                .param("t", theirs).query(Long.class).single()).isEqualTo(3);

        byte[] late = content(5_000, 26);
        HttpResponse<String> refused = postRaw(shared, Optional.of(theirs), late);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("withdrew all consent");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM files WHERE sha256 = :s").param("s", sha256(late)).query(Long.class)
                .single()).isZero();
        assertThat(data.root().resolve("files/persons/" + withdrawing)).doesNotExist();
    }

    private UUID person() {
        return UUID.fromString(created(Http.anonymous(port).apiPost("/api/persons", """
                {"pseudonym": "Speaker %s (fictional)", "roles": ["INTERVIEWEE"], "gender": "female", "ageBand": "40s",
                 "occupation": "former trader", "departurePeriod": "2005-2009", "province": "North Hamgyong"}"""
                .formatted(Markers.letters(8)), ADMIN, ADMIN_PASSWORD)));
    }

    private String source() {
        return created(Http.anonymous(port).apiPost("/api/sources", "{\"kind\":\"interview\",\"title\":\"Files and consent "
                + "(fictional)\"}", ADMIN, ADMIN_PASSWORD));
    }

    private String testimony(String source, Optional<UUID> speaker) {
        return created(Http.anonymous(port).apiPost("/api/testimonies", "{\"sourceId\":\"" + source + "\",\"speakerId\":\""
                + speaker.map(UUID::toString).orElse("") + "\",\"title\":\"Recorded (fictional)\",\"language\":\"en\","
                + "\"body\":\"A fictional account.\"}", ADMIN, ADMIN_PASSWORD));
    }

    private HttpResponse<String> postRaw(String source, Optional<String> testimony, byte[] content)
            throws IOException, InterruptedException {
        String name = "fictional-" + sha256(content).substring(0, 8) + ".m4a";
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/sources/" + source + "/files"
                        + testimony.map(t -> "?testimony=" + t).orElse("")))
                .header("Authorization", "Basic " + basic()).header("Content-Type", "audio/mp4")
                .header("X-File-Name", URLEncoder.encode(name, StandardCharsets.UTF_8))
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build();
        return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic()).GET().build();
        return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofByteArray());
    }

    private Path masterPath(String sha) {
        return data.root().resolve("files").resolve(sha.substring(0, 2)).resolve(sha.substring(2));
    }

    private Path personPath(UUID person, String sha) {
        return data.root().resolve("files/persons").resolve(person.toString()).resolve(sha.substring(0, 2))
                .resolve(sha.substring(2));
    }

    private static String created(HttpResponse<String> r) {
        Matcher m = ID.matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException("not created: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    private static byte[] content(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String basic() {
        return Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
