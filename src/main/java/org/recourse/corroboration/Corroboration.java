package org.recourse.corroboration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.recourse.audit.AuditEvent;
import org.recourse.coding.IncidentCatalog;
import org.recourse.coding.IncidentId;
import org.recourse.corroboration.internal.CandidateFinder;
import org.recourse.corroboration.internal.LinkDecisions;
import org.recourse.security.Caller;
import org.recourse.shared.ConflictException;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.Problems;
import org.recourse.testimony.PersonId;
import org.recourse.testimony.PersonRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue: candidate pairs of persons and of incidents, and the reviewer's decisions.
 * Linking never merges records; it records that two records are (probably) one, and can be
 * undone. A pair with a standing decision, linked or rejected, leaves the queue.
 */
@Service
public class Corroboration {

    static final String AUDIT_TYPE = "link_decision";

    private final CandidateFinder finder;
    private final LinkDecisions decisions;
    private final PersonRegistry persons;
    private final IncidentCatalog incidents;
    private final ApplicationEventPublisher events;

    Corroboration(CandidateFinder finder, LinkDecisions decisions, PersonRegistry persons, IncidentCatalog incidents,
            ApplicationEventPublisher events) {
        this.finder = finder;
        this.decisions = decisions;
        this.persons = persons;
        this.incidents = incidents;
        this.events = events;
    }

    public List<Candidate> candidates(LinkKind kind) {
        Set<String> decided = decisions.active(kind).stream().map(d -> CandidateFinder.key(d.left(), d.right()))
                .collect(Collectors.toSet());
        return finder.find(kind, decided);
    }

    /** Candidates this caller may see: an incident pair only when both incidents are visible to them. */
    public List<Candidate> candidates(LinkKind kind, Caller caller) {
        return candidates(kind).stream().filter(c -> visible(kind, c.left(), caller) && visible(kind, c.right(), caller))
                .toList();
    }

    /** Standing links this caller may see (both records visible). */
    public List<LinkDecision> links(LinkKind kind, Caller caller) {
        return links(kind).stream().filter(d -> visible(kind, d.left(), caller) && visible(kind, d.right(), caller))
                .toList();
    }

    /** Standing links of one record whose other side this caller may see. */
    public List<LinkDecision> linksOf(LinkKind kind, String id, Caller caller) {
        return linksOf(kind, id).stream().filter(d -> visible(kind, d.other(id), caller)).toList();
    }

    /** Persons are not restricted; an incident coded only from sources hidden from the caller is. */
    private boolean visible(LinkKind kind, String id, Caller caller) {
        if (kind == LinkKind.PERSON) {
            return true;
        }
        try {
            return incidents.find(new IncidentId(UUID.fromString(id)), caller).isPresent();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Transactional
    public LinkDecision decide(LinkKind kind, String first, String second, Verdict verdict) {
        Problems p = new Problems();
        Optional<UUID> a = p.id(first, "left", true);
        Optional<UUID> b = p.id(second, "right", true);
        p.require(a.isEmpty() || !a.equals(b), "right", "must be another record than left");
        p.throwIfAny();
        requireExists(kind, a.get());
        requireExists(kind, b.get());
        String left = min(a.get().toString(), b.get().toString());
        String right = left.equals(a.get().toString()) ? b.get().toString() : a.get().toString();
        if (decisions.activeOf(kind, left).stream().anyMatch(d -> d.right().equals(right) || d.left().equals(right))) {
            throw new ConflictException("this pair was decided already; undo that decision first");
        }
        LinkDecision d = new LinkDecision(UUID.randomUUID(), kind, left, right, verdict, actor(), Instant.now(),
                Optional.empty());
        decisions.insert(d);
        events.publishEvent(new AuditEvent(verdict.code(), AUDIT_TYPE, d.id().toString()));
        return d;
    }

    @Transactional
    public LinkDecision undo(UUID id) {
        LinkDecision d = decisions.find(id).orElseThrow(() -> new NotFoundException("link decision", id));
        if (!d.active()) {
            throw new ConflictException("this decision was undone already");
        }
        decisions.undo(id, Instant.now());
        events.publishEvent(new AuditEvent("undone", AUDIT_TYPE, id.toString()));
        return decisions.find(id).orElseThrow();
    }

    public Optional<LinkDecision> find(UUID id) {
        return decisions.find(id);
    }

    /** Standing links of one kind, oldest first. */
    public List<LinkDecision> links(LinkKind kind) {
        return decisions.active(kind).stream().filter(d -> d.decision() == Verdict.LINKED).toList();
    }

    /** Standing links that involve one person or incident. */
    public List<LinkDecision> linksOf(LinkKind kind, String id) {
        return decisions.activeOf(kind, id).stream().filter(d -> d.decision() == Verdict.LINKED).toList();
    }

    private void requireExists(LinkKind kind, UUID id) {
        boolean exists = kind == LinkKind.PERSON ? persons.find(new PersonId(id)).isPresent()
                : incidents.find(new IncidentId(id)).isPresent();
        if (!exists) {
            throw new NotFoundException(kind.code(), id);
        }
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }
}
