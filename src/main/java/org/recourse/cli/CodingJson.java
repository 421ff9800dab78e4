package org.recourse.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recourse.extraction.CodingResult;
import org.recourse.extraction.GoldPassage;
import org.recourse.extraction.Period;
import org.recourse.extraction.VictimDescriptor;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON-lines shape of coding suggestions and gold passages (see {@code code --jsonl}). */
final class CodingJson {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** A parsed input line: id, language and text. */
    record Input(String id, String lang, String text, JsonNode node) {
    }

    private CodingJson() {
    }

    /** Parses one line; the message of a failure names the problem, never the content. */
    static Input parse(String line) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not valid JSON" + location(e));
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isString()) {
            throw new IllegalArgumentException("\"text\" is missing or not a string");
        }
        JsonNode id = node.get("id");
        JsonNode lang = node.get("lang");
        return new Input(id == null || id.isNull() ? "" : id.asString(), lang == null || lang.isNull() ? "auto" : lang.asString(),
                text.stringValue(), node);
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null ? "" : " (column " + e.getLocation().getColumnNr() + ")";
    }

    static Map<String, Object> output(String id, CodingResult r, boolean spans) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("lang", r.language());
        out.put("violations", r.violations());
        out.put("perpetrators", r.perpetrators());
        out.put("locations", r.locations());
        out.put("responses", r.responses());
        out.put("periods", r.periods().stream().map(CodingJson::period).toList());
        out.put("victims", r.victims().stream().map(CodingJson::victim).toList());
        out.put("interviewee_count", r.intervieweeCount().orElse(null));
        if (spans) {
            out.put("suggestions", r.suggestions().stream().map(s -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", s.kind().scheme());
                m.put("value", s.value());
                m.put("start", s.start());
                m.put("end", s.end());
                m.put("evidence", s.evidenceText());
                return m;
            }).toList());
        }
        return out;
    }

    private static Map<String, Object> period(Period p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", p.text());
        m.put("from", p.from());
        m.put("to", p.to());
        return m;
    }

    private static Map<String, Object> victim(VictimDescriptor v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gender", v.gender().orElse(null));
        m.put("age_band", v.ageBand().orElse(null));
        return m;
    }

    static GoldPassage gold(Input in) {
        JsonNode g = in.node().get("gold");
        if (g == null || !g.isObject()) {
            throw new IllegalArgumentException("\"gold\" is missing or not an object");
        }
        List<Period> periods = new ArrayList<>();
        array(g, "periods").forEach(p -> periods.add(new Period(p.path("text").asString(""), p.path("from").asInt(),
                p.path("to").asInt())));
        List<VictimDescriptor> victims = new ArrayList<>();
        array(g, "victims").forEach(v -> victims.add(new VictimDescriptor(optional(v.get("gender")),
                optional(v.get("age_band")))));
        JsonNode count = g.get("interviewee_count");
        CodingResult result = new CodingResult(in.lang(), strings(g, "violations"), strings(g, "perpetrators"),
                strings(g, "locations"), strings(g, "responses"), periods, victims,
                count == null || count.isNull() ? Optional.empty() : Optional.of(count.asInt()), List.of());
        return new GoldPassage(in.id(), in.lang(), in.text(), result);
    }

    private static List<JsonNode> array(JsonNode g, String field) {
        JsonNode a = g.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (a != null && a.isArray()) {
            a.forEach(out::add);
        }
        return out;
    }

    private static List<String> strings(JsonNode g, String field) {
        return array(g, field).stream().map(JsonNode::asString).toList();
    }

    private static Optional<String> optional(JsonNode n) {
        return n == null || n.isNull() ? Optional.empty() : Optional.of(n.asString());
    }
}
