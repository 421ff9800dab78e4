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

    public Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM users WHERE username = :u").param("u", username)
                .query(String.class).optional();
    }

    public List<Account> all() {
        return jdbc.sql("SELECT * FROM users ORDER BY username").query(Users::account).list();
    }

    public Optional<Account> find(UUID id) {
        return jdbc.sql("SELECT * FROM users WHERE id = :id").param("id", id.toString()).query(Users::account).optional();
    }

    /** A reset: the new password must be changed at the next login. */
    public void resetPassword(UUID id, String passwordHash) {
        jdbc.sql("UPDATE users SET password_hash = :hash, must_change_password = :t WHERE id = :id")
                .param("hash", passwordHash).param("t", true).param("id", id.toString()).update();
    }

    public void setRole(UUID id, Role role) {
        jdbc.sql("UPDATE users SET role = :role WHERE id = :id").param("role", role.name()).param("id", id.toString()).update();
    }

    public void setEnabled(UUID id, boolean enabled) {
        jdbc.sql("UPDATE users SET enabled = :e WHERE id = :id").param("e", enabled).param("id", id.toString()).update();
    }

    /** Ends every session of the account: sessions remember the epoch they started in. */
    public void bumpSessionEpoch(UUID id) {
        jdbc.sql("UPDATE users SET session_epoch = session_epoch + 1 WHERE id = :id").param("id", id.toString()).update();
    }

    public Optional<Long> sessionEpoch(String username) {
        return jdbc.sql("SELECT session_epoch FROM users WHERE username = :u AND enabled = :t").param("u", username)
                .param("t", true).query(Long.class).optional();
    }

    public long countActiveAdmins() {
        return jdbc.sql("SELECT COUNT(*) FROM users WHERE role = :r AND enabled = :t").param("r", Role.ADMIN.name())
                .param("t", true).query(Long.class).single();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
    }

    private static Account account(ResultSet rs, int n) throws SQLException {
        return new Account(UUID.fromString(rs.getString("id")), rs.getString("username"), Role.valueOf(rs.getString("role")),
                rs.getBoolean("must_change_password"), rs.getBoolean("enabled"), Instant.parse(rs.getString("created_at")));
    }
}
