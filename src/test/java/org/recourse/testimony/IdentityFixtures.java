package org.recourse.testimony;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recourse.security.Accounts;
import org.recourse.security.Role;
import org.recourse.support.Http;
import org.recourse.support.Markers;

/** Accounts, persons and identities for the identity tests, through the API as users make them. All fictional. */
final class IdentityFixtures {

    static final String PASSWORD = "fictional-password-1";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private IdentityFixtures() {
    }

    static String account(Accounts accounts, Role role) {
        String name = role.name().toLowerCase() + "-" + Markers.letters(8);
        accounts.create(name, PASSWORD, role, false);
        return name;
    }

    /** A person recorded through the API by {@code user}; returns the id. */
    static UUID person(Http http, String user, String password) {
        HttpResponse<String> r = http.apiPost("/api/persons", """
                {"pseudonym": "Witness %s (fictional)", "roles": ["INTERVIEWEE"], "gender": "female", "ageBand": "40s",
                 "occupation": "former trader", "departurePeriod": "2005-2009", "province": "North Hamgyong"}"""
                .formatted(Markers.letters(10)), user, password);
        if (r.statusCode() != 201) {
            throw new IllegalStateException("person not recorded: " + r.statusCode() + " " + r.body());
        }
        Matcher m = ID.matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no id in " + r.body());
        }
        return UUID.fromString(m.group(1));
    }

    /** Every identifying field with a Latin and a Hangul marker of its own (fictional names). */
    static Map<String, String> knownNames() {
        Map<String, String> values = new LinkedHashMap<>();
        for (IdentityField f : IdentityField.values()) {
            values.put(f.code(), "Fictional " + Markers.letters(12) + " " + Markers.hangul(5));
        }
        return values;
    }

    static String json(Map<String, String> values) {
        StringBuilder sb = new StringBuilder("{");
        values.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append('"').append(k).append("\":\"").append(v)
                .append('"'));
        return sb.append('}').toString();
    }

    static void setIdentity(Http http, UUID person, Map<String, String> values, String user, String password) {
        HttpResponse<String> r = http.apiPut("/api/persons/" + person + "/identity", json(values), user, password);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("identity not stored: " + r.statusCode() + " " + r.body());
        }
    }
}
