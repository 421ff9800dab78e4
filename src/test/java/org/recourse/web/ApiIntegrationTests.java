package org.recourse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.support.TestAccounts.ADMIN;
import static org.recourse.support.TestAccounts.ADMIN_PASSWORD;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.recourse.support.Http;
import org.recourse.support.RecourseTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The JSON API: closed to anonymous clients, and a caller's mistakes get 400/404/422 naming the problem. */
@RecourseTest
class ApiIntegrationTests {

    @LocalServerPort int port;

    @Test
    void anonymousClientsGet401OnEveryApiCallIncludingTheDescription() {
        Http http = Http.anonymous(port);
        for (String path : new String[] {"/api/incidents", "/api/sources", "/api/testimonies", "/api/openapi.json",
                "/api/vocabularies/violation"}) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(401);
            assertThat(r.body()).as(path).contains("\"status\":401").doesNotContain("Exception");
        }
        assertThat(http.apiGet("/api/incidents", ADMIN, "wrong-password-123").statusCode()).isEqualTo(401);
    }

    @Test
    void invalidInputIsA422NamingEachFieldAndNothingIsStored() {
        Http http = Http.anonymous(port);
        int before = http.apiGet("/api/incidents", ADMIN, ADMIN_PASSWORD).body().split("\"title\"").length;
        HttpResponse<String> r = http.apiPost("/api/incidents",
                "{\"incident\":{\"title\":\"\",\"date\":\"20x8\",\"country\":\"atlantis\"}}", ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("\"field\":\"title\"", "\"field\":\"date\"", "\"field\":\"country\"");
        int after = http.apiGet("/api/incidents", ADMIN, ADMIN_PASSWORD).body().split("\"title\"").length;
        assertThat(after).isEqualTo(before);
    }

    @Test
    void missingRecordsAre404AndMalformedRequestsAre400() {
        Http http = Http.anonymous(port);
        assertThat(http.apiGet("/api/incidents/00000000-0000-0000-0000-000000000000", ADMIN, ADMIN_PASSWORD).statusCode())
                .isEqualTo(404);
        assertThat(http.apiGet("/api/incidents/not-an-id", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(400);
        HttpResponse<String> bad = http.apiPost("/api/sources", "{broken", ADMIN, ADMIN_PASSWORD);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("not valid JSON").doesNotContain("at org.", "Exception");
        assertThat(http.apiGet("/api/vocabularies/nonsense", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(404);
    }

    @Test
    void aSourceCreatedThroughTheApiIsReadBackWithItsKoreanTitle() {
        Http http = Http.anonymous(port);
        HttpResponse<String> created = http.apiPost("/api/sources", "{\"kind\":\"report\",\"title\":\"보고서 (가상) 2019\","
                + "\"obtainedOn\":\"2019\",\"reliability\":\"medium\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(http.apiGet(location, ADMIN, ADMIN_PASSWORD).body()).contains("보고서 (가상) 2019", "\"precision\":\"YEAR\"");
    }

    @Test
    void theApiIsDescribedByOpenApiAtAStableUrl() {
        HttpResponse<String> doc = Http.anonymous(port).apiGet("/api/openapi.json", ADMIN, ADMIN_PASSWORD);
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.body()).contains("\"openapi\"", "/api/incidents", "/api/testimonies", "/api/sources",
                "/api/vocabularies/{scheme}");
    }
}
