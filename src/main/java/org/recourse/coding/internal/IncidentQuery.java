package org.recourse.coding.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.recourse.coding.IncidentFilter;
import org.recourse.testimony.SourceId;

/**
 * The SQL of a filtered incident list: one EXISTS clause per filter, all values bound. With
 * hidden sources, an incident whose every passage comes from them is left out in the query
 * itself, so the list limit counts only incidents the caller may see, and the violation and
 * perpetrator filters look only at acts the caller may see.
 */
record IncidentQuery(String where, Map<String, Object> params) {

    /**
     * Act {@code a} is visible: coded from no passage, or from at least one outside {@code :hidden}.
     * An act coded only from hidden passages is what a hidden source told; it stays out.
     */
    static final String VISIBLE_ACT = " AND (NOT EXISTS (SELECT 1 FROM passages q WHERE q.act_id = a.id)"
            + " OR EXISTS (SELECT 1 FROM passages q WHERE q.act_id = a.id AND q.source_id NOT IN (:hidden)))";

    private static final String ORDER =
            " ORDER BY CASE WHEN i.date_from IS NULL THEN 1 ELSE 0 END, i.date_from, i.created_at";

    static IncidentQuery of(IncidentFilter f, Set<String> violations, Set<String> perpetrators, Set<String> locations,
            Set<SourceId> hidden) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        String visibleAct = hidden.isEmpty() ? "" : VISIBLE_ACT;
        if (!violations.isEmpty()) {
            sql.append(" AND EXISTS (SELECT 1 FROM acts a WHERE a.incident_id = i.id AND a.violation IN (:violations)")
                    .append(visibleAct).append(")");
            params.put("violations", violations);
        }
        if (!perpetrators.isEmpty()) {
            sql.append(" AND EXISTS (SELECT 1 FROM acts a JOIN involvements v ON v.act_id = a.id"
                    + " WHERE a.incident_id = i.id AND v.perpetrator_type IN (:perpetrators)").append(visibleAct).append(")");
            params.put("perpetrators", perpetrators);
        }
        if (!locations.isEmpty()) {
            sql.append(" AND i.location_type IN (:locations)");
            params.put("locations", locations);
        }
        f.country().ifPresent(c -> {
            sql.append(" AND i.country = :country");
            params.put("country", c);
        });
        f.fromYear().ifPresent(y -> {
            sql.append(" AND i.date_to >= :fromDay");
            params.put("fromDay", String.format("%04d-01-01", y));
        });
        f.toYear().ifPresent(y -> {
            sql.append(" AND i.date_from <= :toDay");
            params.put("toDay", String.format("%04d-12-31", y));
        });
        f.source().ifPresent(s -> {
            sql.append(" AND EXISTS (SELECT 1 FROM passages p WHERE p.incident_id = i.id AND p.source_id = :source)");
            params.put("source", s.toString());
        });
        if (!hidden.isEmpty()) {
            sql.append(" AND (NOT EXISTS (SELECT 1 FROM passages p WHERE p.incident_id = i.id)"
                    + " OR EXISTS (SELECT 1 FROM passages p WHERE p.incident_id = i.id AND p.source_id NOT IN (:hidden)))");
            params.put("hidden", hidden.stream().map(SourceId::toString).toList());
        }
        return new IncidentQuery(sql.toString(), params);
    }

    /** The incidents, oldest first, at most {@code limit}. */
    String incidents(int limit) {
        return "SELECT * FROM incidents i" + where + ORDER + " LIMIT " + limit;
    }

    /** Each selected incident with each source of its passages, hidden sources left out, in list order. */
    String support() {
        String visible = params.containsKey("hidden") ? " AND s.source_id NOT IN (:hidden)" : "";
        return "SELECT s.incident_id, s.source_id FROM incidents i JOIN (SELECT DISTINCT incident_id, source_id FROM passages)"
                + " s ON s.incident_id = i.id" + where + visible + ORDER + ", s.source_id";
    }
}
