package org.recourse.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.recourse.coding.Act;
import org.recourse.coding.Incident;
import org.recourse.coding.IncidentDetail;
import org.recourse.coding.Involvement;
import org.recourse.coding.InvolvementRole;
import org.recourse.coding.Passage;
import org.recourse.testimony.Person;
import org.recourse.testimony.PersonId;
import org.recourse.vocabulary.Schemes;

/**
 * Turns incidents into export rows, pseudonymised: victims appear by pseudonym and coarse
 * attributes only (never a person id, never an identifying field), codes with their labels.
 * Victims and speakers the {@link ConsentGate} does not admit are left out.
 */
public final class IncidentExport {

    private final Codes codes;
    private final Map<PersonId, Person> persons;
    private final Locale locale;
    private final ConsentGate gate;

    public IncidentExport(Codes codes, Map<PersonId, Person> persons, Locale locale, ConsentGate gate) {
        this.codes = codes;
        this.persons = persons;
        this.locale = locale;
        this.gate = gate;
    }

    /** The passages whose speaker consented to this use, each with the speaker's pseudonym. */
    public List<Map<String, Object>> passages(IncidentDetail d) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Passage p : d.passages()) {
            gate.speakerOf(p.testimonyId()).flatMap(id -> Optional.ofNullable(persons.get(id))).ifPresent(speaker -> {
                Map<String, Object> m = new java.util.LinkedHashMap<>();
                m.put("speaker", speaker.pseudonym());
                m.put("part", p.part());
                m.put("quoted", p.quoted());
                out.add(m);
            });
        }
        return out;
    }

    /** Rows of Recourse's own table ({@link Columns#INCIDENTS}): one per act, or one for an incident without acts. */
    public List<List<String>> rows(IncidentDetail d) {
        List<List<String>> out = new ArrayList<>();
        if (d.acts().isEmpty()) {
            out.add(row(d.incident(), Optional.empty()));
        }
        d.acts().forEach(a -> out.add(row(d.incident(), Optional.of(a))));
        return out;
    }

    /** The Uwazi row ({@link Columns#UWAZI}): multi-select values by label, separated by '|'. */
    public List<String> uwazi(IncidentDetail d) {
        Incident i = d.incident();
        List<String> violations = d.acts().stream().map(a -> label(Schemes.VIOLATION, a.violation())).distinct().toList();
        List<String> perpetrators = d.acts().stream().flatMap(a -> a.involvements().stream())
                .map(v -> label(Schemes.PERPETRATOR, v.perpetratorType())).distinct().toList();
        return List.of(i.title(), i.date().text(), String.join("|", violations), String.join("|", perpetrators),
                i.location().type().map(c -> label(Schemes.LOCATION, c)).orElse(""),
                i.location().country().map(c -> label(Schemes.COUNTRY, c)).orElse(""), i.location().province(),
                i.location().facility(), i.summary());
    }

    public String label(String scheme, String code) {
        return codes.label(scheme, code, locale);
    }

    public Optional<Person> victim(Act a) {
        return a.victimId().filter(gate::admits).flatMap(id -> Optional.ofNullable(persons.get(id)));
    }

    private List<String> row(Incident i, Optional<Act> act) {
        List<String> r = new ArrayList<>(List.of(i.id().toString(), i.title(), i.date().text(), i.summary(),
                i.location().type().orElse(""), i.location().type().map(c -> label(Schemes.LOCATION, c)).orElse(""),
                i.location().country().orElse(""), i.location().country().map(c -> label(Schemes.COUNTRY, c)).orElse(""),
                i.location().province(), i.location().facility()));
        r.add(act.map(Act::violation).orElse(""));
        r.add(act.map(a -> label(Schemes.VIOLATION, a.violation())).orElse(""));
        r.add(act.map(a -> String.join("|", a.involvements().stream().map(IncidentExport::perpetrator).toList())).orElse(""));
        r.add(act.map(a -> String.join("|", a.involvements().stream()
                .map(v -> label(Schemes.PERPETRATOR, v.perpetratorType())).toList())).orElse(""));
        Optional<Person> victim = act.flatMap(this::victim);
        r.add(victim.map(Person::pseudonym).orElse(""));
        r.add(victim.map(Person::gender).orElse(""));
        r.add(victim.map(Person::ageBand).orElse(""));
        r.add(victim.map(Person::occupation).orElse(""));
        r.add(victim.map(Person::departurePeriod).orElse(""));
        r.add(victim.map(Person::province).orElse(""));
        return r;
    }

    private static String perpetrator(Involvement v) {
        return v.role() == InvolvementRole.DIRECT ? v.perpetratorType()
                : v.perpetratorType() + ":" + v.role().name().toLowerCase(Locale.ROOT);
    }
}
