package org.recourse.testimony;

import java.time.Instant;
import java.util.List;
import org.recourse.audit.AuditEvent;
import org.recourse.security.Caller;
import org.recourse.security.PersonKeys;
import org.recourse.shared.ConflictException;
import org.recourse.testimony.internal.Consents;
import org.recourse.testimony.internal.PersonWithdrawals;
import org.recourse.testimony.internal.Testimonies;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person withdraws all consent: every active consent ends, their key is destroyed
 * (crypto-shredding: their identifying fields, and the original files wrapped by their key,
 * become unrecoverable in the database and in every earlier backup), {@link ConsentChanged} takes
 * their passages out of search and reports, and {@link AllConsentWithdrawn} lets the files module
 * mark their files destroyed.
 * The policy {@link ConsentProperties#keepIncidentFacts()} decides whether passages coded from
 * their testimonies stay. The caller must be allowed to see the person's identity.
 */
@Service
public class ConsentWithdrawal {

    private final IdentityRegistry identities;
    private final Consents consents;
    private final Testimonies testimonies;
    private final PersonWithdrawals withdrawals;
    private final PersonKeys keys;
    private final ConsentProperties policy;
    private final ApplicationEventPublisher events;

    ConsentWithdrawal(IdentityRegistry identities, Consents consents, Testimonies testimonies,
            PersonWithdrawals withdrawals, PersonKeys keys, ConsentProperties policy, ApplicationEventPublisher events) {
        this.identities = identities;
        this.consents = consents;
        this.testimonies = testimonies;
        this.withdrawals = withdrawals;
        this.keys = keys;
        this.policy = policy;
        this.events = events;
    }

    public boolean keepsIncidentFacts() {
        return policy.keepIncidentFacts();
    }

    /**
     * The key is destroyed last, after every row is written, inside the transaction: should the
     * commit still fail, the key is gone all the same (the identity reads as destroyed) and the
     * withdrawal can simply be repeated.
     */
    @Transactional
    public Withdrawal withdrawAll(PersonId person, Caller caller) {
        identities.requireMayReveal(person, caller);
        if (withdrawals.of(person).isPresent()) {
            throw new ConflictException("this person withdrew all consent already");
        }
        Instant now = Instant.now();
        List<Consent> active = consents.of(person).stream().filter(Consent::active).toList();
        for (Consent c : active) {
            consents.withdraw(c.id(), now);
            events.publishEvent(new AuditEvent("withdrawn", "consent", c.id().toString()));
        }
        int redacted = policy.keepIncidentFacts() ? 0 : redactTestimonies(person);
        withdrawals.insert(person, now, caller.username(), policy.keepIncidentFacts());
        events.publishEvent(new AuditEvent("withdrawn-all", "person", person.toString()));
        events.publishEvent(new ConsentChanged(person));
        events.publishEvent(new AllConsentWithdrawn(person, now,
                testimonies.bySpeaker(person).stream().map(Testimony::id).toList()));
        Instant destroyed = keys.destroy(person.value());
        events.publishEvent(new AuditEvent("key-destroyed", "person", person.toString()));
        return new Withdrawal(person, destroyed, active.size(), policy.keepIncidentFacts(), redacted);
    }

    private int redactTestimonies(PersonId person) {
        List<TestimonyId> ids = testimonies.bySpeaker(person).stream().map(Testimony::id).toList();
        ids.forEach(id -> {
            testimonies.replaceText(id, ConsentProperties.WITHDRAWN_TEXT);
            events.publishEvent(new AuditEvent("redacted", "testimony", id.toString()));
        });
        events.publishEvent(new TestimoniesWithdrawn(person, ids));
        return ids.size();
    }
}
