package org.recourse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.support.TestAccounts.ADMIN;
import static org.recourse.support.TestAccounts.ADMIN_PASSWORD;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.recourse.support.DataFolders;
import org.recourse.support.Http;
import org.recourse.support.RecourseProcess;
import org.recourse.support.ServerProcess;

/**
 * {@code backup} and {@code restore} end to end: a backup taken while the server (its own
 * process) writes restores to a consistent folder; one taken when it is idle restores to every
 * row of every table and every file; a changed byte, a non-empty target or missing keys are
 * refused before anything is written. All records and files are fictional.
 */
class BackupRestoreScenarioTests {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    @Test
    void backupsWhileTheServerRunsRestoreEveryRowAndFile() throws Exception {
        Path base = Files.createDirectories(Path.of("target/test-data/backup-" + System.nanoTime()));
        Path data = base.resolve("data");
        Map<String, String> files = fictionalFiles(data.resolve("files"));
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        Map<String, List<String>> liveRows;
        String attachedSha;
        Map<String, String> liveFiles;
        try (ServerProcess server = ServerProcess.start(data, base.resolve("server.log"))) {
            Http http = Http.anonymous(server.port());
            String testimony = testimony(http);
            attachedSha = attach(server.port(), testimony);
            AtomicBoolean stop = new AtomicBoolean();
            Thread writer = new Thread(() -> write(http, testimony, acknowledged, stop));
            writer.start();
            Awaitility.await().atMost(Duration.ofMinutes(3)).until(() -> acknowledged.size() >= 5);
            CliRun during = run("backup", "--data", data.toString(), "--out", base.resolve("during.rbk").toString());
            int atBackup = acknowledged.size();
            Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> acknowledged.size() >= atBackup + 3);
            stop.set(true);
            writer.join(Duration.ofSeconds(60).toMillis());
            assertThat(during.code()).as(during.err()).isZero();
            Awaitility.await().atMost(Duration.ofMinutes(1)).ignoreExceptions()
                    .until(() -> DataFolders.searchIndexCaughtUp(data));
            CliRun idle = run("backup", "--data", data.toString(), "--out", base.resolve("idle.rbk").toString());
            assertThat(idle.code()).as(idle.err()).isZero();
            liveRows = DataFolders.allRows(data);
            liveFiles = DataFolders.files(data.resolve("files"));
        }
        Path restoredIdle = base.resolve("restored-idle");
        CliRun r = run("restore", base.resolve("idle.rbk").toString(), "--data", restoredIdle.toString(), "--keys",
                data.resolve("keys").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(DataFolders.allRows(restoredIdle)).isEqualTo(liveRows);
        assertThat(DataFolders.files(restoredIdle.resolve("files"))).isEqualTo(liveFiles).containsAllEntriesOf(files)
                .hasSize(files.size() + 1);
        assertThat(DataFolders.files(restoredIdle.resolve("keys"))).isEqualTo(DataFolders.files(data.resolve("keys")));
        assertThat(restoredIdle.resolve("files").resolve(attachedSha.substring(0, 2)).resolve(attachedSha.substring(2)))
                .isRegularFile();
        CliRun filesVerified = run("files", "verify", "--data", restoredIdle.toString());
        assertThat(filesVerified.code()).as(filesVerified.err()).isZero();
        assertThat(filesVerified.out()).contains("files intact: 1 stored files");

        Path restoredDuring = base.resolve("restored-during");
        assertThat(run("restore", base.resolve("during.rbk").toString(), "--data", restoredDuring.toString(), "--keys",
                data.resolve("keys").toString()).code()).isZero();
        assertConsistent(restoredDuring, acknowledged.size());
    }

    @Test
    void aBackupWithOneChangedByteIsRefusedAndNothingIsWritten() throws Exception {
        Path base = smallFolderWithBackup();
        byte[] bytes = Files.readAllBytes(base.resolve("b.rbk"));
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(base.resolve("tampered.rbk"), bytes);
        CliRun r = run("restore", base.resolve("tampered.rbk").toString(), "--data", base.resolve("target").toString(),
                "--keys", base.resolve("data/keys").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("does not check", "nothing was restored");
        assertThat(base.resolve("target")).doesNotExist();
        try (var left = Files.list(base)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".recourse-restore"));
        }
    }

    @Test
    void restoringIntoAFolderThatHoldsSomethingIsRefused() throws Exception {
        Path base = smallFolderWithBackup();
        Path target = Files.createDirectories(base.resolve("target"));
        Files.writeString(target.resolve("notes.txt"), "fictional notes");
        CliRun r = run("restore", base.resolve("b.rbk").toString(), "--data", target.toString(), "--keys",
                base.resolve("data/keys").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("is not empty", "nothing was written");
        assertThat(DataFolders.files(target)).containsOnlyKeys("notes.txt");
    }

    @Test
    void restoringNeedsTheKeysFolderEitherGivenOrPlacedInTheTarget() throws Exception {
        Path base = smallFolderWithBackup();
        CliRun without = run("restore", base.resolve("b.rbk").toString(), "--data", base.resolve("t1").toString());
        assertThat(without.code()).isEqualTo(1);
        assertThat(without.err()).contains("there are no keys");
        assertThat(base.resolve("t1")).doesNotExist();

        Path placed = base.resolve("t2");
        DataFolders.copy(base.resolve("data/keys"), placed.resolve("keys"));
        CliRun with = run("restore", base.resolve("b.rbk").toString(), "--data", placed.toString());
        assertThat(with.code()).as(with.err()).isZero();
        assertThat(DataFolders.allRows(placed)).isEqualTo(DataFolders.allRows(base.resolve("data")));
        assertThat(CliRun.auditVerify(placed).code()).isZero();
    }

    @Test
    void aBackupNeverOverwritesAFile() throws Exception {
        Path base = smallFolderWithBackup();
        byte[] before = Files.readAllBytes(base.resolve("b.rbk"));
        CliRun again = run("backup", "--data", base.resolve("data").toString(), "--out", base.resolve("b.rbk").toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("exists already");
        assertThat(Files.readAllBytes(base.resolve("b.rbk"))).isEqualTo(before);
    }

    @Test
    void aPostgresInstallationIsToldToUsePgDump() throws Exception {
        Path base = Files.createDirectories(Path.of("target/test-data/pg-backup-" + System.nanoTime()));
        RecourseProcess.Run r = RecourseProcess.run(Map.of("RECOURSE_DB_URL", "jdbc:postgresql://localhost:5432/recourse_test"),
                "backup", "--data", base.toString(), "--out", base.resolve("b.rbk").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.output()).contains("PostgreSQL", "pg_dump");
        assertThat(base.resolve("b.rbk")).doesNotExist();
    }

    /** The snapshot taken mid-stream holds whole incidents only, an intact audit chain, and the writes acknowledged before it. */
    private static void assertConsistent(Path restored, int acknowledgedAtEnd) throws Exception {
        try (Connection c = DataFolders.sqlite(restored); Statement s = c.createStatement()) {
            ResultSet partial = s.executeQuery("""
                    SELECT COUNT(*) FROM incidents i WHERE i.title LIKE 'Backup stream%' AND (
                      (SELECT COUNT(*) FROM acts a WHERE a.incident_id = i.id) <> 3
                      OR (SELECT COUNT(*) FROM passages p WHERE p.incident_id = i.id) <> 3)""");
            partial.next();
            assertThat(partial.getInt(1)).isZero();
            ResultSet whole = s.executeQuery("SELECT COUNT(*) FROM incidents WHERE title LIKE 'Backup stream%'");
            whole.next();
            assertThat(whole.getInt(1)).isBetween(5, acknowledgedAtEnd);
        }
        CliRun verified = CliRun.auditVerify(restored);
        assertThat(verified.code()).as(verified.err()).isZero();
    }

    private static Path smallFolderWithBackup() throws Exception {
        Path base = Files.createDirectories(Path.of("target/test-data/restore-" + System.nanoTime()));
        DataFolders.create(base.resolve("data"), 0);
        fictionalFiles(base.resolve("data/files"));
        CliRun r = run("backup", "--data", base.resolve("data").toString(), "--out", base.resolve("b.rbk").toString());
        assertThat(r.code()).as(r.err()).isZero();
        return base;
    }

    private static Map<String, String> fictionalFiles(Path files) throws Exception {
        Files.createDirectories(files.resolve("ab"));
        Files.writeString(files.resolve("ab/interview-notes.txt"), "Fictional notes for the backup test.\n",
                StandardCharsets.UTF_8);
        byte[] scan = new byte[300_000];
        new Random(11).nextBytes(scan);
        Files.write(files.resolve("scan.bin"), scan);
        return DataFolders.files(files);
    }

    private static String testimony(Http http) {
        String source = created(http.apiPost("/api/sources", "{\"kind\":\"document\",\"title\":\"Backup test (fictional)\"}",
                ADMIN, ADMIN_PASSWORD));
        return created(http.apiPost("/api/testimonies", "{\"sourceId\":\"" + source + "\",\"title\":\"Backup (fictional)\","
                + "\"language\":\"en\",\"body\":\"A fictional text long enough to hold three passages.\"}", ADMIN, ADMIN_PASSWORD));
    }

    /** Attaches a fictional recording to the testimony's source through the API; returns its SHA-256. */
    private static String attach(int port, String testimony) throws Exception {
        HttpResponse<String> t = Http.anonymous(port).apiGet("/api/testimonies/" + testimony, ADMIN, ADMIN_PASSWORD);
        Matcher source = Pattern.compile("\"sourceId\":\"([0-9a-f-]{36})\"").matcher(t.body());
        assertThat(source.find()).as(t.body()).isTrue();
        byte[] recording = new byte[700_000];
        new Random(12).nextBytes(recording);
        java.net.http.HttpRequest r = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://localhost:" + port + "/api/sources/" + source.group(1) + "/files?testimony=" + testimony))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "audio/ogg").header("X-File-Name", "fictional-recording.ogg")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(recording)).build();
        HttpResponse<String> up = java.net.http.HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
        assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
        Matcher sha = Pattern.compile("\"sha256\":\"([0-9a-f]{64})\"").matcher(up.body());
        assertThat(sha.find()).isTrue();
        return sha.group(1);
    }

    private static void write(Http http, String testimony, List<String> acknowledged, AtomicBoolean stop) {
        String act = "{\"testimonyId\":\"" + testimony + "\",\"part\":\"body\",\"start\":%d,\"end\":%d,"
                + "\"violation\":\"physical_assault\",\"perpetrators\":[{\"type\":\"police\"}]}";
        for (int i = 0; !stop.get(); i++) {
            String body = "{\"incident\":{\"title\":\"Backup stream " + i + "\",\"date\":\"2008\"},\"acts\":["
                    + String.format(act, 0, 9) + "," + String.format(act, 10, 20) + "," + String.format(act, 21, 30) + "]}";
            HttpResponse<String> r = http.apiPost("/api/incidents", body, ADMIN, ADMIN_PASSWORD);
            if (r.statusCode() == 201) {
                acknowledged.add(created(r));
            }
        }
    }

    private static String created(HttpResponse<String> r) {
        Matcher m = ID.matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException("not created: " + r.statusCode());
        }
        return m.group(1);
    }

    private static CliRun run(String... argv) {
        return CliRun.of(argv);
    }
}
