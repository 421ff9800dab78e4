package org.recourse.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.recourse.audit.CheckpointSigner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit_checkpoints table: signed heads of the chain. */
@Repository
public class AuditCheckpoints {

    /** A checkpoint at least this often, so at most this many entries depend on the chain alone. */
    static final long INTERVAL = 1000;

    private final JdbcClient jdbc;
    private final CheckpointSigner signer;

    AuditCheckpoints(JdbcClient jdbc, CheckpointSigner signer) {
        this.jdbc = jdbc;
        this.signer = signer;
    }

    void write(long seq, String headHash, Instant at) {
        String keyId = signer.keyId();
        String createdAt = at.toString();
        byte[] signature = signer.sign(payload(seq, headHash, createdAt, keyId));
        jdbc.sql("""
                INSERT INTO audit_checkpoints (seq, head_hash, created_at, key_id, signature)
                VALUES (:seq, :hash, :at, :key, :sig)""")
                .param("seq", seq).param("hash", headHash).param("at", createdAt).param("key", keyId)
                .param("sig", Base64.getEncoder().encodeToString(signature)).update();
    }

    boolean covers(long seq) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_checkpoints WHERE seq >= :seq").param("seq", seq)
                .query(Long.class).single() > 0;
    }

    boolean none() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_checkpoints").query(Long.class).single() == 0;
    }

    List<Checkpoint> all() {
        return jdbc.sql("SELECT seq, head_hash, created_at, key_id, signature FROM audit_checkpoints ORDER BY seq")
                .query((rs, n) -> new Checkpoint(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
    }

    boolean signatureHolds(Checkpoint c) {
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(c.signature());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return signer.verify(payload(c.seq(), c.headHash(), c.createdAt(), c.keyId()), signature);
    }

    /** What is signed: every field of the checkpoint, with a label so the signature means nothing elsewhere. */
    static byte[] payload(long seq, String headHash, String createdAt, String keyId) {
        return String.join("\u001f", "recourse audit checkpoint v1", Long.toString(seq), headHash, createdAt, keyId)
                .getBytes(StandardCharsets.UTF_8);
    }

    record Checkpoint(long seq, String headHash, String createdAt, String keyId, String signature) {
    }
}
