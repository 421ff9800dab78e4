package org.recourse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.recourse.coding.IncidentCatalog;
import org.recourse.coding.IncidentFilter;
import org.recourse.security.Accounts;
import org.recourse.security.Role;
import org.recourse.support.RecourseTest;
import org.recourse.testimony.PersonRegistry;
import org.recourse.testimony.SourceRegistry;
import org.recourse.testimony.TestimonyRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * A user's mistakes never get a server error: every field of every form, query and JSON body of
 * every endpoint is sent malformed values (wrong types, impossible dates and numbers, control
 * characters, markup, oversized text, wrong JSON shapes) by an administrator, on real records.
 * Every answer must be below 500 and must not show a stack trace. Its own application (the sweep
 * writes), with the fictional demo collection.
 */
@RecourseTest
@TestPropertySource(properties = "recourse.test.sweep=malformed-input")
class MalformedInputIntegrationTests {

    static final String PASSWORD = "malformed-input-password-1";
    static final String MADE_UP = "00000000-0000-4000-8000-00000000b0d1";
    /** Values no form expects; each is sent in every field at once, one request per value. */
    static final List<String> VALUES = List.of("", "x", "-1", "99999999999999999999", "2020-13-45", "not-an-id",
            "<script>alert(1)</script>", "\u0000\u0007", "=HYPERLINK(\"http://x\")", "가".repeat(3_000), "\uD800");
    /** JSON bodies of the wrong shape, sent to every endpoint that reads JSON. */
    static final List<String> SHAPES = List.of("", "{", "[]", "null", "\"text\"", "42", "{\"a\":{\"b\":[[[[]]]]}}");
    /** Ending the caller's sessions or signing in anew would end the sweep; they are swept elsewhere. */
    static final Set<String> SKIPPED = Set.of("POST /account/logout-everywhere", "POST /login/code");

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired Accounts accounts;
    @Autowired SourceRegistry sources;
    @Autowired TestimonyRegistry testimonies;
    @Autowired PersonRegistry persons;
    @Autowired IncidentCatalog incidents;
    @Autowired PasswordEncoder encoder;
    @Autowired JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void noMalformedValueInAnyFieldOfAnyEndpointGetsAServerErrorOrAStackTrace() {
        CheapPasswords.cheapen(jdbc, encoder, accounts.create("sweep-admin", PASSWORD, Role.ADMIN, false), PASSWORD);
        RoleClients admin = RoleClients.loggedIn(port, "sweep-admin", PASSWORD);
        Map<String, String> ids = Map.of("sources", first(sources.all().stream().map(s -> s.id().toString())),
                "testimonies", first(testimonies.all().stream().map(t -> t.id().toString())),
                "persons", first(persons.all().stream().map(p -> p.id().toString())),
                "incidents", first(incidents.list(IncidentFilter.ALL).stream().map(i -> i.incident().id().toString())));
        List<String> failures = new ArrayList<>();
        int calls = 0;
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (MappedEndpoint e : MappedEndpoint.all(mappings)) {
            if (SKIPPED.contains(e.toString()) || e.multipart()) {
                continue; // uploads: FilesIntegrationTests and ExchangeIntegrationTests send them bad files
            }
            String path = fill(e.pattern(), ids);
            for (Request r : requests(e)) {
                HttpResponse<String> answer = admin.call(e.method(), r.query().isEmpty() ? path : path + "?" + r.query(),
                        r.contentType(), r.body());
                calls++;
                statuses.merge(answer.statusCode(), 1, Integer::sum);
                String body = answer.body();
                if (answer.statusCode() >= 500 || body.contains("Exception") || body.contains("\tat org.")) {
                    failures.add(e + " " + r.label() + " -> " + answer.statusCode() + " "
                            + body.substring(0, Math.min(160, body.length())).replaceAll("\\s+", " "));
                }
            }
        }
        System.out.println("SWEEP " + calls + " requests, by status " + statuses);
        assertThat(calls).as("requests sent").isGreaterThan(500);
        assertThat(statuses.getOrDefault(200, 0) + statuses.getOrDefault(302, 0)).as("answers that got past validation")
                .isGreaterThan(100);
        assertThat(failures).as(failures.size() + " answers with a server error or a stack trace\n"
                + String.join("\n", failures)).isEmpty();
    }

    /** The malformed requests for one endpoint: every value in every field, and for JSON bodies wrong shapes too. */
    private List<Request> requests(MappedEndpoint e) {
        Set<String> fields = new LinkedHashSet<>();
        Optional<Class<?>> jsonBody = Optional.empty();
        for (MethodParameter p : e.handler().getMethodParameters()) {
            if (p.hasParameterAnnotation(RequestBody.class)) {
                jsonBody = Optional.of(p.getParameterType());
            } else if (p.hasParameterAnnotation(RequestParam.class)) {
                RequestParam rp = p.getParameterAnnotation(RequestParam.class);
                String name = !rp.name().isEmpty() ? rp.name() : !rp.value().isEmpty() ? rp.value() : p.getParameterName();
                if (name != null) {
                    fields.add(name);
                }
            } else if (!p.hasParameterAnnotation(PathVariable.class) && p.getParameterType().isRecord()) {
                for (RecordComponent c : p.getParameterType().getRecordComponents()) {
                    fields.add(c.getName()); // a form bound to a record
                }
            }
        }
        boolean get = e.method() == HttpMethod.GET;
        List<Request> out = new ArrayList<>();
        if (fields.isEmpty() && jsonBody.isEmpty()) {
            out.add(new Request("no fields", "", "application/x-www-form-urlencoded", ""));
            return out; // nothing to vary
        }
        for (String v : VALUES) {
            String form = fields.stream().map(f -> enc(f) + "=" + enc(v)).collect(Collectors.joining("&"));
            String label = "all fields = " + printable(v);
            if (jsonBody.isPresent()) {
                out.add(new Request(label, "", "application/json", json.writeValueAsString(object(jsonBody.get(), v, 0))));
            } else if (get || e.pattern().startsWith("/api/")) {
                out.add(new Request(label, form, "application/x-www-form-urlencoded", ""));
            } else {
                out.add(new Request(label, "", "application/x-www-form-urlencoded", form));
            }
        }
        if (jsonBody.isPresent()) {
            SHAPES.forEach(s -> out.add(new Request("body " + printable(s), "", "application/json", s)));
        }
        return out;
    }

    /** A JSON object for a record type with every text or number field set to the value (as text). */
    private static Object object(Class<?> type, String value, int depth) {
        if (!type.isRecord() || depth > 3) {
            return value;
        }
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            Class<?> t = c.getType();
            out.put(c.getName(), Collection.class.isAssignableFrom(t) ? List.of(value, Map.of("x", value))
                    : t.isRecord() ? object(t, value, depth + 1) : value);
        }
        return out;
    }

    private static String fill(String pattern, Map<String, String> ids) {
        String record = (pattern.replaceFirst("^/api", "") + "/x").split("/")[1];
        return pattern.replace("{id}", ids.getOrDefault(record, MADE_UP)).replace("{scheme}", "violation")
                .replace("{token}", MADE_UP).replace("{sha256}", "0".repeat(64)).replace("{username}", "no-such-user")
                .replace("{code}", "rape");
    }

    private static String first(java.util.stream.Stream<String> ids) {
        return ids.findFirst().orElseThrow(() -> new IllegalStateException("the demo collection is empty"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String printable(String v) {
        String shown = v.length() > 12 ? v.substring(0, 12) + "...(" + v.length() + ")" : v;
        return "'" + shown.chars().mapToObj(c -> c < 32 ? String.format("\\u%04x", c) : String.valueOf((char) c))
                .collect(Collectors.joining()) + "'";
    }

    private record Request(String label, String query, String contentType, String body) {
    }
}
