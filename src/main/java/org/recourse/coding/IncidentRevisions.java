package org.recourse.coding;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.recourse.audit.Revision;

/**
 * The revision events of incidents and their parts (acts with their involvements, passages,
 * responses): field values, never a passage's words, and the summary by its length only.
 */
final class IncidentRevisions {

    /** The field of an imported incident's change that holds its content fingerprint before and after. */
    static final String FINGERPRINT = "fingerprint";

    private IncidentRevisions() {
    }

    static Revision created(Incident i) {
        return fields(Revision.of("created", "incident", i.id()), Optional.empty(), i).build();
    }

    /**
     * A change; for an incident a file import created, also its content fingerprint before and
     * after ({@link #FINGERPRINT}), which lets verification check the import's digest after edits.
     */
    static Revision changed(Incident before, Incident after, Optional<List<String>> fingerprints) {
        Revision.Changes c = fields(Revision.of("changed", "incident", after.id()), Optional.of(before), after);
        fingerprints.ifPresent(f -> c.value(FINGERPRINT, Optional.of(f.get(0)), f.get(1)));
        return c.build();
    }

    static Revision created(Act a) {
        return Revision.of("created", "act", a.id()).value("incident", a.incidentId().toString())
                .value("violation", a.violation()).value("victim", a.victimId().map(Object::toString).orElse(""))
                .value("perpetrators", a.involvements().stream().map(IncidentRevisions::involvement)
                        .collect(Collectors.joining(", ")))
                .build();
    }

    static Revision created(Passage p) {
        return Revision.of("created", "passage", p.id()).value("incident", p.incidentId().toString())
                .value("act", p.actId().map(Object::toString).orElse("")).value("testimony", p.testimonyId().toString())
                .value("span", p.part() + " " + p.start() + "-" + p.end()).build();
    }

    static Revision created(Response r) {
        return Revision.of("created", "response", r.id()).value("incident", r.incidentId().toString())
                .value("response", r.response()).value("description", r.description()).build();
    }

    private static Revision.Changes fields(Revision.Changes c, Optional<Incident> before, Incident after) {
        return c.value("title", before.map(Incident::title), after.title())
                .length("summary", before.map(Incident::summary), after.summary())
                .value("date", before.map(i -> i.date().text()), after.date().text())
                .value("locationType", before.map(i -> i.location().type().orElse("")), after.location().type().orElse(""))
                .value("country", before.map(i -> i.location().country().orElse("")), after.location().country().orElse(""))
                .value("province", before.map(i -> i.location().province()), after.location().province())
                .value("facility", before.map(i -> i.location().facility()), after.location().facility());
    }

    private static String involvement(Involvement v) {
        return v.perpetratorType() + " (" + v.role().name().toLowerCase(Locale.ROOT) + ")"
                + v.perpetratorId().map(id -> " " + id).orElse("");
    }
}
