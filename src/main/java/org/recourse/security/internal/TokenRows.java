package org.recourse.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.recourse.security.ApiToken;
import org.recourse.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The api_tokens table; tokens are found by the SHA-256 of their value. */
@Repository
public class TokenRows {

    private final JdbcClient jdbc;

    TokenRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ApiToken t, String hash) {
        jdbc.sql("""
                INSERT INTO api_tokens (id, user_id, name, token_hash, role, created_at, expires_at)
                VALUES (:id, :user, :name, :hash, :role, :created, :expires)""")
                .param("id", t.id().toString()).param("user", t.ownerId().toString()).param("name", t.name())
                .param("hash", hash).param("role", t.role().name()).param("created", t.createdAt().toString())
                .param("expires", t.expiresAt().map(Instant::toString).orElse(null)).update();
    }

    public Optional<ApiToken> byHash(String hash) {
        return jdbc.sql("SELECT * FROM api_tokens WHERE token_hash = :h").param("h", hash).query(TokenRows::token).optional();
    }

    public Optional<ApiToken> byId(UUID id) {
        return jdbc.sql("SELECT * FROM api_tokens WHERE id = :id").param("id", id.toString()).query(TokenRows::token).optional();
    }

    public List<ApiToken> ofUser(UUID userId) {
        return jdbc.sql("SELECT * FROM api_tokens WHERE user_id = :u ORDER BY created_at DESC").param("u", userId.toString())
                .query(TokenRows::token).list();
    }

    public void revoke(UUID id, Instant at) {
        jdbc.sql("UPDATE api_tokens SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                .param("at", at.toString()).param("id", id.toString()).update();
    }

    public void used(UUID id, Instant at) {
        jdbc.sql("UPDATE api_tokens SET last_used_at = :at WHERE id = :id").param("at", at.toString())
                .param("id", id.toString()).update();
    }

    private static ApiToken token(ResultSet rs, int n) throws SQLException {
        return new ApiToken(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("user_id")),
                rs.getString("name"), Role.valueOf(rs.getString("role")), Instant.parse(rs.getString("created_at")),
                instant(rs, "last_used_at"), instant(rs, "expires_at"), instant(rs, "revoked_at"));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column)).map(Instant::parse);
    }
}
