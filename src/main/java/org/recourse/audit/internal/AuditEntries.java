package org.recourse.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import org.recourse.audit.AuditEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit_log table: appends extend the hash chain (each entry hashes the one before). */
@Repository
public class AuditEntries {

    static final String GENESIS = "0".repeat(64);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final AuditCheckpoints checkpoints;

    AuditEntries(JdbcClient jdbc, JdbcTemplate batch, AuditCheckpoints checkpoints) {
        this.jdbc = jdbc;
        this.batch = batch;
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
        return appendAll(at, actor, List.of(new Entry(action, entityType, entityId, detailsHash)));
    }

    /** One entry to append: what happened to which record, and the hash of its details ("" for none). */
    record Entry(String action, String entityType, String entityId, String detailsHash) {
    }

    /**
     * Appends the entries as consecutive links of the chain and returns the seq of the first.
     * Moving the head first takes its write lock (SQLite's writer lock, a row lock on
     * PostgreSQL), so concurrent appends serialise; the entries then go in as one JDBC batch
     * (imports append thousands at once), and every multiple of {@link AuditCheckpoints#INTERVAL}
     * crossed gets its signed checkpoint.
     */
    long appendAll(Instant at, String actor, List<Entry> entries) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("nothing to append");
        }
        jdbc.sql("UPDATE audit_head SET seq = seq + :n WHERE id = 1").param("n", entries.size()).update();
        HeadRow moved = head();
        long first = moved.seq() - entries.size() + 1;
        long seq = first - 1;
        String prev = moved.hash();
        List<Object[]> rows = new ArrayList<>(entries.size());
        List<HeadRow> toSign = new ArrayList<>();
        MessageDigest sha256 = sha256();
        for (Entry e : entries) {
            seq++;
            String hash = hash(sha256, prev, seq, at, actor, e.action(), e.entityType(), e.entityId(), e.detailsHash());
            rows.add(new Object[] {seq, at.toString(), actor, e.action(), e.entityType(), e.entityId(), prev, hash,
                    e.detailsHash()});
            if (seq % AuditCheckpoints.INTERVAL == 0) {
                toSign.add(new HeadRow(seq, hash));
            }
            prev = hash;
        }
        batch.batchUpdate("""
                INSERT INTO audit_log (seq, occurred_at, actor, action, entity_type, entity_id, prev_hash, hash, details_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        jdbc.sql("UPDATE audit_head SET hash = :hash WHERE id = 1").param("hash", prev).update();
        toSign.forEach(c -> checkpoints.write(c.seq(), c.hash(), at));
        return first;
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
        return hash(sha256(), prev, seq, at, actor, action, type, id, detailsHash);
    }

    private static String hash(MessageDigest sha256, String prev, long seq, Instant at, String actor, String action,
            String type, String id, String detailsHash) {
        String line = String.join("\u001f", prev, Long.toString(seq), at.toString(), actor, action, type, id);
        if (!detailsHash.isEmpty()) {
            // Only entries with details carry the extra field: chains written before V33 still verify.
            line = line + "\u001f" + detailsHash;
        }
        return HexFormat.of().formatHex(sha256.digest(line.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
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
}
