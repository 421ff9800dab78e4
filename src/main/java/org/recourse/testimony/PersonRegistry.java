package org.recourse.testimony;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.recourse.audit.AuditLog;
import org.recourse.audit.RecordRevision;
import org.recourse.audit.Revision;
import org.recourse.shared.ConflictException;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.Problems;
import org.recourse.testimony.internal.Consents;
import org.recourse.testimony.internal.PersonAccessTable;
import org.recourse.testimony.internal.PersonWithdrawals;
import org.recourse.testimony.internal.Persons;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records persons under pseudonyms, and their consent per use. */
@Service
public class PersonRegistry {

    private final Persons persons;
    private final Consents consents;
    private final PersonAccessTable access;
    private final PersonWithdrawals withdrawals;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    PersonRegistry(Persons persons, Consents consents, PersonAccessTable access, PersonWithdrawals withdrawals,
            ApplicationEventPublisher events, AuditLog audit) {
        this.persons = persons;
        this.consents = consents;
        this.access = access;
        this.withdrawals = withdrawals;
        this.events = events;
        this.audit = audit;
    }

    /** Who changed what and when, oldest first: the person's own fields and their consents. */
    public List<RecordRevision> history(PersonId id) {
        get(id);
        List<RecordRevision> all = new java.util.ArrayList<>(audit.revisionsOf("person", id.toString()));
        consents.of(id).forEach(c -> all.addAll(audit.revisionsOf("consent", c.id().toString())));
        all.sort(java.util.Comparator.comparingLong(RecordRevision::auditSeq));
        return all;
    }

    @Transactional
    public Person record(PersonForm form) {
        Problems p = new Problems().requireText(form.pseudonym(), "pseudonym", 80);
        p.require(form.pseudonym() == null || persons.findByPseudonym(form.pseudonym().strip()).isEmpty(), "pseudonym",
                "is used by another person already");
        Set<PersonRole> roles = EnumSet.noneOf(PersonRole.class);
        form.roles().forEach(r -> p.choice(PersonRole.class, r, "roles").ifPresent(roles::add));
        p.require(!roles.isEmpty() || !form.roles().isEmpty(), "roles", "choose at least one role");
        p.limit(form.gender(), "gender", 40).limit(form.ageBand(), "ageBand", 20).limit(form.occupation(), "occupation", 80)
                .limit(form.departurePeriod(), "departurePeriod", 40).limit(form.province(), "province", 80);
        p.throwIfAny();
        Person person = new Person(PersonId.random(), form.pseudonym().strip(), roles, SourceRegistry.text(form.gender()),
                SourceRegistry.text(form.ageBand()), SourceRegistry.text(form.occupation()),
                SourceRegistry.text(form.departurePeriod()), SourceRegistry.text(form.province()), Instant.now());
        persons.insert(person);
        access.addCurrentUser(person.id(), "recorded");
        events.publishEvent(Revision.of("created", "person", person.id()).value("pseudonym", person.pseudonym())
                .value("roles", roles.stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(", ")))
                .value("gender", person.gender()).value("ageBand", person.ageBand())
                .value("occupation", person.occupation()).value("departurePeriod", person.departurePeriod())
                .value("province", person.province()).build());
        return person;
    }

    public Optional<Person> find(PersonId id) {
        return persons.find(id);
    }

    public Person get(PersonId id) {
        return persons.find(id).orElseThrow(() -> new NotFoundException("person", id));
    }

    public List<Person> all() {
        return persons.all();
    }

    @Transactional
    public Consent grant(PersonId personId, String use, String partner) {
        get(personId);
        if (withdrewAll(personId)) {
            // Their key is gone and their words are out of search and reports for good; a new consent would undo that.
            throw new ConflictException("this person withdrew all consent; record new consent on a new person record");
        }
        Problems p = new Problems();
        Optional<ConsentUse> u = p.choice(ConsentUse.class, use, "use");
        p.require(u.isEmpty() || u.get() != ConsentUse.SHARING || (partner != null && !partner.isBlank()), "partner",
                "is required when consenting to sharing");
        p.limit(partner, "partner", 200).throwIfAny();
        Consent c = new Consent(UUID.randomUUID(), personId, u.get(), SourceRegistry.text(partner), Instant.now(), Optional.empty());
        consents.insert(c);
        events.publishEvent(Revision.of("created", "consent", c.id()).value("person", personId.toString())
                .value("use", c.use().name()).value("partner", c.partner()).build());
        events.publishEvent(new ConsentChanged(personId));
        return c;
    }

    @Transactional
    public Consent withdraw(UUID consentId) {
        Consent c = consents.find(consentId).orElseThrow(() -> new NotFoundException("consent", consentId));
        if (!c.active()) {
            throw new ConflictException("this consent was withdrawn already");
        }
        consents.withdraw(consentId, Instant.now());
        events.publishEvent(Revision.of("withdrawn", "consent", consentId)
                .value("status", Optional.of("active"), "withdrawn").build());
        events.publishEvent(new ConsentChanged(c.personId()));
        return consents.find(consentId).orElseThrow();
    }

    public List<Consent> consents(PersonId personId) {
        return consents.of(personId);
    }

    /** Whether the person has an active consent for this use (and partner, for sharing). */
    public boolean consents(PersonId personId, ConsentUse use, String partner) {
        return consents.of(personId).stream().anyMatch(c -> c.active() && c.use() == use
                && (use != ConsentUse.SHARING || c.partner().equalsIgnoreCase(partner)));
    }

    /** Whether the person withdrew all consent (their identity key is destroyed; nothing of theirs is shown). */
    public boolean withdrewAll(PersonId personId) {
        return withdrawals.of(personId).isPresent();
    }
}
