package org.recourse.exchange.internal;

import static org.recourse.exchange.internal.Columns.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.recourse.coding.IncidentForm;
import org.recourse.coding.InvolvementRole;
import org.recourse.coding.PerpetratorForm;
import org.recourse.exchange.ImportProblem;
import org.recourse.vocabulary.Schemes;

/**
 * Validates Recourse's incident table: one row per act; rows sharing an {@code incident_ref}
 * are acts of one incident, whose own fields come from its first row. An incident is kept only
 * when all its rows are valid.
 */
public final class IncidentRows {

    private static final java.util.Set<String> ROLES = java.util.Arrays.stream(InvolvementRole.values())
            .map(InvolvementRole::name).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final Map<String, String> LOWER_ROLES = ROLES.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(r -> r, r -> r.toLowerCase(Locale.ROOT)));

    private IncidentRows() {
    }

    public static Parsed read(Table table, Codes codes) {
        List<ImportProblem> problems = new ArrayList<>(table.problems());
        if (!table.has(TITLE)) {
            problems.add(new ImportProblem(1, TITLE, "the header has no title column"));
            return new Parsed(List.of(), List.of(), table.rows().size(), problems, 0);
        }
        IncidentGroups groups = IncidentGroups.of(table, codes);
        List<Parsed.ParsedIncident> incidents = new ArrayList<>();
        int validRows = 0;
        for (IncidentGroups.Group g : read(groups)) {
            if (g.valid()) {
                incidents.add(g.incident());
                validRows += g.rows();
            } else {
                problems.addAll(g.problems());
            }
        }
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
        return new Parsed(incidents, List.of(), groups.fileRows(), problems, validRows);
    }

    /** Groups at which the reading is shared with a second thread. */
    static final int PARALLEL = 10_000;

    /**
     * Reads every group. A large file's second half is read on a second thread (the groups are
     * independent; the rows of a group are read by one thread), the results kept in file order.
     */
    private static List<IncidentGroups.Group> read(IncidentGroups groups) {
        if (groups.size() < PARALLEL) {
            return groups.read(0, groups.size());
        }
        int mid = groups.size() / 2;
        java.util.concurrent.FutureTask<List<IncidentGroups.Group>> second = new java.util.concurrent.FutureTask<>(
                () -> groups.read(mid, groups.size()));
        Thread t = new Thread(second, "import-read");
        t.setDaemon(true);
        t.start();
        List<IncidentGroups.Group> out = new ArrayList<>(groups.read(0, mid));
        out.addAll(org.recourse.shared.Background.await(second, "the reading"));
        return out;
    }

    static Parsed.ParsedIncident incident(List<Cells> group, Codes codes) {
        Cells first = group.get(0);
        IncidentForm form = new IncidentForm(first.text(TITLE, 200, true), first.text(SUMMARY, 10_000, false),
                first.date(DATE), first.code(LOCATION_TYPE, Schemes.LOCATION, first.get(LOCATION_TYPE), false),
                first.code(COUNTRY, Schemes.COUNTRY, first.get(COUNTRY), false), first.shared(first.text(PROVINCE, 100, false)),
                first.shared(first.text(FACILITY, 200, false)));
        List<Parsed.ParsedAct> acts = new ArrayList<>();
        for (Cells c : group) {
            act(c).ifPresent(acts::add);
        }
        List<Integer> rows = new ArrayList<>(group.size());
        for (Cells c : group) {
            rows.add(c.row());
        }
        return new Parsed.ParsedIncident(rows, form, acts);
    }

    private static Optional<Parsed.ParsedAct> act(Cells c) {
        String violation = c.code(VIOLATION, Schemes.VIOLATION, c.get(VIOLATION), false);
        List<PerpetratorForm> perpetrators = perpetrators(c);
        if (c.get(VIOLATION).isEmpty()) {
            if (!perpetrators.isEmpty() || !c.get(VICTIM).isEmpty()) {
                c.problem(VIOLATION, "is required when perpetrators or a victim are given");
            }
            return Optional.empty();
        }
        return Optional.of(new Parsed.ParsedAct(violation, victim(c), perpetrators));
    }

    static List<PerpetratorForm> perpetrators(Cells c) {
        List<PerpetratorForm> out = new ArrayList<>();
        for (String item : c.get(PERPETRATORS).split("\\|")) {
            if (item.isBlank()) {
                continue;
            }
            String[] parts = item.strip().split(":", 2);
            String role = parts.length > 1 ? parts[1].strip().toUpperCase(Locale.ROOT) : "DIRECT";
            if (!ROLES.contains(role)) {
                c.problem(PERPETRATORS, "has an unknown role; use direct, ordered, complicit or failed_to_act");
                continue;
            }
            String code = c.code(PERPETRATORS, Schemes.PERPETRATOR, parts[0].strip(), false);
            out.add(new PerpetratorForm(code, null, LOWER_ROLES.get(role)));
        }
        return out;
    }

    private static Optional<Parsed.Victim> victim(Cells c) {
        String pseudonym = c.text(VICTIM, 80, false);
        if (pseudonym.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Parsed.Victim(pseudonym, c.text("victim_gender", 40, false),
                c.text("victim_age_band", 20, false), c.text("victim_occupation", 80, false),
                c.text("victim_departure_period", 40, false), c.text("victim_province", 80, false)));
    }
}
