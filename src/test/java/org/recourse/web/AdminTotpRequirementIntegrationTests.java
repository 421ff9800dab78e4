package org.recourse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.support.TestAccounts.ADMIN;
import static org.recourse.support.TestAccounts.ADMIN_PASSWORD;

import org.junit.jupiter.api.Test;
import org.recourse.support.Http;
import org.recourse.support.RecourseTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** With the production setting, an administrator can do nothing before setting up TOTP (its own application). */
@RecourseTest
@TestPropertySource(properties = "recourse.security.require-admin-totp=true")
class AdminTotpRequirementIntegrationTests {

    @LocalServerPort int port;

    @Test
    void anAdministratorWithoutTotpIsSentToEnrolmentAndMayUseNothingElseUntilDone() {
        Http admin = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        for (String path : new String[] {"/", "/sources", "/persons", "/admin/accounts", "/account"}) {
            assertThat(SignInIntegrationTests.location(admin.get(path))).as(path).endsWith("/account/totp");
        }
        assertThat(admin.get("/account/totp").statusCode()).isEqualTo(200);
        assertThat(Http.anonymous(port).apiGet("/api/incidents", ADMIN, ADMIN_PASSWORD).statusCode())
                .as("no API by password alone").isEqualTo(401);

        SignInIntegrationTests.enrol(admin);
        assertThat(admin.get("/").statusCode()).isEqualTo(200);
        assertThat(admin.get("/admin/accounts").statusCode()).isEqualTo(200);
    }

    @Test
    void theEnrolmentPageStillGetsItsHangulFontAndIcon() {
        Http admin = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        for (String path : new String[] {"/fonts/NanumGothic.ttf", "/favicon.svg", "/css/recourse.css"}) {
            var response = admin.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path).doesNotContain("html");
        }
    }
}
