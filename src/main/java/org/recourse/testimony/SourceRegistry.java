package org.recourse.testimony;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.recourse.audit.AuditEvent;
import org.recourse.security.Caller;
import org.recourse.audit.AuditLog;
import org.recourse.audit.RecordRevision;
import org.recourse.audit.Revision;
import org.recourse.shared.FuzzyDate;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.Problems;
import org.recourse.testimony.internal.Sources;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records and reads sources. */
@Service
public class SourceRegistry {

    private final Sources sources;
    private final SourceAccess access;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    SourceRegistry(Sources sources, SourceAccess access, ApplicationEventPublisher events, AuditLog audit) {
        this.sources = sources;
        this.access = access;
        this.events = events;
        this.audit = audit;
    }

    /** Who changed what and when, oldest first. */
    public List<RecordRevision> history(SourceId id) {
        get(id);
        return audit.revisionsOf("source", id.toString());
    }

    @Transactional
    public Source record(SourceForm form) {
        Problems p = new Problems();
        Optional<SourceKind> kind = p.choice(SourceKind.class, form.kind(), "kind");
        Optional<Reliability> reliability = p.choice(Reliability.class,
                form.reliability() == null || form.reliability().isBlank() ? "unknown" : form.reliability(), "reliability");
        FuzzyDate obtainedOn = p.date(form.obtainedOn(), "obtainedOn");
        p.requireText(form.title(), "title", 300).limit(form.obtainedBy(), "obtainedBy", 200)
                .limit(form.howObtained(), "howObtained", 2000).limit(form.notes(), "notes", 10000);
        p.throwIfAny();
        Source s = new Source(SourceId.random(), kind.get(), form.title().strip(), text(form.obtainedBy()), obtainedOn,
                text(form.howObtained()), reliability.get(), text(form.notes()), Instant.now());
        sources.insert(s);
        events.publishEvent(Revision.of("created", "source", s.id()).value("kind", s.kind().name())
                .value("title", s.title()).value("obtainedBy", s.obtainedBy()).value("obtainedOn", s.obtainedOn().text())
                .value("howObtained", s.howObtained()).value("reliability", s.reliability().name())
                .value("notes", s.notes()).build());
        return s;
    }

    public Optional<Source> find(SourceId id) {
        return sources.find(id);
    }

    public Source get(SourceId id) {
        return sources.find(id).orElseThrow(() -> new NotFoundException("source", id));
    }

    public List<Source> all() {
        return sources.all();
    }

    public long count() {
        return sources.count();
    }

    /** A source this caller may see; a restricted source they are not named on is not found (and that is audited). */
    public Source get(SourceId id, Caller caller) {
        Source s = get(id);
        if (!access.maySee(caller, id)) {
            access.refused("source", id);
            throw new NotFoundException("source", id);
        }
        return s;
    }

    public Optional<Source> find(SourceId id, Caller caller) {
        return sources.find(id).filter(s -> access.maySee(caller, id));
    }

    /** The sources this caller may see, newest first. */
    public List<Source> all(Caller caller) {
        Set<SourceId> hidden = access.hiddenFrom(caller);
        return sources.all().stream().filter(s -> !hidden.contains(s.id())).toList();
    }

    public long count(Caller caller) {
        return sources.count() - access.hiddenFrom(caller).size();
    }

    static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
