package org.recourse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.security.Role.ADMIN;
import static org.recourse.security.Role.ANALYST;
import static org.recourse.security.Role.INTERVIEWER;
import static org.recourse.security.Role.PUBLISHER;
import static org.recourse.security.Role.VIEWER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.recourse.security.Role;
import org.springframework.http.HttpMethod;

/** The permission matrix says what the project intends, and docs/SECURITY.md shows the same matrix. */
class AccessRulesTests {

    private static final List<Role> COLUMNS = List.of(ADMIN, INTERVIEWER, ANALYST, PUBLISHER, VIEWER);

    @Test
    void theTableInSecurityMdHasOneRowPerCapabilityWithTheSameRoles() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docs/SECURITY.md"));
        for (Capability c : Capability.values()) {
            String row = lines.stream().filter(l -> l.startsWith("|") && l.contains("| `" + c.name() + "` |")).findFirst()
                    .orElseThrow(() -> new AssertionError("docs/SECURITY.md has no row for " + c));
            List<String> cells = Arrays.stream(row.split("\\|")).map(String::strip).skip(3).toList();
            Set<Role> documented = EnumSet.noneOf(Role.class);
            for (int i = 0; i < COLUMNS.size(); i++) {
                if (cells.get(i).equals("yes")) {
                    documented.add(COLUMNS.get(i));
                }
            }
            assertThat(documented).as(c.name()).isEqualTo(c.roles());
        }
    }

    @Test
    void administratorsHoldEveryCapability() {
        assertThat(Arrays.stream(Capability.values()).filter(c -> !c.allows(ADMIN))).isEmpty();
    }

    @Test
    void viewersSeeAggregatesButNoTestimonyPassagePersonIncidentOrSearch() {
        assertThat(may(VIEWER, GET, "/")).isTrue();
        assertThat(may(VIEWER, GET, "/estimates")).isTrue();
        assertThat(may(VIEWER, GET, "/reports")).isTrue();
        for (String path : List.of("/testimonies", "/testimonies/x", "/api/testimonies/x/passages", "/persons",
                "/api/persons/x", "/incidents", "/api/incidents", "/search", "/api/search", "/sources")) {
            assertThat(may(VIEWER, GET, path)).as(path).isFalse();
        }
    }

    @Test
    void analystsCodeAndReviewButRecordNoPersonsConsentsOrSources() {
        assertThat(may(ANALYST, POST, "/api/incidents")).isTrue();
        assertThat(may(ANALYST, POST, "/review/decisions")).isTrue();
        for (String path : List.of("/api/persons", "/persons", "/api/persons/x/consents", "/consents/x/withdraw",
                "/api/sources", "/sources", "/api/testimonies")) {
            assertThat(may(ANALYST, POST, path)).as(path).isFalse();
        }
    }

    @Test
    void onlyPublishersAndAdministratorsExportAndOnlyAdministratorsImportRestrictOrEditTheThesauri() {
        assertThat(roles(GET, "/exchange/export")).containsExactlyInAnyOrder(ADMIN, PUBLISHER);
        assertThat(roles(GET, "/reports/pdf")).containsExactlyInAnyOrder(ADMIN, PUBLISHER);
        assertThat(roles(POST, "/exchange/import")).containsExactly(ADMIN);
        assertThat(roles(PUT, "/api/sources/x/access")).containsExactly(ADMIN);
        assertThat(roles(POST, "/vocabulary/violation")).containsExactly(ADMIN);
        assertThat(roles(PUT, "/api/vocabularies/violation/rape")).containsExactly(ADMIN);
        assertThat(roles(POST, "/review/decisions")).doesNotContain(INTERVIEWER, PUBLISHER, VIEWER);
    }

    @Test
    void aPathNoRuleNamesIsForAdministratorsOnly() {
        assertThat(AccessRules.find(GET, "/persons/x/something-new")).isEmpty();
        assertThat(AccessRules.capabilityFor(GET, "/persons/x/something-new")).isEqualTo(Capability.ADMINISTER);
        assertThat(AccessRules.capabilityFor(HttpMethod.DELETE, "/api/sources/x")).isEqualTo(Capability.ADMINISTER);
        assertThat(AccessRules.capabilityFor(GET, "/admin/accounts")).isEqualTo(Capability.ADMINISTER);
    }

    private static boolean may(Role role, HttpMethod method, String path) {
        return AccessRules.capabilityFor(method, path).allows(role);
    }

    private static Set<Role> roles(HttpMethod method, String path) {
        return Arrays.stream(Role.values()).filter(r -> may(r, method, path)).collect(Collectors.toSet());
    }
}
