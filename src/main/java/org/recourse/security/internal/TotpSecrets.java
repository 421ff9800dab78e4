package org.recourse.security.internal;

import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The totp_secrets table: one (encrypted) secret per account, confirmed once a first code matched. */
@Repository
public class TotpSecrets {

    /** A stored secret, still encrypted. */
    public record Row(byte[] ciphertext, boolean confirmed, long lastStep) {
    }

    private final JdbcClient jdbc;

    TotpSecrets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void replace(UUID userId, byte[] ciphertext) {
        delete(userId);
        jdbc.sql("""
                INSERT INTO totp_secrets (user_id, secret, confirmed, last_step, created_at)
                VALUES (:id, :secret, :confirmed, 0, :at)""")
                .param("id", userId.toString()).param("secret", Base64.getEncoder().encodeToString(ciphertext))
                .param("confirmed", false).param("at", Instant.now().toString()).update();
    }

    public Optional<Row> find(UUID userId) {
        return jdbc.sql("SELECT secret, confirmed, last_step FROM totp_secrets WHERE user_id = :id")
                .param("id", userId.toString())
                .query((rs, n) -> new Row(Base64.getDecoder().decode(rs.getString("secret")), rs.getBoolean("confirmed"),
                        rs.getLong("last_step")))
                .optional();
    }

    /** Records the step as used; false when another request used it (or a later one) first. */
    public boolean use(UUID userId, long step, boolean confirm) {
        String set = confirm ? "last_step = :step, confirmed = :t" : "last_step = :step";
        var sql = jdbc.sql("UPDATE totp_secrets SET " + set + " WHERE user_id = :id AND last_step < :step")
                .param("step", step).param("id", userId.toString());
        return (confirm ? sql.param("t", true) : sql).update() == 1;
    }

    public int delete(UUID userId) {
        return jdbc.sql("DELETE FROM totp_secrets WHERE user_id = :id").param("id", userId.toString()).update();
    }
}
