package org.recourse.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.recourse.security.Account;
import org.recourse.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The users table. */
@Repository
public class Users {

    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Account a, String passwordHash) {
        jdbc.sql("""
                INSERT INTO users (id, username, password_hash, role, must_change_password, enabled, created_at)
                VALUES (:id, :username, :hash, :role, :must, :enabled, :created)""")
                .param("id", a.id().toString()).param("username", a.username()).param("hash", passwordHash)
                .param("role", a.role().name()).param("must", a.mustChangePassword()).param("enabled", a.enabled())
                .param("created", a.createdAt().toString()).update();
    }

    public void setPassword(UUID id, String passwordHash) {
        jdbc.sql("UPDATE users SET password_hash = :hash, must_change_password = :f WHERE id = :id")
                .param("hash", passwordHash).param("f", false).param("id", id.toString()).update();
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("SELECT * FROM users WHERE username = :u").param("u", username).query(Users::account).optional();
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM users WHERE username = :u").param("u", username)
                .query(String.class).optional();
    }

    public List<Account> all() {
        return jdbc.sql("SELECT * FROM users ORDER BY username").query(Users::account).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
    }

    private static Account account(ResultSet rs, int n) throws SQLException {
        return new Account(UUID.fromString(rs.getString("id")), rs.getString("username"), Role.valueOf(rs.getString("role")),
                rs.getBoolean("must_change_password"), rs.getBoolean("enabled"), Instant.parse(rs.getString("created_at")));
    }
}
