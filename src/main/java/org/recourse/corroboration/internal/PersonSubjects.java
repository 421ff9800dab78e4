package org.recourse.corroboration.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recourse.coding.Act;
import org.recourse.coding.IncidentCatalog;
import org.recourse.coding.IncidentDetail;
import org.recourse.coding.IncidentFilter;
import org.recourse.coding.IncidentSummary;
import org.recourse.coding.Passage;
import org.recourse.linkage.LinkRecord;
import org.recourse.testimony.Person;
import org.recourse.testimony.PersonRegistry;
import org.recourse.testimony.Testimony;
import org.recourse.testimony.TestimonyRegistry;
import org.springframework.stereotype.Component;

/**
 * Persons who speak in a testimony or are the victim of a coded act, as link records of their
 * coarse attributes. The pseudonym is left out on purpose: it is chosen per source, so two
 * records of one woman have different pseudonyms, and it must not make two women look alike.
 */
@Component
public class PersonSubjects {

    public static final List<String> FIELDS = List.of("gender", "ageband", "occupation", "departure", "province");

    private final PersonRegistry persons;
    private final TestimonyRegistry testimonies;
    private final IncidentCatalog incidents;

    PersonSubjects(PersonRegistry persons, TestimonyRegistry testimonies, IncidentCatalog incidents) {
        this.persons = persons;
        this.testimonies = testimonies;
        this.incidents = incidents;
    }

    public List<Subject> all() {
        Map<String, Set<String>> sources = new HashMap<>();
        for (Testimony t : testimonies.all()) {
            t.speakerId().ifPresent(p -> add(sources, p.toString(), Set.of(t.sourceId().toString())));
        }
        for (IncidentSummary s : incidents.list(IncidentFilter.ALL)) {
            IncidentDetail detail = incidents.detail(s.incident().id());
            for (Act act : detail.acts()) {
                act.victimId().ifPresent(v -> add(sources, v.toString(), sourcesOf(act, detail.passages())));
            }
        }
        return persons.all().stream().filter(p -> sources.containsKey(p.id().toString()))
                .map(p -> new Subject(record(p), sources.get(p.id().toString()))).toList();
    }

    /** The sources of the passages coded on the act, else of all the incident's passages. */
    private static Set<String> sourcesOf(Act act, List<Passage> passages) {
        Set<String> own = new HashSet<>();
        Set<String> all = new HashSet<>();
        for (Passage p : passages) {
            all.add(p.sourceId().toString());
            if (p.actId().filter(act.id()::equals).isPresent()) {
                own.add(p.sourceId().toString());
            }
        }
        return own.isEmpty() ? all : own;
    }

    private static void add(Map<String, Set<String>> sources, String person, Set<String> more) {
        sources.computeIfAbsent(person, k -> new HashSet<>()).addAll(more);
    }

    static LinkRecord record(Person p) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("gender", p.gender());
        f.put("ageband", p.ageBand());
        f.put("occupation", p.occupation());
        f.put("departure", p.departurePeriod());
        f.put("province", p.province());
        return new LinkRecord(p.id().toString(), f);
    }
}
