package org.recourse.web;

import static org.recourse.web.Capability.CODE_INCIDENTS;
import static org.recourse.web.Capability.EDIT_VOCABULARY;
import static org.recourse.web.Capability.EXPORT;
import static org.recourse.web.Capability.IMPORT;
import static org.recourse.web.Capability.ADMINISTER;
import static org.recourse.web.Capability.SIGNED_IN;
import static org.recourse.web.Capability.PRODUCE_REPORTS;
import static org.recourse.web.Capability.READ_AGGREGATES;
import static org.recourse.web.Capability.READ_RECORDS;
import static org.recourse.web.Capability.READ_VOCABULARY;
import static org.recourse.web.Capability.RECORD_PERSONS;
import static org.recourse.web.Capability.RECORD_TESTIMONY;
import static org.recourse.web.Capability.RESTRICT_SOURCES;
import static org.recourse.web.Capability.REVIEW_LINKS;
import static org.recourse.web.Capability.RUN_ESTIMATES;
import static org.recourse.web.Capability.SEARCH;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The permission matrix as data: which capability each endpoint needs. The first rule whose
 * method and path pattern match decides; a request no rule matches needs {@link Capability#ADMINISTER}
 * (deny by default). Patterns are exact on purpose (no {@code /**} under a record), so a new
 * endpoint is ADMIN-only until someone adds its line here, and AuthorisationIntegrationTests
 * names it. WebSecurity builds both filter chains from this list; docs/SECURITY.md shows it.
 */
final class AccessRules {

    /** One line of the matrix; {@code method} empty means every method. */
    record Rule(Optional<HttpMethod> method, String pattern, Capability capability) {

        private static final PathPatternParser PARSER = new PathPatternParser();

        boolean matches(HttpMethod m, String path) {
            PathPattern p = PARSER.parse(pattern);
            return method.map(m::equals).orElse(true) && p.matches(PathContainer.parsePath(path));
        }
    }

    /** Reachable without logging in (the pages chain only). */
    static final List<String> PUBLIC = List.of("/login", "/login/code", "/css/**", "/js/**", "/webjars/**", "/fonts/**", "/favicon.ico",
            "/favicon.svg");

    static final List<Rule> RULES = List.of(
            any("/denied", SIGNED_IN),
            any("/error", SIGNED_IN),
            any("/account/**", SIGNED_IN),
            any("/admin/**", ADMINISTER),
            rule(GET, "/api/openapi.json", SIGNED_IN),
            rule(GET, "/api/openapi.json.yaml", SIGNED_IN),

            rule(GET, "/", READ_AGGREGATES),
            rule(GET, "/estimates", READ_AGGREGATES),
            rule(POST, "/estimates/upload", RUN_ESTIMATES),
            rule(POST, "/estimates/collection", RUN_ESTIMATES),
            rule(GET, "/reports", READ_AGGREGATES),
            rule(GET, "/reports/pdf", PRODUCE_REPORTS),
            rule(GET, "/reports/build", PRODUCE_REPORTS),
            // A job is found only by its owner (Jobs.find); starting one needs the capability of its work.
            rule(GET, "/jobs/{id}", SIGNED_IN),
            rule(GET, "/jobs/{id}/status", SIGNED_IN),
            rule(GET, "/jobs/{id}/download", SIGNED_IN),
            rule(GET, "/exchange", EXPORT),
            rule(GET, "/exchange/export", EXPORT),
            rule(GET, "/exchange/check", EXPORT),
            rule(POST, "/exchange/upload", IMPORT),
            rule(POST, "/exchange/import", IMPORT),

            rule(GET, "/vocabulary", READ_VOCABULARY),
            rule(GET, "/vocabulary/{scheme}", READ_VOCABULARY),
            rule(GET, "/vocabulary/{scheme}/{code}", READ_VOCABULARY),
            rule(POST, "/vocabulary/**", EDIT_VOCABULARY),

            rule(GET, "/sources", READ_RECORDS),
            rule(POST, "/sources", RECORD_TESTIMONY),
            rule(GET, "/sources/{id}", READ_RECORDS),
            rule(POST, "/sources/{id}/access", RESTRICT_SOURCES),
            // Original files: recordings and scans identify people, so only those who record testimony.
            rule(POST, "/sources/{id}/files", RECORD_TESTIMONY),
            rule(GET, "/sources/{id}/files/{sha256}", RECORD_TESTIMONY),
            rule(POST, "/testimonies/{id}/files", RECORD_TESTIMONY),
            rule(GET, "/testimonies", READ_RECORDS),
            rule(GET, "/testimonies/new", RECORD_TESTIMONY),
            rule(POST, "/testimonies", RECORD_TESTIMONY),
            rule(GET, "/testimonies/{id}", READ_RECORDS),
            rule(POST, "/testimonies/{id}/code", CODE_INCIDENTS),
            rule(POST, "/testimonies/{id}/suggestions/reject", CODE_INCIDENTS),
            rule(GET, "/persons", READ_RECORDS),
            rule(POST, "/persons", RECORD_PERSONS),
            rule(GET, "/persons/{id}", READ_RECORDS),
            rule(POST, "/persons/{id}/consents", RECORD_PERSONS),
            rule(POST, "/consents/{id}/withdraw", RECORD_PERSONS),
            // Identities: the roles that may ever see one; IdentityRegistry decides per person.
            rule(POST, "/persons/{id}/identity/reveal", RECORD_PERSONS),
            rule(POST, "/persons/{id}/identity", RECORD_PERSONS),
            rule(POST, "/persons/{id}/identity/grants", ADMINISTER),
            rule(POST, "/persons/{id}/identity/grants/revoke", ADMINISTER),
            rule(GET, "/persons/{id}/withdraw-all", RECORD_PERSONS),
            rule(POST, "/persons/{id}/withdraw-all", RECORD_PERSONS),
            rule(GET, "/incidents", READ_RECORDS),
            rule(GET, "/incidents/{id}", READ_RECORDS),
            rule(POST, "/incidents/{id}", CODE_INCIDENTS),
            rule(POST, "/incidents/{id}/responses", CODE_INCIDENTS),
            rule(GET, "/review", REVIEW_LINKS),
            rule(POST, "/review/decisions", REVIEW_LINKS),
            rule(POST, "/review/decisions/{id}/undo", REVIEW_LINKS),
            rule(GET, "/search", SEARCH),
            rule(POST, "/search", SEARCH),

            rule(GET, "/api/sources", READ_RECORDS),
            rule(POST, "/api/sources", RECORD_TESTIMONY),
            rule(GET, "/api/sources/{id}", READ_RECORDS),
            rule(GET, "/api/sources/{id}/access", RESTRICT_SOURCES),
            rule(PUT, "/api/sources/{id}/access", RESTRICT_SOURCES),
            rule(GET, "/api/sources/{id}/files", READ_RECORDS),
            rule(POST, "/api/sources/{id}/files", RECORD_TESTIMONY),
            rule(GET, "/api/sources/{id}/files/{sha256}", RECORD_TESTIMONY),
            rule(GET, "/api/testimonies", READ_RECORDS),
            rule(POST, "/api/testimonies", RECORD_TESTIMONY),
            rule(GET, "/api/testimonies/{id}", READ_RECORDS),
            rule(GET, "/api/testimonies/{id}/passages", READ_RECORDS),
            rule(GET, "/api/persons", READ_RECORDS),
            rule(POST, "/api/persons", RECORD_PERSONS),
            rule(GET, "/api/persons/{id}", READ_RECORDS),
            rule(GET, "/api/persons/{id}/consents", READ_RECORDS),
            rule(POST, "/api/persons/{id}/consents", RECORD_PERSONS),
            rule(POST, "/api/consents/{id}/withdraw", RECORD_PERSONS),
            rule(GET, "/api/persons/{id}/identity", RECORD_PERSONS),
            rule(PUT, "/api/persons/{id}/identity", RECORD_PERSONS),
            rule(POST, "/api/persons/{id}/withdraw-all", RECORD_PERSONS),
            rule(GET, "/api/persons/{id}/identity/grants", ADMINISTER),
            rule(POST, "/api/persons/{id}/identity/grants", ADMINISTER),
            rule(DELETE, "/api/persons/{id}/identity/grants/{username}", ADMINISTER),
            rule(GET, "/api/incidents", READ_RECORDS),
            rule(POST, "/api/incidents", CODE_INCIDENTS),
            rule(GET, "/api/incidents/{id}", READ_RECORDS),
            rule(PUT, "/api/incidents/{id}", CODE_INCIDENTS),
            rule(POST, "/api/incidents/{id}/acts", CODE_INCIDENTS),
            rule(POST, "/api/incidents/{id}/passages", CODE_INCIDENTS),
            rule(POST, "/api/incidents/{id}/responses", CODE_INCIDENTS),
            rule(GET, "/api/review/candidates", REVIEW_LINKS),
            rule(GET, "/api/review/links", REVIEW_LINKS),
            rule(POST, "/api/review/decisions", REVIEW_LINKS),
            rule(POST, "/api/review/decisions/{id}/undo", REVIEW_LINKS),
            rule(GET, "/api/vocabularies", READ_VOCABULARY),
            rule(GET, "/api/vocabularies/{scheme}", READ_VOCABULARY),
            rule(GET, "/api/vocabularies/{scheme}/{code}", READ_VOCABULARY),
            rule(POST, "/api/vocabularies/{scheme}", EDIT_VOCABULARY),
            rule(PUT, "/api/vocabularies/{scheme}/{code}", EDIT_VOCABULARY),
            rule(GET, "/api/search", SEARCH),
            rule(POST, "/api/search", SEARCH),
            // Revision history: whoever may read the record (the module answers 404 for hidden ones).
            rule(GET, "/sources/{id}/history", READ_RECORDS),
            rule(GET, "/persons/{id}/history", READ_RECORDS),
            rule(GET, "/testimonies/{id}/history", READ_RECORDS),
            rule(GET, "/incidents/{id}/history", READ_RECORDS),
            rule(GET, "/api/sources/{id}/history", READ_RECORDS),
            rule(GET, "/api/persons/{id}/history", READ_RECORDS),
            rule(GET, "/api/testimonies/{id}/history", READ_RECORDS),
            rule(GET, "/api/incidents/{id}/history", READ_RECORDS),
            rule(GET, "/api/tokens", SIGNED_IN),
            rule(DELETE, "/api/tokens/{id}", SIGNED_IN),
            any("/api/accounts/**", ADMINISTER));

    private AccessRules() {
    }

    /** The rule that decides a request, if any; none means {@link Capability#ADMINISTER}. */
    static Optional<Rule> find(HttpMethod method, String path) {
        return RULES.stream().filter(r -> r.matches(method, path)).findFirst();
    }

    static boolean isPublic(String path) {
        return PUBLIC.stream().anyMatch(p -> new PathPatternParser().parse(p).matches(PathContainer.parsePath(path)));
    }

    static Capability capabilityFor(HttpMethod method, String path) {
        return find(method, path).map(Rule::capability).orElse(ADMINISTER);
    }

    private static Rule rule(HttpMethod method, String pattern, Capability capability) {
        return new Rule(Optional.of(method), pattern, capability);
    }

    private static Rule any(String pattern, Capability capability) {
        return new Rule(Optional.empty(), pattern, capability);
    }
}
