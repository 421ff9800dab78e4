package org.recourse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
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
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Calls every endpoint Spring MVC has mapped, as every role and as an anonymous client, and
 * checks each answer against {@link AccessRules}: anonymous gets the login page (302) or a JSON
 * 401, a role the matrix does not allow gets 403, an allowed role gets neither (a 4xx for the
 * empty body is fine, a 5xx is not). An endpoint without its own rule fails the test.
 */
@RecourseTest
class AuthorisationIntegrationTests {

    static final String PASSWORD = "authz-test-password-1";
    static final String MADE_UP = "00000000-0000-4000-8000-00000000a11c";
    /** Endpoints that end every session of the caller (checked after the others, with fresh sessions). */
    static final java.util.Set<String> ENDS_SESSIONS = java.util.Set.of("POST /account/logout-everywhere");
    /** The module decides per person among the roles the matrix allows, so such a role may get 403. */
    static final java.util.regex.Pattern PER_PERSON = java.util.regex.Pattern.compile(".*/persons/\\{id}/(identity|withdraw-all).*");

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired Accounts accounts;
    @Autowired SourceRegistry sources;
    @Autowired TestimonyRegistry testimonies;
    @Autowired PersonRegistry persons;
    @Autowired IncidentCatalog incidents;
    @Autowired PasswordEncoder encoder;
    @Autowired JdbcClient jdbc;

    @Test
    void everyEndpointAnswersEveryRoleAndAnonymousClientsAsThePermissionMatrixSays() {
        List<MappedEndpoint> endpoints = MappedEndpoint.all(mappings);
        assertThat(endpoints).as("mapped endpoints").hasSizeGreaterThan(60);
        assertThat(endpoints.stream().filter(e -> !AccessRules.isPublic(e.pattern())
                && AccessRules.find(e.method(), e.pattern()).isEmpty()).toList())
                .as("endpoints without a rule in AccessRules (add one line each)").isEmpty();

        Map<String, RoleClients> clients = clients();
        List<String> failures = new ArrayList<>(inParallel(() -> endpoints.parallelStream()
                .filter(e -> !ENDS_SESSIONS.contains(e.toString()))
                .map(e -> row(e, clients)).flatMap(Optional::stream).sorted().toList()));
        // Last, one at a time: endpoints that end the caller's own sessions would log the sweep out.
        endpoints.stream().filter(e -> ENDS_SESSIONS.contains(e.toString()))
                .map(e -> row(e, clients())).flatMap(Optional::stream).forEach(failures::add);
        assertThat(failures).as("answers against the matrix (! marks a wrong one)\n" + String.join("\n", failures))
                .isEmpty();
    }

    @Test
    void theMenuOffersAViewerOnlyThePagesTheMatrixAllows() {
        String home = org.recourse.support.Http.loggedIn(port, account(Role.VIEWER), PASSWORD).get("/").body();
        assertThat(home).contains("href=\"/estimates\"", "href=\"/reports\"")
                .doesNotContain("href=\"/testimonies\"", "href=\"/search\"", "href=\"/persons\"", "href=\"/exchange\"");
    }

    /** The endpoint's answers to every client as one line of the matrix, if any answer is wrong. */
    private Optional<String> row(MappedEndpoint e, Map<String, RoleClients> clients) {
        String path = fill(e);
        StringBuilder row = new StringBuilder(String.format("%-7s %-42s", e.method().name(), e.pattern()));
        boolean failed = false;
        for (var c : clients.entrySet()) {
            HttpResponse<String> r = c.getValue().call(e.method(), path, e.multipart());
            boolean ok = expected(e, c.getKey(), path, r);
            failed |= !ok;
            row.append(String.format(" %s=%d%s", c.getKey().substring(0, 4), r.statusCode(), ok ? " " : "!"));
        }
        return failed ? Optional.of(row.toString()) : Optional.empty();
    }

    /** Four callers at a time: the server answers in parallel as it would to several users. */
    private static <T> T inParallel(java.util.concurrent.Callable<T> work) {
        ForkJoinPool pool = new ForkJoinPool(4);
        try {
            return pool.submit(work).get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        } catch (java.util.concurrent.ExecutionException ex) {
            throw new IllegalStateException(ex.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private boolean expected(MappedEndpoint e, String who, String path, HttpResponse<String> r) {
        int s = r.statusCode();
        boolean api = path.startsWith("/api/");
        if (AccessRules.isPublic(e.pattern())) {
            // The code step of a login answers only after a password step; without one it sends to /login.
            return s == 200 || e.pattern().equals("/login/code")
                    && s == 302 && r.headers().firstValue("Location").orElse("").endsWith("/login");
        }
        if (who.equals("anonymous")) {
            return api ? s == 401 && r.body().contains("\"status\":401")
                    : s == 302 && r.headers().firstValue("Location").orElse("").endsWith("/login");
        }
        Capability needed = AccessRules.capabilityFor(e.method(), e.pattern());
        if (!needed.allows(Role.valueOf(who))) {
            return s == 403 && (!api || r.body().contains("\"status\":403"));
        }
        if (e.pattern().equals("/denied")) {
            return s == 403; // the page that tells a signed-in user no; it answers 403 by design
        }
        boolean toLogin = s == 302 && r.headers().firstValue("Location").orElse("").endsWith("/login");
        boolean refusedForThisPerson = s == 403 && PER_PERSON.matcher(e.pattern()).matches();
        return s != 401 && (s != 403 || refusedForThisPerson) && s < 500 && !toLogin;
    }

    private Map<String, RoleClients> clients() {
        Map<String, RoleClients> clients = new LinkedHashMap<>();
        clients.put("anonymous", RoleClients.anonymous(port));
        for (Role role : Role.values()) {
            clients.put(role.name(), RoleClients.loggedIn(port, account(role), PASSWORD));
        }
        return clients;
    }

    /** The test account of a role, created once per application. */
    private String account(Role role) {
        String user = "authz-" + role.name().toLowerCase();
        if (accounts.find(user).isEmpty()) {
            CheapPasswords.cheapen(jdbc, encoder, accounts.create(user, PASSWORD, role, false), PASSWORD);
        }
        return user;
    }

    /**
     * Path variables: demo records for reads, so each page really renders; a made-up id for
     * writes, so no demo record changes (the write then answers 404, after authorisation).
     */
    private String fill(MappedEndpoint e) {
        boolean read = e.method() == HttpMethod.GET;
        String record = (e.pattern().replaceFirst("^/api", "") + "/x").split("/")[1];
        String id = read ? demoId(record).orElse(MADE_UP) : MADE_UP;
        return e.pattern().replace("{id}", id).replace("{scheme}", "violation").replace("{token}", MADE_UP)
                .replace("{sha256}", "0".repeat(64)).replace("{username}", "no-such-user")
                .replace("{code}", read ? "rape" : "zz_no_such_term");
    }

    private Optional<String> demoId(String record) {
        return switch (record) {
            case "sources" -> sources.all().stream().findFirst().map(s -> s.id().toString());
            case "testimonies" -> testimonies.all().stream().findFirst().map(t -> t.id().toString());
            case "persons" -> persons.all().stream().findFirst().map(p -> p.id().toString());
            case "incidents" -> incidents.list(IncidentFilter.ALL).stream().findFirst()
                    .map(i -> i.incident().id().toString());
            default -> Optional.empty();
        };
    }

}
