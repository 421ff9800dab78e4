package org.recourse.exchange.internal;

import java.io.OutputStream;
import java.util.LinkedHashMap;

import java.util.Map;
import org.recourse.coding.Act;
import org.recourse.coding.Incident;
import org.recourse.coding.IncidentDetail;
import org.recourse.testimony.Person;
import org.recourse.vocabulary.Schemes;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** Streams incidents as a JSON array, pseudonymised like the tables (victims by pseudonym and coarse attributes). */
public final class JsonExport implements AutoCloseable {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final IncidentExport export;
    private final JsonGenerator out;

    public JsonExport(IncidentExport export, OutputStream stream) {
        this.export = export;
        this.out = MAPPER.createGenerator(stream);
        out.writeStartArray();
    }

    public void write(IncidentDetail d) {
        Incident i = d.incident();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ref", i.id().toString());
        m.put("title", i.title());
        m.put("date", i.date().text());
        m.put("summary", i.summary());
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("type", i.location().type().orElse(""));
        location.put("typeLabel", i.location().type().map(c -> export.label(Schemes.LOCATION, c)).orElse(""));
        location.put("country", i.location().country().orElse(""));
        location.put("countryLabel", i.location().country().map(c -> export.label(Schemes.COUNTRY, c)).orElse(""));
        location.put("province", i.location().province());
        location.put("facility", i.location().facility());
        m.put("location", location);
        m.put("acts", d.acts().stream().map(this::act).toList());
        m.put("passages", export.passages(d));
        out.writePOJO(m);
    }

    private Map<String, Object> act(Act a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("violation", a.violation());
        m.put("violationLabel", export.label(Schemes.VIOLATION, a.violation()));
        m.put("perpetrators", a.involvements().stream().map(v -> Map.of("type", v.perpetratorType(),
                "label", export.label(Schemes.PERPETRATOR, v.perpetratorType()),
                "role", v.role().name().toLowerCase(java.util.Locale.ROOT))).toList());
        export.victim(a).ifPresent(p -> m.put("victim", victim(p)));
        return m;
    }

    private static Map<String, Object> victim(Person p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pseudonym", p.pseudonym());
        m.put("gender", p.gender());
        m.put("ageBand", p.ageBand());
        m.put("occupation", p.occupation());
        m.put("departurePeriod", p.departurePeriod());
        m.put("province", p.province());
        return m;
    }

    @Override
    public void close() {
        out.writeEndArray();
        out.close();
    }
}
