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
import org.recourse.testimony.internal.Testimonies;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records testimonies and reads them back. */
@Service
public class TestimonyRegistry {

    static final int MAX_TEXT = 2_000_000;
    private static final Set<String> LANGUAGES = Set.of("ko", "en");

    private final Testimonies testimonies;
    private final SourceRegistry sources;
    private final PersonRegistry persons;
    private final SourceAccess access;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    TestimonyRegistry(Testimonies testimonies, SourceRegistry sources, PersonRegistry persons, SourceAccess access,
            ApplicationEventPublisher events, AuditLog audit) {
        this.testimonies = testimonies;
        this.sources = sources;
        this.persons = persons;
        this.access = access;
        this.events = events;
        this.audit = audit;
    }

    /** Who changed what and when, oldest first; the body and translation by length only. */
    public List<RecordRevision> history(TestimonyId id) {
        get(id);
        return audit.revisionsOf("testimony", id.toString());
    }

    /** Records a testimony for a caller, who may only add to sources they can see. */
    @Transactional
    public Testimony record(TestimonyForm form, Caller caller) {
        Optional<SourceId> source = new Problems().id(form.sourceId(), "sourceId", false).map(SourceId::new);
        if (source.isPresent() && !access.maySee(caller, source.get())) {
            throw new org.recourse.shared.InvalidInputException("sourceId", "names no source");
        }
        return record(form);
    }

    @Transactional
    public Testimony record(TestimonyForm form) {
        Problems p = new Problems();
        Optional<SourceId> source = p.id(form.sourceId(), "sourceId", true).map(SourceId::new);
        Optional<PersonId> speaker = p.id(form.speakerId(), "speakerId", false).map(PersonId::new);
        p.require(source.isEmpty() || sources.find(source.get()).isPresent(), "sourceId", "names no source");
        p.require(speaker.isEmpty() || persons.find(speaker.get()).isPresent(), "speakerId", "names no person");
        p.requireText(form.title(), "title", 300);
        p.require(form.language() != null && LANGUAGES.contains(form.language()), "language", "must be ko or en");
        p.requireText(form.body(), "body", MAX_TEXT).limit(form.translation(), "translation", MAX_TEXT)
                .limit(form.interviewer(), "interviewer", 200);
        FuzzyDate recordedOn = p.date(form.recordedOn(), "recordedOn");
        p.throwIfAny();
        Testimony t = new Testimony(TestimonyId.random(), source.get(), speaker, form.title().strip(), form.language(),
                form.body(), form.translation() == null ? "" : form.translation(), recordedOn,
                SourceRegistry.text(form.interviewer()), Instant.now());
        testimonies.insert(t);
        events.publishEvent(Revision.of("created", "testimony", t.id()).value("source", t.sourceId().toString())
                .value("speaker", t.speakerId().map(Object::toString).orElse("")).value("title", t.title())
                .value("language", t.language()).length("body", Optional.empty(), t.body())
                .length("translation", Optional.empty(), t.translation()).value("recordedOn", t.recordedOn().text())
                .value("interviewer", t.interviewer()).build());
        events.publishEvent(new TestimonyRecorded(t.id()));
        return t;
    }

    public Optional<Testimony> find(TestimonyId id) {
        return testimonies.find(id);
    }

    public Testimony get(TestimonyId id) {
        return testimonies.find(id).orElseThrow(() -> new NotFoundException("testimony", id));
    }

    public List<Testimony> all() {
        return testimonies.all();
    }

    public List<Testimony> ofSource(SourceId id) {
        return testimonies.ofSource(id);
    }

    public List<Testimony> bySpeaker(PersonId id) {
        return testimonies.bySpeaker(id);
    }

    public long count() {
        return testimonies.count();
    }

    /** A testimony this caller may see; one of a restricted source they are not named on is not found (and that is audited). */
    public Testimony get(TestimonyId id, Caller caller) {
        Testimony t = get(id);
        if (!access.maySee(caller, t.sourceId())) {
            access.refused("testimony", id);
            throw new NotFoundException("testimony", id);
        }
        return t;
    }

    public Optional<Testimony> find(TestimonyId id, Caller caller) {
        return testimonies.find(id).filter(t -> access.maySee(caller, t.sourceId()));
    }

    public List<Testimony> all(Caller caller) {
        return visible(testimonies.all(), caller);
    }

    public List<Testimony> ofSource(SourceId id, Caller caller) {
        return visible(testimonies.ofSource(id), caller);
    }

    public List<Testimony> bySpeaker(PersonId id, Caller caller) {
        return visible(testimonies.bySpeaker(id), caller);
    }

    public long count(Caller caller) {
        Set<SourceId> hidden = access.hiddenFrom(caller);
        return hidden.isEmpty() ? testimonies.count() : all(caller).size();
    }

    private List<Testimony> visible(List<Testimony> list, Caller caller) {
        Set<SourceId> hidden = access.hiddenFrom(caller);
        return hidden.isEmpty() ? list : list.stream().filter(t -> !hidden.contains(t.sourceId())).toList();
    }
}
