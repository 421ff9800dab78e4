package org.recourse.coding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.recourse.audit.AuditBatch;
import org.recourse.audit.Revision;
import org.recourse.coding.internal.ContentDigest;
import org.recourse.coding.internal.ImportRows;
import org.recourse.coding.internal.Incidents;
import org.recourse.shared.FuzzyDate;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.Problems;
import org.recourse.testimony.PersonId;
import org.recourse.testimony.PersonRegistry;
import org.recourse.testimony.Testimony;
import org.recourse.testimony.TestimonyId;
import org.recourse.testimony.TestimonyRegistry;
import org.recourse.vocabulary.Schemes;
import org.recourse.vocabulary.Vocabulary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Codes testimony into incidents. Each call is one transaction: all of it is stored, or nothing. */
@Service
public class Coding {

    static final int MAX_PASSAGE = 20_000;
    private static final Set<String> PARTS = Set.of("body", "translation");

    private final Incidents incidents;
    private final ImportRows importRows;
    private final TestimonyRegistry testimonies;
    private final PersonRegistry persons;
    private final Vocabulary vocabulary;
    private final ApplicationEventPublisher events;

    Coding(Incidents incidents, ImportRows importRows, TestimonyRegistry testimonies, PersonRegistry persons,
            Vocabulary vocabulary, ApplicationEventPublisher events) {
        this.incidents = incidents;
        this.importRows = importRows;
        this.testimonies = testimonies;
        this.persons = persons;
        this.vocabulary = vocabulary;
        this.events = events;
    }

    @Transactional
    public Incident createIncident(IncidentForm form) {
        Problems p = new Problems();
        Incident incident = incident(IncidentId.random(), form, p, "");
        p.throwIfAny();
        store(incident);
        return incident;
    }

    @Transactional
    public Incident updateIncident(IncidentId id, IncidentForm form) {
        Incident old = incidents.find(id).orElseThrow(() -> new NotFoundException("incident", id));
        Problems p = new Problems();
        Incident changed = incident(id, form, p, "");
        p.throwIfAny();
        Incident updated = new Incident(id, changed.title(), changed.summary(), changed.date(), changed.location(),
                old.createdAt());
        incidents.update(updated);
        events.publishEvent(IncidentRevisions.changed(old, updated, importedFingerprints(old, updated)));
        events.publishEvent(new IncidentChanged(id));
        return incidents.find(id).orElseThrow();
    }

    /**
     * For an incident a file import created: its content fingerprint (the leaf of the import's
     * digest) before and after the change, so that verification can still check the import.
     */
    private Optional<List<String>> importedFingerprints(Incident old, Incident updated) {
        return importRows.importOf(old.id()).map(importId -> {
            List<Act> acts = importRows.importedActs(old.id(), incidents.acts(old.id()));
            return List.of(new ContentDigest().incident(old, acts).leafOnly(),
                    new ContentDigest().incident(updated, acts).leafOnly());
        });
    }

    /** Creates an incident and codes the given acts on it, all in one transaction. */
    @Transactional
    public IncidentId createIncidentWithActs(IncidentForm form, List<CodeActForm> acts) {
        if (form == null) {
            throw new org.recourse.shared.InvalidInputException("incident", "is required");
        }
        IncidentId id = createIncident(form).id();
        for (CodeActForm act : acts) {
            codeAct(new CodeActForm(id.toString(), null, act.testimonyId(), act.part(), act.start(), act.end(),
                    act.violation(), act.victimId(), act.perpetrators()));
        }
        return id;
    }

    /**
     * Stores a batch of incidents with their acts in one transaction: every record is
     * validated as {@link #createIncident} would (problems are named {@code [i].field}, i the
     * position in the batch) and audited one by one; nothing is stored when any is invalid.
     * A file import goes through {@link IncidentImports} instead: audited once, as one action.
     */
    @Transactional
    public List<IncidentId> createIncidents(List<IncidentImport> batch) {
        Checked checked = check(batch, 0, Stream.generate(UUID::randomUUID).iterator(),
                Stream.generate(UUID::randomUUID).iterator());
        List<Incident> valid = checked.incidents();
        // No IncidentChanged: it re-indexes the testimonies an incident's passages point to, and
        // new incidents from a batch have no passages yet.
        List<Act> allActs = checked.acts().stream().flatMap(List::stream).toList();
        incidents.insertAll(valid, allActs);
        List<Revision> audit = new ArrayList<>(valid.size() + allActs.size());
        for (int i = 0; i < valid.size(); i++) {
            audit.add(IncidentRevisions.created(valid.get(i)));
            checked.acts().get(i).forEach(act -> audit.add(IncidentRevisions.created(act)));
        }
        events.publishEvent(new AuditBatch(audit));
        return valid.stream().map(Incident::id).toList();
    }

    /** A validated batch: the incidents, and per incident its acts. */
    record Checked(List<Incident> incidents, List<List<Act>> acts) {
    }

    /**
     * Validates a batch as {@link #createIncident} would, giving ids from the iterators in
     * order (incidents, then acts in incident order); throws naming {@code [i].field} of every
     * problem, i counted from {@code offset}. Each distinct code is checked against the
     * vocabulary once.
     */
    Checked check(List<IncidentImport> batch, int offset, Iterator<UUID> incidentIds, Iterator<UUID> actIds) {
        return check(batch, offset, incidentIds, actIds, lookups());
    }

    /**
     * What validating a bulk import asks the database: each distinct code's term and whether
     * each distinct person exists. Asked once per value, on the calling thread; an import's
     * transaction asks for each chunk's values ({@link #learn}) before the chunk is validated on
     * another thread without a connection of its own (which would not see the persons the
     * import's transaction records).
     */
    final class Lookups {

        /** Terms by scheme, then code. Concurrent maps: a streamed import learns a chunk's values here while the worker validates the previous chunk. */
        private final Map<String, Map<String, Optional<org.recourse.vocabulary.Term>>> terms = new ConcurrentHashMap<>();
        private final Map<String, Boolean> persons = new ConcurrentHashMap<>();
        private final Map<String, FuzzyDate> dates = new ConcurrentHashMap<>();
        private final boolean complete;

        private Lookups(boolean complete) {
            this.complete = complete;
        }

        void checkCode(Problems p, String field, String scheme, String code) {
            Optional<org.recourse.vocabulary.Term> t = terms.computeIfAbsent(scheme, s -> new ConcurrentHashMap<>()).get(code);
            if (t == null) {
                t = ask(() -> term(scheme, code));
            }
            if (t.isEmpty() || t.get().deprecated()) {
                Vocabulary.checkTerm(p, field, scheme, t);
            }
        }

        boolean personExists(PersonId id) {
            Boolean known = persons.get(id.toString());
            return known != null ? known : ask(() -> person(id));
        }

        /** A date's text parsed once per distinct text (a file has a few hundred); parse problems are not kept. */
        FuzzyDate date(Problems p, String text, String field) {
            FuzzyDate d = text == null ? null : dates.get(text);
            if (d != null) {
                return d;
            }
            Problems probe = new Problems();
            d = probe.date(text, field);
            if (probe.isEmpty() && text != null) {
                dates.put(text, d);
                return d;
            }
            return p.date(text, field);
        }

        /**
         * Asks now, on this thread (in its transaction), for every code and person {@code some}
         * names that was not asked for yet; validating them later asks the database nothing.
         */
        void learn(List<IncidentImport> some) {
            Problems ignored = new Problems();
            for (IncidentImport in : some) {
                code(in.incident().locationType()).ifPresent(c -> term(Schemes.LOCATION, c));
                code(in.incident().country()).ifPresent(c -> term(Schemes.COUNTRY, c));
                for (ActForm a : in.acts()) {
                    term(Schemes.VIOLATION, a.violation());
                    ignored.id(a.victimId(), "", false).map(PersonId::new).ifPresent(this::person);
                    for (PerpetratorForm f : a.perpetrators()) {
                        term(Schemes.PERPETRATOR, f.type());
                        ignored.id(f.personId(), "", false).map(PersonId::new).ifPresent(this::person);
                    }
                }
            }
        }

        private Optional<org.recourse.vocabulary.Term> term(String scheme, String code) {
            Map<String, Optional<org.recourse.vocabulary.Term>> ofScheme = terms.computeIfAbsent(scheme,
                    s -> new ConcurrentHashMap<>());
            Optional<org.recourse.vocabulary.Term> t = ofScheme.get(code);
            if (t == null) {
                t = vocabulary.term(scheme, code);
                ofScheme.put(code, t);
            }
            return t;
        }

        private boolean person(PersonId id) {
            return persons.computeIfAbsent(id.toString(), k -> Coding.this.persons.find(id).isPresent());
        }

        private <T> T ask(java.util.function.Supplier<T> question) {
            if (complete) {
                throw new IllegalStateException("a value of the import was not looked up before validating it");
            }
            return question.get();
        }
    }

    /** Lookups asked as validation meets each value. */
    Lookups lookups() {
        return new Lookups(false);
    }

    /**
     * Lookups for an import, filled on the transaction's thread by {@link Lookups#learn} before
     * each chunk is validated: validating with them asks the database nothing, and a value not
     * learnt first is an error, not a query from the wrong thread.
     */
    Lookups importLookups() {
        return new Lookups(true);
    }

    /** As {@link #check(List, int, Iterator, Iterator)}, with the given lookups. */
    Checked check(List<IncidentImport> batch, int offset, Iterator<UUID> incidentIds, Iterator<UUID> actIds,
            Lookups lookups) {
        Problems p = new Problems();
        Problems quick = new Problems();
        List<Incident> valid = new ArrayList<>(batch.size());
        List<List<Act>> acts = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            IncidentImport in = batch.get(i);
            IncidentId id = new IncidentId(incidentIds.next());
            // Checked with plain field names first; named by position only when something is wrong,
            // so that a million valid rows build no names.
            valid.add(incident(id, in.incident(), quick, "", lookups));
            acts.add(importedActs(id, in.acts(), quick, "", lookups, actIds));
            if (!quick.isEmpty()) {
                quick = new Problems();
                String prefix = "[" + (offset + i) + "].";
                incident(id, in.incident(), p, prefix, lookups);
                importedActs(id, in.acts(), p, prefix, lookups, Stream.generate(UUID::randomUUID).iterator());
            }
        }
        p.throwIfAny();
        return new Checked(valid, acts);
    }

    private List<Act> importedActs(IncidentId id, List<ActForm> forms, Problems p, String prefix, Lookups lookups,
            Iterator<UUID> ids) {
        List<Act> out = new ArrayList<>(forms.size());
        for (int j = 0; j < forms.size(); j++) {
            ActForm f = forms.get(j);
            String field = prefix.isEmpty() ? "acts." : prefix + "acts[" + j + "].";
            lookups.checkCode(p, prefix.isEmpty() ? "acts.violation" : field + "violation", Schemes.VIOLATION,
                    f.violation());
            Optional<PersonId> victim = person(f.victimId(), prefix.isEmpty() ? "acts.victimId" : field + "victimId", p,
                    lookups);
            List<Involvement> involvements = involvements(f.perpetrators(), p, lookups);
            out.add(new Act(new ActId(ids.next()), id, f.violation(), victim, involvements));
        }
        return out;
    }

    /** Codes a passage as an act of an existing or a new incident, with its perpetrators. */
    @Transactional
    public CodedAct codeAct(CodeActForm form) {
        Problems p = new Problems();
        Optional<IncidentId> existing = p.id(form.incidentId(), "incidentId", false).map(IncidentId::new);
        p.require(existing.isEmpty() || incidents.find(existing.get()).isPresent(), "incidentId", "names no incident");
        Incident incident = existing.isPresent() ? null
                : incident(IncidentId.random(), form.newIncident() == null ? emptyForm() : form.newIncident(), p, "incident.");
        Optional<Testimony> testimony = testimony(form.testimonyId(), p);
        vocabulary.checkUsable(p, "violation", Schemes.VIOLATION, form.violation());
        Optional<PersonId> victim = person(form.victimId(), "victimId", p);
        List<Involvement> involvements = involvements(form.perpetrators(), p);
        checkSpan(testimony, form.part(), form.start(), form.end(), p);
        p.throwIfAny();

        IncidentId incidentId = existing.orElseGet(() -> store(incident).id());
        Act act = new Act(ActId.random(), incidentId, form.violation(), victim, involvements);
        incidents.insertAct(act);
        Passage passage = passage(incidentId, Optional.of(act.id()), testimony.get(), form.part(), form.start(), form.end());
        incidents.insertPassage(passage);
        events.publishEvent(IncidentRevisions.created(act));
        events.publishEvent(IncidentRevisions.created(passage));
        events.publishEvent(new IncidentChanged(incidentId));
        return new CodedAct(incidentId, act.id(), passage.id());
    }

    /** Links a further supporting passage to an incident, without a new act. */
    @Transactional
    public Passage linkPassage(IncidentId incidentId, String testimonyId, String part, Integer start, Integer end) {
        incidents.find(incidentId).orElseThrow(() -> new NotFoundException("incident", incidentId));
        Problems p = new Problems();
        Optional<Testimony> testimony = testimony(testimonyId, p);
        checkSpan(testimony, part, start, end, p);
        p.throwIfAny();
        Passage passage = passage(incidentId, Optional.empty(), testimony.get(), part, start, end);
        incidents.insertPassage(passage);
        events.publishEvent(IncidentRevisions.created(passage));
        events.publishEvent(new IncidentChanged(incidentId));
        return passage;
    }

    @Transactional
    public Response addResponse(IncidentId incidentId, String response, String description) {
        incidents.find(incidentId).orElseThrow(() -> new NotFoundException("incident", incidentId));
        Problems p = new Problems();
        vocabulary.checkUsable(p, "response", Schemes.RESPONSE, response);
        p.limit(description, "description", 4000).throwIfAny();
        Response r = new Response(UUID.randomUUID(), incidentId, response, description == null ? "" : description.strip());
        incidents.insertResponse(r);
        events.publishEvent(IncidentRevisions.created(r));
        events.publishEvent(new IncidentChanged(incidentId));
        return r;
    }

    private Incident store(Incident incident) {
        incidents.insert(incident);
        events.publishEvent(IncidentRevisions.created(incident));
        return incident;
    }

    private Incident incident(IncidentId id, IncidentForm f, Problems p, String prefix) {
        return incident(id, f, p, prefix, lookups());
    }

    /** Codes and the date through {@code lookups} (an import's are asked once per file). */
    private Incident incident(IncidentId id, IncidentForm f, Problems p, String prefix, Lookups lookups) {
        p.requireText(f.title(), prefix + "title", 200).limit(f.summary(), prefix + "summary", 10_000)
                .limit(f.province(), prefix + "province", 100).limit(f.facility(), prefix + "facility", 200);
        FuzzyDate date = lookups.date(p, f.date(), prefix + "date");
        Optional<String> type = code(f.locationType());
        Optional<String> country = code(f.country());
        type.ifPresent(c -> lookups.checkCode(p, prefix + "locationType", Schemes.LOCATION, c));
        country.ifPresent(c -> lookups.checkCode(p, prefix + "country", Schemes.COUNTRY, c));
        return new Incident(id, strip(f.title()), strip(f.summary()), date,
                new Location(type, country, strip(f.province()), strip(f.facility())), Instant.now());
    }

    private Optional<Testimony> testimony(String id, Problems p) {
        Optional<Testimony> t = p.id(id, "testimonyId", true).flatMap(u -> testimonies.find(new TestimonyId(u)));
        p.require(t.isPresent() || id == null || id.isBlank(), "testimonyId", "names no testimony");
        return t;
    }

    private Optional<PersonId> person(String id, String field, Problems p) {
        return person(id, field, p, lookups());
    }

    /** Through {@code lookups}, which ask the registry once per distinct person. */
    private Optional<PersonId> person(String id, String field, Problems p, Lookups lookups) {
        Optional<PersonId> person = p.id(id, field, false).map(PersonId::new);
        p.require(person.isEmpty() || lookups.personExists(person.get()), field, "names no person");
        return person;
    }

    private List<Involvement> involvements(List<PerpetratorForm> forms, Problems p) {
        return involvements(forms, p, lookups());
    }

    /** Field names of the first perpetrators, made once: an import checks millions. */
    private static final String[] PERPETRATOR_FIELDS = java.util.stream.IntStream.range(0, 16)
            .mapToObj(i -> "perpetrators[" + i + "]").toArray(String[]::new);
    private static final String[] PERPETRATOR_TYPES = java.util.Arrays.stream(PERPETRATOR_FIELDS)
            .map(f -> f + ".type").toArray(String[]::new);
    private static final String[] PERPETRATOR_PERSONS = java.util.Arrays.stream(PERPETRATOR_FIELDS)
            .map(f -> f + ".personId").toArray(String[]::new);
    private static final String[] PERPETRATOR_ROLES = java.util.Arrays.stream(PERPETRATOR_FIELDS)
            .map(f -> f + ".role").toArray(String[]::new);

    /** Perpetrators; codes and persons through {@code lookups}. */
    private List<Involvement> involvements(List<PerpetratorForm> forms, Problems p, Lookups lookups) {
        List<Involvement> out = new ArrayList<>(forms.size());
        for (int i = 0; i < forms.size(); i++) {
            PerpetratorForm f = forms.get(i);
            String field = i < PERPETRATOR_FIELDS.length ? PERPETRATOR_FIELDS[i] : "perpetrators[" + i + "]";
            lookups.checkCode(p, i < PERPETRATOR_TYPES.length ? PERPETRATOR_TYPES[i] : field + ".type",
                    Schemes.PERPETRATOR, f.type());
            Optional<PersonId> person = person(f.personId(),
                    i < PERPETRATOR_PERSONS.length ? PERPETRATOR_PERSONS[i] : field + ".personId", p, lookups);
            String role = f.role() == null || f.role().isBlank() ? "direct" : f.role();
            p.choice(InvolvementRole.class, role, i < PERPETRATOR_ROLES.length ? PERPETRATOR_ROLES[i] : field + ".role")
                    .ifPresent(r -> out.add(new Involvement(f.type(), person, r)));
        }
        return out;
    }

    private static void checkSpan(Optional<Testimony> t, String part, Integer start, Integer end, Problems p) {
        p.require(part != null && PARTS.contains(part), "part", "must be body or translation");
        p.require(start != null && end != null, "start", "select a passage of the testimony");
        if (t.isEmpty() || part == null || !PARTS.contains(part) || start == null || end == null) {
            return;
        }
        int length = t.get().text(part).length();
        p.require(start >= 0 && start < end && end <= length, "end", "the passage is outside the testimony's text");
        p.require(end - start <= MAX_PASSAGE, "end", "a passage is at most " + MAX_PASSAGE + " characters");
    }

    private static Passage passage(IncidentId incident, Optional<ActId> act, Testimony t, String part, int start, int end) {
        return new Passage(PassageId.random(), incident, act, t.id(), t.sourceId(), part, start, end,
                t.text(part).substring(start, end));
    }

    private static Optional<String> code(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static IncidentForm emptyForm() {
        return new IncidentForm("", "", "", "", "", "", "");
    }
}
