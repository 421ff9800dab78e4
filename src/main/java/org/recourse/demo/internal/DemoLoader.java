package org.recourse.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recourse.coding.CodeActForm;
import org.recourse.coding.Coding;
import org.recourse.coding.IncidentForm;
import org.recourse.coding.IncidentId;
import org.recourse.coding.PerpetratorForm;
import org.recourse.demo.DemoStatus;
import org.recourse.testimony.PersonForm;
import org.recourse.testimony.PersonRegistry;
import org.recourse.testimony.SourceForm;
import org.recourse.testimony.SourceRegistry;
import org.recourse.testimony.Testimony;
import org.recourse.testimony.TestimonyForm;
import org.recourse.testimony.TestimonyRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads demo/demo.json when {@code recourse.demo.load} is true and the installation has no
 * sources yet: all of it in one transaction, through the same APIs and validation as a user.
 */
@Component
@Order(20)
class DemoLoader implements ApplicationRunner {

    private final boolean enabled;
    private final SourceRegistry sources;
    private final PersonRegistry persons;
    private final TestimonyRegistry testimonies;
    private final Coding coding;
    private final DemoStatus status;
    private final TransactionTemplate tx;

    DemoLoader(@Value("${recourse.demo.load:false}") boolean enabled, SourceRegistry sources, PersonRegistry persons,
            TestimonyRegistry testimonies, Coding coding, DemoStatus status, TransactionTemplate tx) {
        this.enabled = enabled;
        this.sources = sources;
        this.persons = persons;
        this.testimonies = testimonies;
        this.coding = coding;
        this.status = status;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || sources.count() > 0) {
            return;
        }
        DemoSet set = read();
        tx.executeWithoutResult(s -> load(set));
        status.markLoaded();
        System.out.println("Recourse: loaded the fictional demo data set (" + set.testimonies().size() + " testimonies, "
                + set.incidents().size() + " incidents).");
    }

    static DemoSet read() {
        try (InputStream in = DemoLoader.class.getResourceAsStream("/demo/demo.json")) {
            if (in == null) {
                throw new IllegalStateException("demo/demo.json is missing from the application");
            }
            return JsonMapper.builder().build().readValue(in, DemoSet.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void load(DemoSet set) {
        Map<String, String> ids = new HashMap<>();
        set.sources().forEach(s -> ids.put(s.key(), sources.record(new SourceForm(s.kind(), s.title(), s.obtainedBy(),
                s.obtainedOn(), s.howObtained(), s.reliability(), s.notes())).id().toString()));
        set.persons().forEach(p -> ids.put(p.key(), persons.record(new PersonForm(p.pseudonym(), p.roles(), p.gender(),
                p.ageBand(), p.occupation(), p.departurePeriod(), p.province())).id().toString()));
        set.consents().forEach(c -> persons.grant(persons.all().stream()
                .filter(p -> p.id().toString().equals(ids.get(c.person()))).findFirst().orElseThrow().id(), c.use(), c.partner()));
        Map<String, Testimony> told = new HashMap<>();
        set.testimonies().forEach(t -> told.put(t.key(), testimonies.record(new TestimonyForm(ids.get(t.source()),
                t.speaker() == null ? null : ids.get(t.speaker()), t.title(), t.language(), t.body(), t.translation(),
                t.recordedOn(), t.interviewer()))));
        set.incidents().forEach(i -> incident(i, ids, told));
    }

    private void incident(DemoSet.DemoIncident i, Map<String, String> ids, Map<String, Testimony> told) {
        IncidentId id = coding.createIncident(new IncidentForm(i.title(), i.summary(), i.date(), i.locationType(),
                i.country(), i.province(), i.facility())).id();
        for (DemoSet.DemoAct a : i.acts()) {
            Span span = Span.of(told.get(a.testimony()), a.part(), a.quote());
            List<PerpetratorForm> perpetrators = a.perpetrators() == null ? List.of()
                    : a.perpetrators().stream().map(p -> new PerpetratorForm(p.type(), null, p.role())).toList();
            coding.codeAct(new CodeActForm(id.toString(), null, span.testimonyId(), a.part(), span.start(), span.end(),
                    a.violation(), a.victim() == null || a.victim().isBlank() ? null : ids.get(a.victim()), perpetrators));
        }
        for (DemoSet.DemoPassage p : i.passages()) {
            Span span = Span.of(told.get(p.testimony()), p.part(), p.quote());
            coding.linkPassage(id, span.testimonyId(), p.part(), span.start(), span.end());
        }
        i.responses().forEach(r -> coding.addResponse(id, r.response(), r.description()));
    }

    /** Where a quoted passage stands in its testimony. */
    private record Span(String testimonyId, int start, int end) {

        static Span of(Testimony t, String part, String quote) {
            if (t == null) {
                throw new IllegalStateException("a demo passage names an unknown testimony");
            }
            int at = t.text(part).indexOf(quote);
            if (at < 0) {
                throw new IllegalStateException("a demo passage is not in its testimony " + t.id());
            }
            return new Span(t.id().toString(), at, at + quote.length());
        }
    }
}
