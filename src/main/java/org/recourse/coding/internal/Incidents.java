package org.recourse.coding.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.recourse.coding.Act;
import org.recourse.coding.ActId;
import org.recourse.coding.Incident;
import org.recourse.coding.IncidentFilter;
import org.recourse.coding.IncidentId;
import org.recourse.coding.IncidentSummary;
import org.recourse.coding.Involvement;
import org.recourse.coding.InvolvementRole;
import org.recourse.coding.Location;
import org.recourse.coding.Passage;
import org.recourse.coding.PassageId;
import org.recourse.coding.Response;
import org.recourse.shared.DatePrecision;
import org.recourse.shared.FuzzyDate;
import org.recourse.testimony.PersonId;
import org.recourse.testimony.SourceId;
import org.recourse.testimony.TestimonyId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The incidents, acts, involvements, responses and passages tables. */
@Repository
public class Incidents {

    private static final String INSERT_INCIDENT = """
            INSERT INTO incidents (id, title, summary, date_precision, date_from, date_to, location_type, country,
            province, facility, created_at) VALUES (:id, :title, :summary, :precision, :from, :to, :type, :country,
            :province, :facility, :created)""";
    private static final String INSERT_ACT =
            "INSERT INTO acts (id, incident_id, violation, victim_id, created_at) VALUES (:id, :incident, :v, :victim, :at)";
    private static final String INSERT_INVOLVEMENT = """
            INSERT INTO involvements (act_id, ordinal, perpetrator_type, perpetrator_id, role)
            VALUES (:act, :ordinal, :type, :person, :role)""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    Incidents(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public void insert(Incident i) {
        jdbc.sql(INSERT_INCIDENT).params(params(i)).update();
    }

    /**
     * Inserts many incidents with their acts and involvements as three JDBC batches: one
     * prepared statement per table instead of one parse and round trip per row (imports).
     */
    public void insertAll(List<Incident> all, List<Act> acts) {
        batch.batchUpdate(INSERT_INCIDENT, all.stream().map(i -> new MapSqlParameterSource(params(i)))
                .toArray(SqlParameterSource[]::new));
        String now = Instant.now().toString();
        batch.batchUpdate(INSERT_ACT, acts.stream().map(a -> new MapSqlParameterSource(actParams(a, now)))
                .toArray(SqlParameterSource[]::new));
        batch.batchUpdate(INSERT_INVOLVEMENT, acts.stream().flatMap(a -> java.util.stream.IntStream
                .range(0, a.involvements().size()).mapToObj(i -> new MapSqlParameterSource(involvementParams(a, i))))
                .toArray(SqlParameterSource[]::new));
    }

    public void update(Incident i) {
        jdbc.sql("""
                UPDATE incidents SET title = :title, summary = :summary, date_precision = :precision, date_from = :from,
                date_to = :to, location_type = :type, country = :country, province = :province, facility = :facility
                WHERE id = :id""").params(params(i)).update();
    }

    public void insertAct(Act a) {
        jdbc.sql(INSERT_ACT).params(actParams(a, Instant.now().toString())).update();
        for (int i = 0; i < a.involvements().size(); i++) {
            jdbc.sql(INSERT_INVOLVEMENT).params(involvementParams(a, i)).update();
        }
    }

    private static Map<String, Object> actParams(Act a, String at) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", a.id().toString());
        m.put("incident", a.incidentId().toString());
        m.put("v", a.violation());
        m.put("victim", a.victimId().map(PersonId::toString).orElse(null));
        m.put("at", at);
        return m;
    }

    private static Map<String, Object> involvementParams(Act a, int ordinal) {
        Involvement v = a.involvements().get(ordinal);
        Map<String, Object> m = new HashMap<>();
        m.put("act", a.id().toString());
        m.put("ordinal", ordinal);
        m.put("type", v.perpetratorType());
        m.put("person", v.perpetratorId().map(PersonId::toString).orElse(null));
        m.put("role", v.role().name());
        return m;
    }

    public void insertPassage(Passage p) {
        jdbc.sql("""
                INSERT INTO passages (id, incident_id, act_id, testimony_id, source_id, part, start_offset, end_offset, quoted,
                created_at) VALUES (:id, :incident, :act, :testimony, :source, :part, :start, :end, :quoted, :at)""")
                .param("id", p.id().toString()).param("incident", p.incidentId().toString())
                .param("act", p.actId().map(ActId::toString).orElse(null)).param("testimony", p.testimonyId().toString())
                .param("source", p.sourceId().toString()).param("part", p.part()).param("start", p.start())
                .param("end", p.end()).param("quoted", p.quoted()).param("at", Instant.now().toString()).update();
    }

    public void insertResponse(Response r) {
        jdbc.sql("INSERT INTO responses (id, incident_id, response, description, created_at) VALUES (:id, :i, :r, :d, :at)")
                .param("id", r.id().toString()).param("i", r.incidentId().toString()).param("r", r.response())
                .param("d", r.description()).param("at", Instant.now().toString()).update();
    }

    public Optional<Incident> find(IncidentId id) {
        return jdbc.sql("SELECT * FROM incidents WHERE id = :id").param("id", id.toString()).query(Incidents::incident).optional();
    }

    /** Incident ids in id order after {@code after} ("" for the first page). */
    public List<IncidentId> idsAfter(String after, int limit) {
        return jdbc.sql("SELECT id FROM incidents WHERE id > :after ORDER BY id LIMIT :n").param("after", after)
                .param("n", limit).query((rs, n) -> new IncidentId(UUID.fromString(rs.getString(1)))).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM incidents").query(Long.class).single();
    }

    /** Incidents whose every coded passage comes from one of {@code sources}. */
    public Set<IncidentId> codedOnlyFrom(Set<SourceId> sources) {
        if (sources.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                SELECT incident_id FROM passages GROUP BY incident_id
                HAVING SUM(CASE WHEN source_id IN (:s) THEN 0 ELSE 1 END) = 0""")
                .param("s", sources.stream().map(SourceId::toString).toList())
                .query((rs, n) -> new IncidentId(UUID.fromString(rs.getString(1)))).list());
    }

    public List<Act> acts(IncidentId id) {
        List<Act> acts = new ArrayList<>();
        jdbc.sql("SELECT * FROM acts WHERE incident_id = :id ORDER BY created_at, id").param("id", id.toString())
                .query((rs, n) -> new Object[] {rs.getString("id"), rs.getString("violation"), rs.getString("victim_id")})
                .list().forEach(row -> acts.add(new Act(new ActId(UUID.fromString((String) row[0])), id, (String) row[1],
                        Optional.ofNullable((String) row[2]).map(s -> new PersonId(UUID.fromString(s))),
                        involvements((String) row[0]))));
        return acts;
    }

    private List<Involvement> involvements(String actId) {
        return jdbc.sql("SELECT * FROM involvements WHERE act_id = :a ORDER BY ordinal").param("a", actId)
                .query((rs, n) -> new Involvement(rs.getString("perpetrator_type"),
                        Optional.ofNullable(rs.getString("perpetrator_id")).map(s -> new PersonId(UUID.fromString(s))),
                        InvolvementRole.valueOf(rs.getString("role")))).list();
    }

    public List<Passage> passages(IncidentId id) {
        return jdbc.sql("SELECT * FROM passages WHERE incident_id = :id ORDER BY created_at, id").param("id", id.toString())
                .query(Incidents::passage).list();
    }

    public List<Passage> passagesIn(TestimonyId id) {
        return jdbc.sql("SELECT * FROM passages WHERE testimony_id = :id ORDER BY start_offset").param("id", id.toString())
                .query(Incidents::passage).list();
    }

    public Set<SourceId> sourcesOf(IncidentId id) {
        return Set.copyOf(jdbc.sql("SELECT DISTINCT source_id FROM passages WHERE incident_id = :id").param("id", id.toString())
                .query((rs, n) -> new SourceId(UUID.fromString(rs.getString(1)))).list());
    }

    public List<Response> responses(IncidentId id) {
        return jdbc.sql("SELECT * FROM responses WHERE incident_id = :id ORDER BY created_at").param("id", id.toString())
                .query((rs, n) -> new Response(UUID.fromString(rs.getString("id")), id, rs.getString("response"),
                        rs.getString("description"))).list();
    }

    /**
     * The incidents the filter selects, as list rows: incidents coded only from {@code hidden}
     * sources are left out, and the acts, passages and sources of each row leave out what only
     * they told.
     */
    public List<IncidentSummary> list(IncidentFilter f, Set<String> violations, Set<String> perpetrators,
            Set<String> locations, int limit, Set<SourceId> hidden) {
        IncidentQuery q = IncidentQuery.of(f, violations, perpetrators, locations, hidden);
        List<Incident> found = jdbc.sql(q.incidents(limit)).params(q.params()).query(Incidents::incident).list();
        return found.stream().map(i -> summary(i, hidden)).toList();
    }

    /** For each incident the filter selects (none coded only from {@code hidden}), the other sources of its passages. */
    public Map<IncidentId, Set<SourceId>> support(IncidentFilter f, Set<String> violations, Set<String> perpetrators,
            Set<String> locations, Set<SourceId> hidden) {
        IncidentQuery q = IncidentQuery.of(f, violations, perpetrators, locations, hidden);
        Map<IncidentId, Set<SourceId>> out = new java.util.LinkedHashMap<>();
        jdbc.sql(q.support()).params(q.params()).query((java.sql.ResultSet rs) -> {
            out.computeIfAbsent(new IncidentId(UUID.fromString(rs.getString(1))), k -> new java.util.LinkedHashSet<>())
                    .add(new SourceId(UUID.fromString(rs.getString(2))));
        });
        return out;
    }

    private IncidentSummary summary(Incident i, Set<SourceId> hidden) {
        String id = i.id().toString();
        String visible = hidden.isEmpty() ? "" : " AND source_id NOT IN (:hidden)";
        String visibleAct = hidden.isEmpty() ? "" : IncidentQuery.VISIBLE_ACT;
        List<String> hiddenIds = hidden.isEmpty() ? List.of("") : hidden.stream().map(SourceId::toString).toList();
        List<String> violations = jdbc.sql("SELECT a.violation FROM acts a WHERE a.incident_id = :id" + visibleAct)
                .param("id", id).param("hidden", hiddenIds).query(String.class).list();
        List<String> perpetrators = jdbc.sql("SELECT v.perpetrator_type FROM involvements v JOIN acts a ON a.id = v.act_id"
                + " WHERE a.incident_id = :id" + visibleAct).param("id", id).param("hidden", hiddenIds)
                .query(String.class).list();
        int passages = jdbc.sql("SELECT COUNT(*) FROM passages WHERE incident_id = :id" + visible).param("id", id)
                .param("hidden", hiddenIds).query(Integer.class).single();
        int sources = jdbc.sql("SELECT COUNT(DISTINCT source_id) FROM passages WHERE incident_id = :id" + visible)
                .param("id", id).param("hidden", hiddenIds).query(Integer.class).single();
        return new IncidentSummary(i, Set.copyOf(violations), Set.copyOf(perpetrators), violations.size(), passages, sources);
    }

    private static Map<String, Object> params(Incident i) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", i.id().toString());
        m.put("title", i.title());
        m.put("summary", i.summary());
        m.put("precision", i.date().precision().name());
        m.put("from", i.date().from().map(LocalDate::toString).orElse(null));
        m.put("to", i.date().to().map(LocalDate::toString).orElse(null));
        m.put("type", i.location().type().orElse(null));
        m.put("country", i.location().country().orElse(null));
        m.put("province", i.location().province());
        m.put("facility", i.location().facility());
        m.put("created", i.createdAt().toString());
        return m;
    }

    private static Incident incident(ResultSet rs, int n) throws SQLException {
        DatePrecision precision = DatePrecision.valueOf(rs.getString("date_precision"));
        FuzzyDate date = precision == DatePrecision.UNKNOWN ? FuzzyDate.UNKNOWN
                : new FuzzyDate(precision, Optional.of(LocalDate.parse(rs.getString("date_from"))),
                        Optional.of(LocalDate.parse(rs.getString("date_to"))));
        Location location = new Location(Optional.ofNullable(rs.getString("location_type")),
                Optional.ofNullable(rs.getString("country")), rs.getString("province"), rs.getString("facility"));
        return new Incident(new IncidentId(UUID.fromString(rs.getString("id"))), rs.getString("title"),
                rs.getString("summary"), date, location, Instant.parse(rs.getString("created_at")));
    }

    private static Passage passage(ResultSet rs, int n) throws SQLException {
        return new Passage(new PassageId(UUID.fromString(rs.getString("id"))),
                new IncidentId(UUID.fromString(rs.getString("incident_id"))),
                Optional.ofNullable(rs.getString("act_id")).map(s -> new ActId(UUID.fromString(s))),
                new TestimonyId(UUID.fromString(rs.getString("testimony_id"))),
                new SourceId(UUID.fromString(rs.getString("source_id"))), rs.getString("part"),
                rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("quoted"));
    }
}
