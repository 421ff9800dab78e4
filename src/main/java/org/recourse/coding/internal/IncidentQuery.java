package org.recourse.coding.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.recourse.coding.IncidentFilter;

/** The SQL of a filtered incident list: one EXISTS clause per filter, all values bound. */
record IncidentQuery(String sql, Map<String, Object> params) {

    static IncidentQuery of(IncidentFilter f, Set<String> violations, Set<String> perpetrators, Set<String> locations,
            int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM incidents i WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!violations.isEmpty()) {
            sql.append(" AND EXISTS (SELECT 1 FROM acts a WHERE a.incident_id = i.id AND a.violation IN (:violations))");
            params.put("violations", violations);
        }
        if (!perpetrators.isEmpty()) {
            sql.append(" AND EXISTS (SELECT 1 FROM acts a JOIN involvements v ON v.act_id = a.id"
                    + " WHERE a.incident_id = i.id AND v.perpetrator_type IN (:perpetrators))");
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
        sql.append(" ORDER BY CASE WHEN i.date_from IS NULL THEN 1 ELSE 0 END, i.date_from, i.created_at LIMIT ").append(limit);
        return new IncidentQuery(sql.toString(), params);
    }
}
