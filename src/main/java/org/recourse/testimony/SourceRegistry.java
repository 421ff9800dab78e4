package org.recourse.testimony;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    SourceRegistry(Sources sources, ApplicationEventPublisher events, AuditLog audit) {
        this.sources = sources;
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

    static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
