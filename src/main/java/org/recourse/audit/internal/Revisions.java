package org.recourse.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recourse.audit.FieldChange;
import org.recourse.audit.RecordRevision;
import org.recourse.audit.Revision;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The record_revisions table: the changes of each record, numbered per record, each tied to an audit entry. */
@Repository
public class Revisions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Revisions(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Call after the audit entry is appended: the chain head's lock makes max + 1 safe. */
    void insert(Revision r, String changesJson, Instant at, String actor, long auditSeq) {
        // A record is created once, with a new id: its first revision needs no look-up (bulk imports).
        int next = "created".equals(r.action()) ? 1 : jdbc.sql("SELECT COALESCE(MAX(revision), 0) + 1 FROM record_revisions WHERE entity_type = :t AND entity_id = :id")
                .param("t", r.entityType()).param("id", r.entityId()).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO record_revisions (entity_type, entity_id, revision, changed_at, changed_by, action, changes, audit_seq)
                VALUES (:t, :id, :rev, :at, :by, :action, :changes, :seq)""")
                .param("t", r.entityType()).param("id", r.entityId()).param("rev", next).param("at", at.toString())
                .param("by", actor).param("action", r.action()).param("changes", changesJson).param("seq", auditSeq)
                .update();
    }

    /**
     * Stores new records' first revisions, tied to consecutive audit entries from {@code firstSeq},
     * as one JDBC batch (imports). Only "created" revisions: they need no revision-number look-up.
     */
    void insertAll(List<Revision> all, List<String> changesJson, Instant at, String actor, long firstSeq) {
        List<Object[]> rows = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            Revision r = all.get(i);
            if (!"created".equals(r.action())) {
                throw new IllegalArgumentException("a batch holds only revisions of new records");
            }
            rows.add(new Object[] {r.entityType(), r.entityId(), 1, at.toString(), actor, r.action(), changesJson.get(i),
                    firstSeq + i});
        }
        batch.batchUpdate("""
                INSERT INTO record_revisions (entity_type, entity_id, revision, changed_at, changed_by, action, changes, audit_seq)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    public List<RecordRevision> of(String entityType, String entityId) {
        return jdbc.sql("SELECT * FROM record_revisions WHERE entity_type = :t AND entity_id = :id ORDER BY revision")
                .param("t", entityType).param("id", entityId).query(Revisions::revision).list();
    }

    /** Every revision of one action on one type of record, in chain order (imports; an incident's changes). */
    public List<RecordRevision> ofAction(String entityType, String action) {
        return jdbc.sql("SELECT * FROM record_revisions WHERE entity_type = :t AND action = :a ORDER BY audit_seq")
                .param("t", entityType).param("a", action).query(Revisions::revision).list();
    }

    private static RecordRevision revision(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new RecordRevision(rs.getString("entity_type"), rs.getString("entity_id"), rs.getInt("revision"),
                Instant.parse(rs.getString("changed_at")), rs.getString("changed_by"), rs.getString("action"),
                parse(rs.getString("changes")), rs.getLong("audit_seq"));
    }

    /** Every revision whose stored changes no longer hash to its audit entry's details_hash, or whose entry is another record's. */
    List<Long> tampered() {
        List<Long> bad = new ArrayList<>();
        jdbc.sql("""
                SELECT r.entity_type, r.entity_id, r.action, r.changes, r.audit_seq, a.entity_type AS a_type,
                       a.entity_id AS a_id, a.action AS a_action, a.details_hash
                FROM record_revisions r LEFT JOIN audit_log a ON a.seq = r.audit_seq ORDER BY r.audit_seq""")
                .query(rs -> {
                    boolean ok = rs.getString("details_hash") != null
                            && rs.getString("details_hash").equals(digest(rs.getString("changes")))
                            && rs.getString("entity_type").equals(rs.getString("a_type"))
                            && rs.getString("entity_id").equals(rs.getString("a_id"))
                            && rs.getString("action").equals(rs.getString("a_action"));
                    if (!ok) {
                        bad.add(rs.getLong("audit_seq"));
                    }
                });
        return bad;
    }

    static String json(List<FieldChange> changes) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (FieldChange c : changes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("field", c.field());
            m.put("before", c.before().orElse(null));
            m.put("after", c.after().orElse(null));
            if (c.hidden()) {
                m.put("hidden", true);
            }
            out.add(m);
        }
        return JSON.writeValueAsString(out);
    }

    static String digest(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static List<FieldChange> parse(String json) {
        List<Map<String, Object>> list = JSON.readValue(json, new TypeReference<List<Map<String, Object>>>() { });
        return list.stream().map(m -> new FieldChange(String.valueOf(m.get("field")), text(m.get("before")),
                text(m.get("after")), Boolean.TRUE.equals(m.get("hidden")))).toList();
    }

    private static Optional<String> text(Object value) {
        return Optional.ofNullable(value).map(String::valueOf);
    }
}
