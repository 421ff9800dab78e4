package org.recourse.testimony;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recourse.audit.AuditEvent;
import org.recourse.security.Accounts;
import org.recourse.security.Caller;
import org.recourse.security.IdentityDestroyedException;
import org.recourse.security.PersonKeys;
import org.recourse.security.Role;
import org.recourse.shared.ForbiddenException;
import org.recourse.shared.Problems;
import org.recourse.testimony.internal.PersonAccessTable;
import org.recourse.testimony.internal.PersonIdentities;
import org.recourse.testimony.internal.PersonWithdrawals;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Persons' identifying fields: stored only encrypted under each person's own key, revealed only
 * to administrators and to interviewers who recorded the person (or a testimony of theirs) or
 * were granted access; analysts, publishers and viewers never see them. Every reveal is audited
 * ({@code decrypted}), and so is every refused attempt to reveal or change ({@code decrypt-refused},
 * {@code identity-change-refused}); values never reach the audit log, exception messages or the index.
 */
@Service
public class IdentityRegistry {

    /** Audit action of a refused attempt to reveal a person's identity (entity person, its id). */
    public static final String REVEAL_REFUSED = "decrypt-refused";
    /** Audit action of a refused attempt to change a person's identity (entity person, its id). */
    public static final String CHANGE_REFUSED = "identity-change-refused";

    private final PersonRegistry persons;
    private final PersonIdentities identities;
    private final PersonAccessTable access;
    private final PersonWithdrawals withdrawals;
    private final PersonKeys keys;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    IdentityRegistry(PersonRegistry persons, PersonIdentities identities, PersonAccessTable access,
            PersonWithdrawals withdrawals, PersonKeys keys, Accounts accounts, ApplicationEventPublisher events) {
        this.persons = persons;
        this.identities = identities;
        this.access = access;
        this.withdrawals = withdrawals;
        this.keys = keys;
        this.accounts = accounts;
        this.events = events;
    }

    /** Whether this caller may reveal and change the person's identity. */
    public boolean mayReveal(PersonId person, Caller caller) {
        return switch (caller.role()) {
            case ADMIN -> true;
            case INTERVIEWER -> access.has(person, caller.username());
            default -> false;
        };
    }

    public IdentityStatus status(PersonId person, Caller caller) {
        persons.get(person);
        return new IdentityStatus(person, identities.count(person), destroyedAt(person), mayReveal(person, caller));
    }

    /**
     * Decrypts the person's identifying fields for the caller, and audits it.
     *
     * @throws ForbiddenException for a caller who may not see identities (the refusal is audited)
     * @throws IdentityDestroyedException when the person's key was destroyed
     */
    @Transactional(noRollbackFor = ForbiddenException.class)
    public Identity reveal(PersonId person, Caller caller) {
        requireMayReveal(person, caller, REVEAL_REFUSED);
        refuseDestroyed(person);
        Map<IdentityField, String> values = new EnumMap<>(IdentityField.class);
        identities.of(person).forEach((code, ciphertext) -> IdentityField.of(code).ifPresent(f -> values.put(f,
                new String(keys.decrypt(person.value(), code, ciphertext), StandardCharsets.UTF_8))));
        events.publishEvent(new AuditEvent("decrypted", "person", person.toString()));
        return new Identity(person, values);
    }

    /** Sets the given fields (blank text clears a field; fields not given stay as they are). */
    @Transactional(noRollbackFor = ForbiddenException.class)
    public IdentityStatus update(PersonId person, Map<IdentityField, String> values, Caller caller) {
        requireMayReveal(person, caller, CHANGE_REFUSED);
        refuseDestroyed(person);
        Problems p = new Problems();
        values.forEach((f, v) -> p.limit(v, f.code(), f.maxLength()));
        p.throwIfAny();
        Instant now = Instant.now();
        values.forEach((f, v) -> {
            if (v == null || v.isBlank()) {
                identities.remove(person, f.code());
            } else {
                identities.put(person, f.code(), keys.encrypt(person.value(), f.code(), v.strip().getBytes(
                        StandardCharsets.UTF_8)), now, caller.username());
            }
        });
        events.publishEvent(new AuditEvent("identity-changed", "person", person.toString()));
        return status(person, caller);
    }

    public List<IdentityGrant> grants(PersonId person, Caller caller) {
        requireAdmin(caller);
        persons.get(person);
        return access.of(person);
    }

    /** Lets an interviewer see the person's identity; administrators only, audited. */
    @Transactional
    public void grant(PersonId person, String username, Caller caller) {
        requireAdmin(caller);
        persons.get(person);
        String name = username == null ? "" : username.strip();
        Optional<Role> role = accounts.find(name).map(a -> a.role());
        new Problems().require(role.isPresent(), "username", "names no account")
                .require(role.isEmpty() || role.get() == Role.INTERVIEWER, "username",
                        "only interviewers are granted identities (administrators see them all, other roles none)")
                .throwIfAny();
        if (access.add(person, name, "granted", caller.username())) {
            events.publishEvent(new AuditEvent("identity-access-granted", "person", person.toString()));
        }
    }

    @Transactional
    public void revoke(PersonId person, String username, Caller caller) {
        requireAdmin(caller);
        persons.get(person);
        if (access.remove(person, username)) {
            events.publishEvent(new AuditEvent("identity-access-revoked", "person", person.toString()));
        }
    }

    /** When the person's identity was destroyed: recorded at withdrawal, or known from the keys folder. */
    public Optional<Instant> destroyedAt(PersonId person) {
        Optional<Instant> recorded = withdrawals.of(person);
        if (recorded.isPresent()) {
            return recorded;
        }
        Optional<Instant> noted = keys.destroyedAt(person.value());
        if (noted.isPresent() || identities.count(person) == 0 || keys.exists(person.value())) {
            return noted;
        }
        // Ciphertexts without a key: a database restored from before the withdrawal, with today's keys.
        return Optional.of(Instant.EPOCH);
    }

    /**
     * Audits an attempt to reveal ({@code change} false) or change a person's identity that was
     * refused before it reached this registry (the web's role check). An unknown person is not
     * recorded: the attempt names nothing.
     */
    public void refused(PersonId person, boolean change) {
        if (persons.find(person).isPresent()) {
            events.publishEvent(new AuditEvent(change ? CHANGE_REFUSED : REVEAL_REFUSED, "person", person.toString()));
        }
    }

    private void requireMayReveal(PersonId person, Caller caller, String refusal) {
        persons.get(person);
        if (!mayReveal(person, caller)) {
            events.publishEvent(new AuditEvent(refusal, "person", person.toString()));
            throw new ForbiddenException("identities are hidden from this account for this person");
        }
    }

    void requireMayReveal(PersonId person, Caller caller) {
        persons.get(person);
        if (!mayReveal(person, caller)) {
            throw new ForbiddenException("identities are hidden from this account for this person");
        }
    }

    private void refuseDestroyed(PersonId person) {
        Optional<Instant> destroyed = destroyedAt(person);
        if (destroyed.isPresent()) {
            throw new IdentityDestroyedException(destroyed.filter(d -> !d.equals(Instant.EPOCH)));
        }
    }

    private static void requireAdmin(Caller caller) {
        if (caller.role() != Role.ADMIN) {
            throw new ForbiddenException("only an administrator grants access to identities");
        }
    }
}
