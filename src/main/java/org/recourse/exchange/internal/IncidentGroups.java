package org.recourse.exchange.internal;

import static org.recourse.exchange.internal.Columns.REF;
import static org.recourse.exchange.internal.Columns.VIOLATION;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.recourse.exchange.ImportProblem;

/**
 * The rows of an incident table grouped into incidents (rows sharing an {@code incident_ref},
 * in the order of their first row; a row without a ref is an incident of its own), read and
 * validated group by group: only the groups asked for are made into records, so a file can be
 * stored chunk by chunk while it is read. Groups may be read by several threads at once (the
 * shared string pools are concurrent maps).
 */
public final class IncidentGroups {

    private final Table table;
    private final Codes codes;
    /** Group k's rows are {@code rows[start[k]] .. rows[start[k + 1] - 1]}, indices into the table's rows. */
    private final int[] start;
    private final int[] rows;
    private final int actRows;
    private final Map<String, String> pool = new ConcurrentHashMap<>();
    private final Map<String, String> dates = new ConcurrentHashMap<>();

    private IncidentGroups(Table table, Codes codes, int[] start, int[] rows, int actRows) {
        this.table = table;
        this.codes = codes;
        this.start = start;
        this.rows = rows;
        this.actRows = actRows;
    }

    /** Groups the table's rows; reads no cell but the ref and the violation. */
    public static IncidentGroups of(Table table, Codes codes) {
        List<Table.Row> all = table.rows();
        int[] groupOf = new int[all.size()];
        Map<String, Integer> groups = new HashMap<>(all.size() * 4 / 3 + 16);
        int[] sizes = new int[all.size()];
        int count = 0;
        int actRows = 0;
        for (int r = 0; r < all.size(); r++) {
            Table.Row row = all.get(r);
            String ref = Cells.get(table, row, REF);
            Integer g = ref.isEmpty() ? null : groups.get(ref);
            if (g == null) {
                g = count++;
                if (!ref.isEmpty()) {
                    groups.put(ref, g);
                }
            }
            groupOf[r] = g;
            sizes[g]++;
            if (!Cells.get(table, row, VIOLATION).isEmpty()) {
                actRows++;
            }
        }
        int[] start = new int[count + 1];
        for (int g = 0; g < count; g++) {
            start[g + 1] = start[g] + sizes[g];
        }
        int[] next = java.util.Arrays.copyOf(start, count);
        int[] rows = new int[all.size()];
        for (int r = 0; r < all.size(); r++) {
            rows[next[groupOf[r]]++] = r;
        }
        return new IncidentGroups(table, codes, start, rows, actRows);
    }

    /** How many incidents the file names. */
    public int size() {
        return start.length - 1;
    }

    /** Rows with a violation: the most acts the file can make. */
    public int actRows() {
        return actRows;
    }

    /** The file's data rows, those left out while reading (ragged, after broken quoting) included. */
    public int fileRows() {
        return table.rows().size() + table.problems().size();
    }

    /** The problems met while reading the table (ragged rows, broken quoting), before any group is read. */
    public List<ImportProblem> tableProblems() {
        return table.problems();
    }

    /** Groups {@code from} (inclusive) to {@code to} (exclusive), read and validated. */
    public List<Group> read(int from, int to) {
        List<Group> out = new ArrayList<>(to - from);
        for (int g = from; g < to; g++) {
            out.add(read(g));
        }
        return out;
    }

    private Group read(int g) {
        List<Cells> cells = new ArrayList<>(start[g + 1] - start[g]);
        for (int i = start[g]; i < start[g + 1]; i++) {
            cells.add(new Cells(table, table.rows().get(rows[i]), codes, pool, dates));
        }
        Parsed.ParsedIncident incident = IncidentRows.incident(cells, codes);
        List<ImportProblem> problems = null;
        int violations = 0;
        for (Cells c : cells) {
            if (!c.problems().isEmpty()) {
                if (problems == null) {
                    problems = new ArrayList<>(c.problems().size());
                }
                problems.addAll(c.problems());
            }
            if (!c.get(VIOLATION).isEmpty()) {
                violations++;
            }
        }
        return new Group(incident, problems == null ? List.of() : problems, violations);
    }

    /**
     * One incident as read: its record, the problems of its rows (valid when none: an incident
     * is kept only when all its rows are valid), and how many of its rows name a violation.
     */
    public record Group(Parsed.ParsedIncident incident, List<ImportProblem> problems, int actRows) {

        public boolean valid() {
            return problems.isEmpty();
        }

        public int rows() {
            return incident.rows().size();
        }
    }
}
