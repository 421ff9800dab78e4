package org.recourse.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recourse.support.TestAccounts.ADMIN;
import static org.recourse.support.TestAccounts.ADMIN_PASSWORD;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.security.Accounts;
import org.recourse.security.Role;
import org.recourse.storage.DataFolder;
import org.recourse.support.Http;
import org.recourse.support.Markers;
import org.recourse.support.RecourseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Original files through the running application: API and page uploads (multipart with CSRF),
 * downloads re-hashed, tampering on disk refused and reported, limits, roles, and the original
 * name kept out of the files folder, the database file and the logs. All content is fictional.
 */
@RecourseTest
@ExtendWith(OutputCaptureExtension.class)
class FilesIntegrationTests {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    @LocalServerPort
    int port;
    @Autowired
    DataFolder data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    Attachments attachments;

    @Test
    void anApiUploadComesBackByteForByteWithItsHashAndDownloadHeaders() throws Exception {
        String source = source("API upload (fictional)");
        byte[] content = content(1_500_000, 1);
        HttpResponse<String> up = postRaw(source, content, "audio/mpeg", "fictional-interview.mp3", ADMIN, ADMIN_PASSWORD);

        assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
        assertThat(up.body()).contains("\"sha256\":\"" + sha256(content) + "\"", "\"size\":1500000",
                "\"mediaType\":\"audio/mpeg\"");
        assertThat(Http.anonymous(port).apiGet("/api/sources/" + source + "/files", ADMIN, ADMIN_PASSWORD).body())
                .contains(sha256(content), "fictional-interview.mp3");
        HttpResponse<byte[]> down = getBytes("/api/sources/" + source + "/files/" + sha256(content), ADMIN, ADMIN_PASSWORD);
        assertThat(down.statusCode()).isEqualTo(200);
        assertThat(down.body()).isEqualTo(content);
        assertThat(down.headers().firstValue("Content-Disposition")).hasValueSatisfying(v ->
                assertThat(v).startsWith("attachment").contains(sha256(content) + ".mp3").doesNotContain("interview"));
        assertThat(down.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(down.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE entity_type = 'file' AND entity_id = :s ORDER BY seq")
                .param("s", sha256(content)).query(String.class).list()).contains("stored", "attached", "decrypted");
    }

    @Test
    void aPageUploadWithCsrfIsListedWithItsHashOnTheSourceAndTestimonyPages() throws Exception {
        String source = source("Page upload (fictional)");
        String testimony = testimony(source);
        Http page = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        byte[] scan = content(400_000, 2);
        byte[] notes = ("Fictional interview notes, written for this test. " + Markers.letters(20)).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> toSource = page.upload("/sources/" + source + "/files", "file", "fictional-scan.pdf", scan,
                Map.of("_csrf", page.csrf("/sources/" + source)));
        HttpResponse<String> toTestimony = page.upload("/testimonies/" + testimony + "/files", "file", "notes.txt", notes,
                Map.of("_csrf", page.csrf("/testimonies/" + testimony)));
        HttpResponse<String> withoutToken = page.upload("/sources/" + source + "/files", "file", "x.bin",
                content(1000, 4), Map.of());

        assertThat(toSource.statusCode()).isEqualTo(302);
        assertThat(toTestimony.statusCode()).isEqualTo(302);
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(page.get("/sources/" + source).body()).contains(sha256(scan), sha256(notes), "400000", "fictional-scan.pdf");
        assertThat(page.get("/testimonies/" + testimony).body()).contains(sha256(notes)).doesNotContain(sha256(scan));
        assertThat(stored(sha256(content(1000, 4)))).isFalse();
        HttpResponse<String> down = page.get("/sources/" + source + "/files/" + sha256(notes));
        assertThat(down.statusCode()).isEqualTo(200);
        assertThat(down.body()).isEqualTo(new String(notes, StandardCharsets.UTF_8));
        assertThat(down.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"" + sha256(notes) + ".txt\"");
    }

    @Test
    void identicalUploadsAreStoredOnce() throws Exception {
        byte[] content = content(200_000, 5);
        String sha = sha256(content);
        assertThat(postRaw(source("Twice A (fictional)"), content, "image/png", "a.png", ADMIN, ADMIN_PASSWORD).statusCode())
                .isEqualTo(201);
        assertThat(postRaw(source("Twice B (fictional)"), content, "image/png", "b.png", ADMIN, ADMIN_PASSWORD).statusCode())
                .isEqualTo(201);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM files WHERE sha256 = :s").param("s", sha).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM attachments WHERE sha256 = :s").param("s", sha).query(Long.class).single())
                .isEqualTo(2);
        try (Stream<Path> walk = Files.walk(data.root().resolve("files"))) {
            assertThat(walk.filter(p -> p.getFileName().toString().equals(sha.substring(2)))).hasSize(1);
        }
    }

    @Test
    void aFileChangedOrSwappedOnDiskIsRefusedOnDownloadAndNamedByVerify() throws Exception {
        String source = source("Tamper (fictional)");
        byte[] a = content(1_200_000, 6);
        byte[] b = content(5_000, 7);
        postRaw(source, a, "audio/ogg", "a.ogg", ADMIN, ADMIN_PASSWORD);
        postRaw(source, b, "audio/ogg", "b.ogg", ADMIN, ADMIN_PASSWORD);
        Path fileA = path(sha256(a));
        Path fileB = path(sha256(b));
        byte[] originalA = Files.readAllBytes(fileA);
        byte[] originalB = Files.readAllBytes(fileB);
        assertThat(attachments.verify().intact()).isTrue();
        try {
            byte[] changed = originalA.clone();
            changed[changed.length / 2] ^= 0x01;
            Files.write(fileA, changed);
            Files.write(fileB, originalA);

            HttpResponse<byte[]> refusedA = getBytes("/api/sources/" + source + "/files/" + sha256(a), ADMIN, ADMIN_PASSWORD);
            HttpResponse<String> refusedB = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD)
                    .get("/sources/" + source + "/files/" + sha256(b));
            assertThat(refusedA.statusCode()).isEqualTo(409);
            assertThat(new String(refusedA.body(), StandardCharsets.UTF_8)).contains("no longer matches its SHA-256");
            assertThat(refusedB.statusCode()).isEqualTo(409);
            assertThat(refusedB.body()).contains("no longer matches its SHA-256");
            assertThat(attachments.verify().damaged()).containsExactlyInAnyOrder(sha256(a), sha256(b));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'refused-damaged' AND entity_id = :s")
                    .param("s", sha256(a)).query(Long.class).single()).isEqualTo(1);
        } finally {
            Files.write(fileA, originalA);
            Files.write(fileB, originalB);
        }
        assertThat(attachments.verify().intact()).isTrue();
    }

    @Test
    void tooLargeEmptyUnknownAndMalformedAreRefusedWithClearAnswers() throws Exception {
        String source = source("Limits (fictional)");
        String tooLarge = rawRequest("POST /api/sources/" + source + "/files HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Basic " + basic(ADMIN, ADMIN_PASSWORD) + "\r\nContent-Type: video/mp4\r\n"
                + "Content-Length: 3221225472\r\n\r\n" + "x".repeat(1000));
        HttpResponse<String> empty = postRaw(source, new byte[0], "audio/mpeg", "e.mp3", ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> unknown = postRaw("00000000-0000-0000-0000-000000000000", content(100, 8), "audio/mpeg",
                "u.mp3", ADMIN, ADMIN_PASSWORD);
        HttpResponse<byte[]> noSuchFile = getBytes("/api/sources/" + source + "/files/" + "ab".repeat(32), ADMIN, ADMIN_PASSWORD);
        HttpResponse<byte[]> notAHash = getBytes("/api/sources/" + source + "/files/..%2F..%2Frecourse.db", ADMIN, ADMIN_PASSWORD);

        assertThat(tooLarge).startsWith("HTTP/1.1 413").contains("larger than the limit");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("empty");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(noSuchFile.statusCode()).isEqualTo(404);
        assertThat(notAHash.statusCode()).isIn(400, 404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM attachments WHERE source_id = :s").param("s", source).query(Long.class)
                .single()).isZero();
        try (Stream<Path> incoming = Files.list(Files.createDirectories(data.root().resolve("files/.incoming")))) {
            assertThat(incoming).isEmpty();
        }
    }

    @Test
    void anUploadWhoseRowCannotBeWrittenLeavesNoFileBehind() throws Exception {
        byte[] content = content(80_000, 14);
        UUID noSuchSource = UUID.randomUUID();

        assertThatThrownBy(() -> attachments.attach(noSuchSource, Optional.empty(),
                new Upload(new ByteArrayInputStream(content), "audio/ogg", Optional.of("orphan.ogg"))))
                .isInstanceOf(RuntimeException.class);
        assertThat(stored(sha256(content))).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM files WHERE sha256 = :s").param("s", sha256(content)).query(Long.class)
                .single()).isZero();
    }

    @Test
    void onlyRolesThatRecordTestimonyDownloadOrAttachOrSeeNames() throws Exception {
        String source = source("Roles (fictional)");
        byte[] content = content(20_000, 9);
        postRaw(source, content, "application/pdf", "fictional-name-for-roles.pdf", ADMIN, ADMIN_PASSWORD);
        String viewer = "viewer-" + Markers.letters(6).toLowerCase();
        String analyst = "analyst-" + Markers.letters(6).toLowerCase();
        accounts.create(viewer, "viewer-password-12345", Role.VIEWER, false);
        accounts.create(analyst, "analyst-password-12345", Role.ANALYST, false);
        String file = "/api/sources/" + source + "/files/" + sha256(content);

        assertThat(getBytes(file, viewer, "viewer-password-12345").statusCode()).isEqualTo(403);
        assertThat(postRaw(source, content(10, 10), "text/plain", "v.txt", viewer, "viewer-password-12345").statusCode())
                .isEqualTo(403);
        assertThat(postRaw(source, content(10, 11), "text/plain", "a.txt", analyst, "analyst-password-12345").statusCode())
                .isEqualTo(403);
        assertThat(getBytes(file, analyst, "analyst-password-12345").statusCode())
                .as("recordings and scans identify people; analysts work on pseudonymised records").isEqualTo(403);
        assertThat(getBytes(file, ADMIN, ADMIN_PASSWORD).body()).isEqualTo(content);
        assertThat(Http.anonymous(port).apiGet("/api/sources/" + source + "/files", analyst, "analyst-password-12345").body())
                .contains(sha256(content)).doesNotContain("fictional-name-for-roles");
    }

    @Test
    void theOriginalNameNeverReachesTheFilesFolderTheDatabaseFileOrTheLogs(CapturedOutput output) throws Exception {
        String marker = "Fictional" + Markers.letters(12);
        String source = source("Names (fictional)");
        assertThat(postRaw(source, content(300_000, 12), "audio/wav", marker + " interview.wav", ADMIN, ADMIN_PASSWORD)
                .statusCode()).isEqualTo(201);
        Http page = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        page.upload("/sources/" + source + "/files", "file", marker + " scan.png", content(2000, 13),
                Map.of("_csrf", page.csrf("/sources/" + source)));
        assertThat(page.get("/sources/" + source).body()).contains(marker + " scan.png");

        List<Path> places = Stream.concat(Stream.of(data.database(), data.root().resolve("recourse.db-wal")),
                walk(data.root().resolve("files"))).filter(Files::isRegularFile).toList();
        for (Path p : places) {
            assertThat(new String(Files.readAllBytes(p), StandardCharsets.UTF_8)).as(p.toString()).doesNotContain(marker);
            assertThat(new String(Files.readAllBytes(p), StandardCharsets.UTF_16LE)).as(p.toString()).doesNotContain(marker);
        }
        assertThat(output.getAll()).doesNotContain(marker);
    }

    private String source(String title) {
        HttpResponse<String> r = Http.anonymous(port).apiPost("/api/sources", "{\"kind\":\"document\",\"title\":\"" + title + "\"}",
                ADMIN, ADMIN_PASSWORD);
        return created(r);
    }

    private String testimony(String source) {
        return created(Http.anonymous(port).apiPost("/api/testimonies", "{\"sourceId\":\"" + source
                + "\",\"title\":\"Files (fictional)\",\"language\":\"en\",\"body\":\"A fictional text.\"}", ADMIN, ADMIN_PASSWORD));
    }

    private HttpResponse<String> postRaw(String source, byte[] content, String type, String name, String user, String pw)
            throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/sources/" + source + "/files"))
                .header("Authorization", "Basic " + basic(user, pw)).header("Content-Type", type)
                .header("X-File-Name", URLEncoder.encode(name, StandardCharsets.UTF_8))
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build();
        return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path, String user, String pw) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic(user, pw)).GET().build();
        return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofByteArray());
    }

    private String rawRequest(String request) throws IOException {
        try (Socket s = new Socket("localhost", port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                    if (answer.toString(StandardCharsets.ISO_8859_1).contains("larger than the limit")) {
                        break;
                    }
                }
            } catch (IOException e) {
                // the server may close the connection after answering; what arrived is the answer
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private boolean stored(String sha) {
        return Files.exists(path(sha));
    }

    private Path path(String sha) {
        return data.root().resolve("files").resolve(sha.substring(0, 2)).resolve(sha.substring(2));
    }

    private static Stream<Path> walk(Path root) throws IOException {
        try (Stream<Path> w = Files.walk(root)) {
            return w.toList().stream();
        }
    }

    private static String created(HttpResponse<String> r) {
        Matcher m = ID.matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException("not created: " + r.statusCode());
        }
        return m.group(1);
    }

    /** Random bytes with a seed, so the same seed gives the same content and hash. */
    private static byte[] content(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user, String pw) {
        return Base64.getEncoder().encodeToString((user + ":" + pw).getBytes(StandardCharsets.UTF_8));
    }
}
