package org.recourse.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.recourse.audit.AuditEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit_log table: appends extend the hash chain (each entry hashes the one before). */
@Repository
public class AuditEntries {

    static final String GENESIS = "0".repeat(64);

    private final JdbcClient jdbc;
    private final AuditCheckpoints checkpoints;

    AuditEntries(JdbcClient jdbc, AuditCheckpoints checkpoints) {
        this.jdbc = jdbc;
        this.checkpoints = checkpoints;
    }

    void append(Instant at, String actor, String action, String entityType, String entityId) {
        append(at, actor, action, entityType, entityId, "");
    }

    /**
     * Appends an entry; a non-empty {@code detailsHash} (the SHA-256 of a revision's changes) is
     * part of the entry's hash, so the changes cannot be rewritten without breaking the chain.
     * Returns the entry's seq.
     */
    long append(Instant at, String actor, String action, String entityType, String entityId, String detailsHash) {
        jdbc.sql("UPDATE audit_head SET seq = seq + 1 WHERE id = 1").update();
        Head head = jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        String hash = hash(head.prevHash(), head.seq(), at, actor, action, entityType, entityId, detailsHash);
        jdbc.sql("""
                INSERT INTO audit_log (seq, occurred_at, actor, action, entity_type, entity_id, prev_hash, hash, details_hash)
                VALUES (:seq, :at, :actor, :action, :type, :id, :prev, :hash, :details)""")
                .param("seq", head.seq()).param("at", at.toString()).param("actor", actor)
                .param("action", action).param("type", entityType).param("id", entityId)
                .param("prev", head.prevHash()).param("hash", hash).param("details", detailsHash).update();
        jdbc.sql("UPDATE audit_head SET hash = :hash WHERE id = 1").param("hash", hash).update();
        if (head.seq() % AuditCheckpoints.INTERVAL == 0) {
            checkpoints.write(head.seq(), hash, at);
        }
        return head.seq();
    }

    /**
     * Signs the current head unless a checkpoint covers it already. Call inside a transaction:
     * the first statement takes the head's write lock, so no append slips in between.
     */
    void checkpointHead(Instant at) {
        jdbc.sql("UPDATE audit_head SET seq = seq WHERE id = 1").update();
        HeadRow head = head();
        if (!checkpoints.covers(head.seq())) {
            checkpoints.write(head.seq(), head.hash(), at);
        }
    }

    HeadRow head() {
        return jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1")
                .query((rs, n) -> new HeadRow(rs.getLong(1), rs.getString(2))).single();
    }

    /**
     * Streams every entry in seq order, without holding the whole chain in memory. A stored
     * time that no longer parses is read as the epoch: it then fails its hash, which is how
     * verification reports a damaged field.
     */
    void forEach(java.util.function.Consumer<AuditEntry> action) {
        jdbc.sql("SELECT * FROM audit_log ORDER BY seq").query(rs -> {
            Instant at;
            try {
                at = Instant.parse(rs.getString("occurred_at"));
            } catch (java.time.format.DateTimeParseException damaged) {
                at = Instant.EPOCH;
            }
            action.accept(new AuditEntry(rs.getLong("seq"), at, rs.getString("actor"), rs.getString("action"),
                    rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("prev_hash"), rs.getString("hash"),
                    rs.getString("details_hash")));
        });
    }

    public List<AuditEntry> of(String entityType, String entityId) {
        return jdbc.sql("SELECT * FROM audit_log WHERE entity_type = :t AND entity_id = :id ORDER BY seq")
                .param("t", entityType).param("id", entityId).query(AuditEntries::entry).list();
    }

    public List<AuditEntry> latest(int limit) {
        return jdbc.sql("SELECT * FROM audit_log ORDER BY seq DESC LIMIT :n").param("n", limit)
                .query(AuditEntries::entry).list();
    }

    static String hash(String prev, long seq, Instant at, String actor, String action, String type, String id,
            String detailsHash) {
        String line = String.join("\u001f", prev, Long.toString(seq), at.toString(), actor, action, type, id);
        if (!detailsHash.isEmpty()) {
            // Only entries with details carry the extra field: chains written before V33 still verify.
            line = line + "\u001f" + detailsHash;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(line.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static AuditEntry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AuditEntry(rs.getLong("seq"), Instant.parse(rs.getString("occurred_at")), rs.getString("actor"),
                rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getString("prev_hash"), rs.getString("hash"), rs.getString("details_hash"));
    }

    /** The stored head of the chain. */
    record HeadRow(long seq, String hash) {
    }

    /** The chain head before this append: the new entry's number and the hash it extends. */
    private record Head(long seq, String prevHash) {
    }
}
