package org.recourse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recourse.support.DataFolders;

/**
 * {@code audit verify} on copies of a real data folder (about 1,020 entries, closed cleanly, so
 * signed checkpoints at seq 0, 1000 and the head), each copy attacked in one way, directly in
 * the database file, as someone with the file but without the keys would.
 */
class AuditVerifyCommandTests {

    private static Path original;
    private static long head;

    @BeforeAll
    static void realDataFolder() throws Exception {
        Path base = Files.createDirectories(Path.of("target/test-data/audit-" + System.nanoTime()));
        original = DataFolders.create(base.resolve("original"), 1_010);
        head = single(original, "SELECT seq FROM audit_head WHERE id = 1");
    }

    @Test
    void anIntactChainWithItsCheckpointsPassesAndVerifyingWritesNothing() throws Exception {
        Path copy = copy("intact");
        var before = DataFolders.allRows(copy);
        CliRun r = verify(copy);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("audit chain intact: " + head + " entries", "3 signed checkpoints",
                "last at seq " + head);
        assertThat(DataFolders.allRows(copy)).isEqualTo(before);
        assertThat(head).isGreaterThan(1_000);
    }

    @Test
    void aChangedByteInAFieldIsAHashMismatchAtThatEntry() throws Exception {
        Path copy = copy("field");
        flipChar(copy, "action", 7, 0);
        assertFails(copy, "seq 7: hash mismatch");
    }

    @Test
    void aChangedByteThatBreaksTheStoredTimeIsAHashMismatchNotACrash() throws Exception {
        Path copy = copy("time");
        flipChar(copy, "occurred_at", 9, 4);
        assertFails(copy, "seq 9: hash mismatch");
    }

    @Test
    void aChangedByteInAStoredHashIsAHashMismatchAtThatEntry() throws Exception {
        Path copy = copy("hash");
        flipChar(copy, "hash", 12, 0);
        assertFails(copy, "seq 12: hash mismatch");
    }

    @Test
    void aDeletedEntryIsAGapAtItsSeq() throws Exception {
        Path copy = copy("deleted");
        update(copy, "DELETE FROM audit_log WHERE seq = 7");
        assertFails(copy, "seq 7: missing entry (gap)");
    }

    @Test
    void aDeletedLastEntryIsAGapAtTheEnd() throws Exception {
        Path copy = copy("deleted-last");
        update(copy, "DELETE FROM audit_log WHERE seq = " + head);
        assertFails(copy, "seq " + head + ": missing entry (gap)");
    }

    @Test
    void twoSwappedEntriesAreReorderedAtTheFirst() throws Exception {
        Path copy = copy("reordered");
        update(copy, "UPDATE audit_log SET seq = -5 WHERE seq = 5", "UPDATE audit_log SET seq = 5 WHERE seq = 6",
                "UPDATE audit_log SET seq = 6 WHERE seq = -5");
        assertFails(copy, "seq 5: reordered");
    }

    @Test
    void aForgedCheckpointSignatureIsRefused() throws Exception {
        Path copy = copy("forged");
        try (Connection c = DataFolders.sqlite(copy)) {
            String sig = string(c, "SELECT signature FROM audit_checkpoints WHERE seq = 1000");
            byte[] bytes = Base64.getDecoder().decode(sig);
            bytes[20] ^= 0x01;
            exec(c, "UPDATE audit_checkpoints SET signature = '" + Base64.getEncoder().encodeToString(bytes)
                    + "' WHERE seq = 1000");
        }
        assertFails(copy, "seq 1000: bad checkpoint signature");
    }

    @Test
    void aChainRewrittenWithRecomputedHashesIsCaughtByTheNextSignedCheckpoint() throws Exception {
        Path copy = copy("rewritten");
        try (Connection c = DataFolders.sqlite(copy)) {
            exec(c, "UPDATE audit_log SET actor = 'someone-else' WHERE seq = 500");
            rehash(c, 500);
        }
        assertFails(copy, "seq 1000: checkpoint does not match the chain");
    }

    @Test
    void aTruncatedChainLeavesItsCheckpointsBeyondTheEnd() throws Exception {
        Path copy = copy("truncated");
        try (Connection c = DataFolders.sqlite(copy)) {
            exec(c, "DELETE FROM audit_log WHERE seq > 995");
            exec(c, "UPDATE audit_head SET seq = 995, hash = (SELECT hash FROM audit_log WHERE seq = 995) WHERE id = 1");
        }
        assertFails(copy, "seq 1000: checkpoint beyond the chain");
    }

    private static void assertFails(Path copy, String expected) {
        CliRun r = verify(copy);
        assertThat(r.code()).as(r.out()).isEqualTo(1);
        assertThat(r.err()).contains("audit chain BROKEN at " + expected);
    }

    /** What an attacker without the signing key can do: recompute every hash from {@code from} to the head. */
    private static void rehash(Connection c, long from) throws Exception {
        String prev = string(c, "SELECT hash FROM audit_log WHERE seq = " + (from - 1));
        try (PreparedStatement read = c.prepareStatement("SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq");
             PreparedStatement write = c.prepareStatement("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?")) {
            read.setLong(1, from);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    String line = String.join("\u001f", prev, Long.toString(rs.getLong("seq")), rs.getString("occurred_at"),
                            rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"))
                            + (rs.getString("details_hash").isEmpty() ? "" : "\u001f" + rs.getString("details_hash"));
                    String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(line.getBytes(StandardCharsets.UTF_8)));
                    write.setString(1, prev);
                    write.setString(2, hash);
                    write.setLong(3, rs.getLong("seq"));
                    write.executeUpdate();
                    prev = hash;
                }
            }
        }
        exec(c, "UPDATE audit_head SET hash = '" + prev + "' WHERE id = 1");
    }

    private static void flipChar(Path copy, String column, long seq, int index) throws SQLException {
        try (Connection c = DataFolders.sqlite(copy)) {
            String value = string(c, "SELECT " + column + " FROM audit_log WHERE seq = " + seq);
            char flipped = (char) (value.charAt(index) ^ 0x01);
            try (PreparedStatement p = c.prepareStatement("UPDATE audit_log SET " + column + " = ? WHERE seq = ?")) {
                p.setString(1, value.substring(0, index) + flipped + value.substring(index + 1));
                p.setLong(2, seq);
                p.executeUpdate();
            }
        }
    }

    private static Path copy(String name) throws Exception {
        return DataFolders.copy(original, original.resolveSibling(name));
    }

    private static void update(Path copy, String... statements) throws SQLException {
        try (Connection c = DataFolders.sqlite(copy)) {
            for (String s : statements) {
                exec(c, s);
            }
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static String string(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long single(Path dir, String sql) throws SQLException {
        try (Connection c = DataFolders.sqlite(dir)) {
            return Long.parseLong(string(c, sql));
        }
    }

    private static CliRun verify(Path dir) {
        return CliRun.auditVerify(dir);
    }
}
