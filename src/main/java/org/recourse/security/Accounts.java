package org.recourse.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.recourse.audit.AuditEvent;
import org.recourse.security.internal.Users;
import org.recourse.shared.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes accounts. */
@Service
public class Accounts {

    static final int MIN_PASSWORD = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,40}");

    private final Users users;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;

    Accounts(Users users, PasswordEncoder encoder, ApplicationEventPublisher events) {
        this.users = users;
        this.encoder = encoder;
        this.events = events;
    }

    @Transactional
    public Account create(String username, String password, Role role, boolean mustChangePassword) {
        new Problems()
                .require(username != null && USERNAME.matcher(username).matches(), "username",
                        "use 2-40 lower-case letters, digits, '.', '_' or '-'")
                .require(password != null && password.length() >= MIN_PASSWORD, "password",
                        "must be at least " + MIN_PASSWORD + " characters")
                .require(username == null || users.find(username).isEmpty(), "username", "is taken")
                .throwIfAny();
        Account account = new Account(UUID.randomUUID(), username, role, mustChangePassword, true, Instant.now());
        users.insert(account, encoder.encode(password));
        events.publishEvent(AuditEvent.created("account", account.id()));
        return account;
    }

    @Transactional
    public void changePassword(String username, String newPassword) {
        new Problems().require(newPassword != null && newPassword.length() >= MIN_PASSWORD, "password",
                "must be at least " + MIN_PASSWORD + " characters").throwIfAny();
        Account account = users.find(username).orElseThrow(() -> new org.recourse.shared.NotFoundException("account", username));
        users.setPassword(account.id(), encoder.encode(newPassword));
        users.bumpSessionEpoch(account.id());
        events.publishEvent(new AuditEvent("password-changed", "account", account.id().toString()));
    }

    /** Whether the password is the account's current one (for a voluntary change). */
    public boolean passwordMatches(String username, String password) {
        return password != null && users.passwordHash(username).map(h -> encoder.matches(password, h)).orElse(false);
    }

    /** Ends every session of the account on every device (sessions compare their epoch on each request). */
    @Transactional
    public void logOutEverywhere(String username) {
        Account account = users.find(username).orElseThrow(() -> new org.recourse.shared.NotFoundException("account", username));
        users.bumpSessionEpoch(account.id());
        events.publishEvent(new AuditEvent("logged-out-everywhere", "account", account.id().toString()));
    }

    /** The epoch a session of this account must carry to stay valid; empty for unknown or disabled accounts. */
    public Optional<Long> sessionEpoch(String username) {
        return users.sessionEpoch(username);
    }

    /** Audits a completed interactive login (password, and the code where TOTP is set up). */
    @Transactional
    public void loggedIn(String username) {
        users.find(username).ifPresent(a -> events.publishEvent(new AuditEvent("login", "account", a.id().toString())));
    }

    public Optional<Account> find(String username) {
        return users.find(username);
    }

    public List<Account> all() {
        return users.all();
    }

    public boolean any() {
        return users.count() > 0;
    }
}
