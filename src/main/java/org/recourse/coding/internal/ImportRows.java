package org.recourse.coding.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recourse.coding.Act;
import org.recourse.coding.Incident;
import org.recourse.coding.IncidentId;
import org.recourse.coding.Involvement;
import org.recourse.testimony.PersonId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The rows a file import writes and what verification reads back: incidents and acts that
 * carry the import's id (V36), and their involvements. Rows go in in the order of the sorted
 * random ids, so each B-tree is filled left to right instead of at random pages.
 */
@Repository
public class ImportRows {

    private static final String INCIDENT_COLUMNS = "id, title, summary, date_precision, date_from, date_to, location_type,"
            + " country, province, facility, created_at, import_id";
    private static final String ACT_COLUMNS = "id, incident_id, violation, victim_id, created_at, import_id";
    private static final String INVOLVEMENT_COLUMNS = "act_id, ordinal, perpetrator_type, perpetrator_id, role";

    private static final String NO_LEAF = "0".repeat(64);

    private final JdbcTemplate jdbc;
    private final int largeImport;

    ImportRows(JdbcTemplate jdbc, @Value("${recourse.import.large-import-incidents:50000}") int largeImport) {
        this.jdbc = jdbc;
        this.largeImport = largeImport;
    }

    /**
     * Prepares the import of a file of {@code incidents} incidents and {@code acts} acts in the
     * current transaction: on PostgreSQL, a file of at least {@code
     * recourse.import.large-import-incidents} incidents (50,000 unless configured) has the
     * foreign keys among the loaded tables checked once, set-based, when {@link
     * LargeImport#end} re-creates them ({@link SetBasedForeignKeys}: readers of incidents wait
     * for such an import). The transaction cannot commit before {@code end}.
     */
    public LargeImport beginLargeImport(int incidents, int acts) {
        if (incidents < largeImport || !TransactionSynchronizationManager.isActualTransactionActive()) {
            // Without a transaction each statement would commit on its own: never drop constraints then.
            return LargeImport.NONE;
        }
        Optional<SetBasedForeignKeys> dropped = jdbc.execute(
                (ConnectionCallback<Optional<SetBasedForeignKeys>>) c -> SetBasedForeignKeys.drop(c, acts));
        if (dropped == null || dropped.isEmpty()) {
            return LargeImport.NONE;
        }
        boolean[] restored = {false};
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                if (!restored[0]) {
                    throw new IllegalStateException("an unfinished import cannot be committed: its foreign keys are not"
                            + " re-created");
                }
            }
        });
        return () -> {
            jdbc.execute((ConnectionCallback<Void>) c -> {
                dropped.get().restore(c);
                return null;
            });
            restored[0] = true;
        };
    }

    /** What a large import has to finish before its transaction commits: re-creating its foreign keys. */
    @FunctionalInterface
    public interface LargeImport {

        /** A small import, or one on SQLite: nothing to finish. */
        LargeImport NONE = () -> { };

        void end();
    }

    /**
     * One chunk of an import: its incidents, then their acts, then the acts' involvements. On
     * SQLite each table's rows go in as batched multi-row INSERTs; on PostgreSQL as one {@code
     * COPY} per table ({@link CopyRows}), in the same transaction: the same rows, the same
     * checks (keys, foreign keys, NOT NULL), without a statement for the server to parse per 64
     * rows.
     */
    public void insert(Rows rows) {
        jdbc.execute((ConnectionCallback<Void>) c -> {
            if (CopyRows.supported(c)) {
                CopyRows.copy(c, "incidents", INCIDENT_COLUMNS, rows.incidents());
                CopyRows.copy(c, "acts", ACT_COLUMNS, rows.acts());
                CopyRows.copy(c, "involvements", INVOLVEMENT_COLUMNS, rows.involvements());
            } else {
                store(c, "incidents", INCIDENT_COLUMNS, rows.incidents());
                store(c, "acts", ACT_COLUMNS, rows.acts());
                store(c, "involvements", INVOLVEMENT_COLUMNS, rows.involvements());
            }
            return null;
        });
    }

    /** A chunk's rows as bound to the inserts: made apart from the inserting, so another thread can make the next. */
    public record Rows(List<Object[]> incidents, List<Object[]> acts, List<Object[]> involvements) {
    }

    /**
     * The rows of a chunk of incidents ({@code acts}: each incident's acts, in id order), and
     * each incident's leaf added to {@code digest} from the very values bound to the inserts,
     * which are the stored values verification reads back. Touches no database. {@code dates}
     * holds each distinct date's text across chunks.
     */
    public static Rows rows(String importId, List<Incident> incidents, List<List<Act>> acts, Instant at,
            ContentDigest digest, Map<LocalDate, String> dates) {
        String created = at.toString();
        List<Object[]> incidentRows = new ArrayList<>(incidents.size());
        List<Object[]> actRows = new ArrayList<>(incidents.size());
        List<Object[]> involvementRows = new ArrayList<>(incidents.size());
        for (int n = 0; n < incidents.size(); n++) {
            Incident i = incidents.get(n);
            String id = i.id().toString();
            String precision = i.date().precision().name();
            String from = i.date().from().map(d -> dates.computeIfAbsent(d, LocalDate::toString)).orElse(null);
            String to = i.date().to().map(d -> dates.computeIfAbsent(d, LocalDate::toString)).orElse(null);
            String type = i.location().type().orElse(null);
            String country = i.location().country().orElse(null);
            incidentRows.add(new Object[] {id, i.title(), i.summary(), precision, from, to, type, country,
                i.location().province(), i.location().facility(), created, importId});
            digest.incident(id, i.title(), i.summary(), precision, from, to, type, country, i.location().province(),
                    i.location().facility());
            for (Act a : acts.get(n)) {
                String actId = a.id().toString();
                String victim = a.victimId().map(PersonId::toString).orElse(null);
                actRows.add(new Object[] {actId, id, a.violation(), victim, created, importId});
                digest.act(actId, a.violation(), victim);
                for (int k = 0; k < a.involvements().size(); k++) {
                    Involvement v = a.involvements().get(k);
                    String person = v.perpetratorId().map(PersonId::toString).orElse(null);
                    String role = v.role().name();
                    involvementRows.add(new Object[] {actId, k, v.perpetratorType(), person, role});
                    digest.involvement(k, v.perpetratorType(), person, role);
                }
            }
            digest.addIncident();
        }
        return new Rows(incidentRows, actRows, involvementRows);
    }


    /** Rows per INSERT statement: one statement step (and one round of JNI calls) writes this many. */
    static final int ROWS_PER_INSERT = 64;

    /**
     * Inserts rows as multi-row INSERTs of {@link #ROWS_PER_INSERT} rows, batched, and one for
     * the rest: the same rows in the same order as one INSERT per row, with fewer statement
     * executions.
     */
    private static void store(Connection c, String table, String columns, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int width = rows.get(0).length;
        int full = rows.size() / ROWS_PER_INSERT * ROWS_PER_INSERT;
        if (full > 0) {
            try (PreparedStatement ps = c.prepareStatement(insert(table, columns, width, ROWS_PER_INSERT))) {
                for (int from = 0; from < full; from += ROWS_PER_INSERT) {
                    bind(ps, rows, from, from + ROWS_PER_INSERT, width);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (full < rows.size()) {
            try (PreparedStatement ps = c.prepareStatement(insert(table, columns, width, rows.size() - full))) {
                bind(ps, rows, full, rows.size(), width);
                ps.executeUpdate();
            }
        }
    }

    private static String insert(String table, String columns, int width, int rows) {
        String tuple = "(" + String.join(", ", java.util.Collections.nCopies(width, "?")) + ")";
        return "INSERT INTO " + table + " (" + columns + ") VALUES " + String.join(", ", java.util.Collections.nCopies(rows, tuple));
    }

    private static void bind(PreparedStatement ps, List<Object[]> rows, int from, int to, int width) throws SQLException {
        int p = 1;
        for (int r = from; r < to; r++) {
            Object[] row = rows.get(r);
            for (int i = 0; i < width; i++, p++) {
                if (row[i] instanceof Integer n) {
                    ps.setInt(p, n);
                } else {
                    ps.setString(p, (String) row[i]);
                }
            }
        }
    }

    public Optional<String> importOf(IncidentId id) {
        return jdbc.queryForList("SELECT import_id FROM incidents WHERE id = ?", String.class, id.toString()).stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /** Of an incident's acts, those its import created, in id order (the order of the digest). */
    public List<Act> importedActs(IncidentId id, List<Act> acts) {
        java.util.Set<String> imported = java.util.Set.copyOf(jdbc.queryForList(
                "SELECT id FROM acts WHERE incident_id = ? AND import_id IS NOT NULL", String.class, id.toString()));
        return acts.stream().filter(a -> imported.contains(a.id().toString()))
                .sorted(java.util.Comparator.comparing(a -> a.id().toString())).toList();
    }

    /**
     * Recomputes an import's digest from the stored rows, or empty when no incident carries the
     * id. An incident edited since has its leaf as imported in {@code edited} (from its first
     * change's revision), used when its stored content still has the leaf its last change
     * recorded; otherwise the digest is made not to match.
     */
    public Optional<String> digest(String importId, Map<String, EditedLeaf> edited) {
        ContentDigest digest = new ContentDigest();
        boolean[] any = {false};
        String[] current = {null, null};
        jdbc.query("""
                SELECT i.id, i.title, i.summary, i.date_precision, i.date_from, i.date_to, i.location_type, i.country,
                       i.province, i.facility, a.id AS act_id, a.violation, a.victim_id, v.ordinal, v.perpetrator_type,
                       v.perpetrator_id, v.role
                FROM incidents i
                LEFT JOIN acts a ON a.incident_id = i.id AND a.import_id = i.import_id
                LEFT JOIN involvements v ON v.act_id = a.id
                WHERE i.import_id = ? ORDER BY i.id, a.id, v.ordinal""", rs -> {
            String id = rs.getString(1);
            if (!id.equals(current[0])) {
                if (current[0] != null) {
                    end(digest, current[0], edited);
                }
                current[0] = id;
                any[0] = true;
                digest.incident(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
                current[1] = null;
            }
            String act = rs.getString(11);
            if (act != null && !act.equals(current[1])) {
                digest.act(act, rs.getString(12), rs.getString(13));
                current[1] = act;
            }
            if (rs.getString(15) != null) {
                digest.involvement(rs.getInt(14), rs.getString(15), rs.getString(16), rs.getString(17));
            }
        }, importId);
        if (!any[0]) {
            return Optional.empty();
        }
        end(digest, current[0], edited);
        return Optional.of(digest.digest());
    }

    private static void end(ContentDigest digest, String id, Map<String, EditedLeaf> edited) {
        EditedLeaf e = edited.get(id);
        if (e == null) {
            digest.endIncident();
            return;
        }
        // Changed after its last recorded edit: a leaf no incident has, so the digest cannot match.
        digest.addLeaf(digest.leafOnly().equals(e.lastAfter()) ? e.asImported() : NO_LEAF);
    }

    /** An edited imported incident: its leaf as imported, and the leaf its last change left. */
    public record EditedLeaf(String asImported, String lastAfter) {
    }
}
