package org.recourse.exchange.internal;

import static org.recourse.exchange.internal.Columns.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.recourse.coding.IncidentForm;
import org.recourse.coding.PerpetratorForm;
import org.recourse.exchange.ImportProblem;
import org.recourse.vocabulary.Schemes;

/**
 * Validates Uwazi's entity CSV (one row per entity, multi-select values separated by '|',
 * thesaurus values by label). Each violation becomes one act, with all the row's perpetrators;
 * see docs/EXCHANGE.md for the mapping and what it loses.
 */
public final class UwaziRows {

    private UwaziRows() {
    }

    public static Parsed read(Table table, Codes codes) {
        List<ImportProblem> problems = new ArrayList<>(table.problems());
        if (!table.has(TITLE)) {
            problems.add(new ImportProblem(1, "Title", "the header has no Title column"));
            return new Parsed(List.of(), List.of(), table.rows().size(), problems, 0);
        }
        List<Parsed.ParsedIncident> incidents = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            Cells c = new Cells(table, row, codes);
            Parsed.ParsedIncident incident = incident(c);
            problems.addAll(c.problems());
            if (c.problems().isEmpty()) {
                incidents.add(incident);
            }
        }
        return new Parsed(incidents, List.of(), table.rows().size() + table.problems().size(), problems, incidents.size());
    }

    private static Parsed.ParsedIncident incident(Cells c) {
        IncidentForm form = new IncidentForm(c.text(TITLE, 200, true), c.text(SUMMARY, 10_000, false), c.date(DATE),
                c.code(LOCATION_TYPE, Schemes.LOCATION, c.get(LOCATION_TYPE), true),
                c.code(COUNTRY, Schemes.COUNTRY, c.get(COUNTRY), true), c.text(PROVINCE, 100, false),
                c.text(FACILITY, 200, false));
        List<PerpetratorForm> perpetrators = new ArrayList<>();
        for (String label : values(c.get("perpetrator"))) {
            String code = c.code("perpetrator", Schemes.PERPETRATOR, label, true);
            perpetrators.add(new PerpetratorForm(code, null, "direct"));
        }
        List<Parsed.ParsedAct> acts = new ArrayList<>();
        for (String label : values(c.get("violation"))) {
            String code = c.code("violation", Schemes.VIOLATION, label, true);
            acts.add(new Parsed.ParsedAct(code, Optional.empty(), perpetrators));
        }
        return new Parsed.ParsedIncident(List.of(c.row()), form, acts);
    }

    private static List<String> values(String cell) {
        return java.util.Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
