package org.recourse.security;

import java.util.UUID;
import org.recourse.audit.AuditEvent;
import org.recourse.security.internal.GeneratedPasswords;
import org.recourse.security.internal.Users;
import org.recourse.shared.ConflictException;
import org.recourse.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to accounts. Every change is audited (never a password) and ends the
 * account's sessions where it takes rights away. The last active administrator can be neither
 * disabled nor demoted, so the installation always keeps someone who can manage it.
 */
@Service
public class AccountAdministration {

    private final Accounts accounts;
    private final Users users;
    private final PasswordEncoder encoder;
    private final SecondFactor secondFactor;
    private final ApplicationEventPublisher events;

    AccountAdministration(Accounts accounts, Users users, PasswordEncoder encoder, SecondFactor secondFactor,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.users = users;
        this.encoder = encoder;
        this.secondFactor = secondFactor;
        this.events = events;
    }

    @Transactional
    public IssuedPassword create(String username, Role role) {
        String password = GeneratedPasswords.generate();
        return new IssuedPassword(accounts.create(username, password, role, true), password);
    }

    @Transactional
    public void changeRole(UUID id, Role role) {
        Account account = get(id);
        if (account.role() == role) {
            return;
        }
        if (account.role() == Role.ADMIN) {
            guardLastAdmin(account);
        }
        users.setRole(id, role);
        users.bumpSessionEpoch(id);
        events.publishEvent(new AuditEvent("permission-changed", "account", id.toString()));
    }

    @Transactional
    public void disable(UUID id) {
        Account account = get(id);
        if (!account.enabled()) {
            return;
        }
        guardLastAdmin(account);
        users.setEnabled(id, false);
        users.bumpSessionEpoch(id);
        events.publishEvent(new AuditEvent("disabled", "account", id.toString()));
    }

    @Transactional
    public void enable(UUID id) {
        if (get(id).enabled()) {
            return;
        }
        users.setEnabled(id, true);
        events.publishEvent(new AuditEvent("enabled", "account", id.toString()));
    }

    @Transactional
    public IssuedPassword resetPassword(UUID id) {
        Account account = get(id);
        String password = GeneratedPasswords.generate();
        users.resetPassword(id, encoder.encode(password));
        users.bumpSessionEpoch(id);
        events.publishEvent(new AuditEvent("password-reset", "account", id.toString()));
        return new IssuedPassword(get(account.id()), password);
    }

    @Transactional
    public void resetSecondFactor(UUID id) {
        get(id);
        secondFactor.reset(id);
        users.bumpSessionEpoch(id);
    }

    public Account get(UUID id) {
        return users.find(id).orElseThrow(() -> new NotFoundException("account", id));
    }

    private void guardLastAdmin(Account account) {
        if (account.role() == Role.ADMIN && account.enabled() && users.countActiveAdmins() <= 1) {
            throw new ConflictException("this is the last active administrator; make another administrator first");
        }
    }
}
