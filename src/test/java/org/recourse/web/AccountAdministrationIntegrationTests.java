package org.recourse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.support.TestAccounts.ADMIN;
import static org.recourse.support.TestAccounts.ADMIN_PASSWORD;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.recourse.security.Account;
import org.recourse.security.AccountAdministration;
import org.recourse.security.Accounts;
import org.recourse.security.Role;
import org.recourse.support.Http;
import org.recourse.support.Markers;
import org.recourse.support.RecourseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Administrators manage accounts; the last administrator stays; a spraying client address is throttled. */
@RecourseTest
class AccountAdministrationIntegrationTests {

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired AccountAdministration administration;
    @Autowired JdbcClient jdbc;

    @Test
    void anAdministratorCreatesAnAccountWhoseOneTimePasswordMustBeChangedThenChangesItsRoleAndDisablesIt() {
        Http api = Http.anonymous(port);
        String name = "fictional-" + Markers.letters(8).toLowerCase();
        HttpResponse<String> created = api.api("POST", "/api/accounts", "{\"username\":\"" + name + "\",\"role\":\"ANALYST\"}",
                ADMIN, ADMIN_PASSWORD);
        assertThat(created.statusCode()).isEqualTo(201);
        Matcher pw = Pattern.compile("\"oneTimePassword\":\"([A-Za-z0-9]{20})\"").matcher(created.body());
        assertThat(pw.find()).isTrue();
        Account account = accounts.find(name).orElseThrow();
        assertThat(account.mustChangePassword()).isTrue();

        Http person = Http.loggedIn(port, name, pw.group(1));
        assertThat(SignInIntegrationTests.location(person.get("/"))).endsWith("/account/password");
        assertThat(api.api("GET", "/api/accounts", null, name, pw.group(1)).statusCode()).as("not an admin").isEqualTo(403);

        String id = account.id().toString();
        assertThat(api.api("PUT", "/api/accounts/" + id + "/role", "{\"role\":\"VIEWER\"}", ADMIN, ADMIN_PASSWORD).statusCode())
                .isEqualTo(200);
        assertThat(accounts.find(name).orElseThrow().role()).isEqualTo(Role.VIEWER);
        assertThat(person.get("/").statusCode()).as("a role change ends the sessions").isEqualTo(302);
        assertThat(SignInIntegrationTests.location(person.get("/"))).contains("/login");

        assertThat(api.api("POST", "/api/accounts/" + id + "/disable", null, ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(SignInIntegrationTests.location(Http.anonymous(port).submitLogin(name, pw.group(1)))).endsWith("/login?error");

        List<String> audited = jdbc.sql("SELECT action FROM audit_log WHERE entity_id = :id").param("id", id).query(String.class).list();
        assertThat(audited).contains("created", "permission-changed", "disabled");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE entity_id = :p OR actor = :p").param("p", pw.group(1))
                .query(Long.class).single()).isZero();
    }

    @Test
    void anAccountThatMustStillChooseItsPasswordIsServedTheHangulFontAndIcon() {
        String name = "fictional-" + Markers.letters(8).toLowerCase();
        HttpResponse<String> created = Http.anonymous(port).api("POST", "/api/accounts",
                "{\"username\":\"" + name + "\",\"role\":\"VIEWER\"}", ADMIN, ADMIN_PASSWORD);
        Matcher pw = Pattern.compile("\"oneTimePassword\":\"([A-Za-z0-9]{20})\"").matcher(created.body());
        assertThat(pw.find()).isTrue();

        Http person = Http.loggedIn(port, name, pw.group(1));
        assertThat(SignInIntegrationTests.location(person.get("/"))).endsWith("/account/password");
        for (String path : new String[] {"/fonts/NanumGothic.ttf", "/favicon.svg"}) {
            HttpResponse<String> response = person.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path).doesNotContain("html");
        }
    }

    @Test
    void theLastActiveAdministratorCanBeNeitherDemotedNorDisabled() {
        Account admin = accounts.find(ADMIN).orElseThrow();
        List<Account> others = accounts.all().stream()
                .filter(a -> a.role() == Role.ADMIN && a.enabled() && !a.username().equals(ADMIN)).toList();
        others.forEach(a -> administration.disable(a.id()));
        try {
            Http api = Http.anonymous(port);
            String path = "/api/accounts/" + admin.id();
            assertThat(api.api("PUT", path + "/role", "{\"role\":\"VIEWER\"}", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(409);
            assertThat(api.api("POST", path + "/disable", null, ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(409);
            Http pages = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
            assertThat(pages.post("/admin/accounts/" + admin.id(), "/admin/accounts/" + admin.id() + "/disable", Map.of())
                    .statusCode()).isEqualTo(409);
            assertThat(accounts.find(ADMIN).orElseThrow()).matches(Account::enabled).extracting(Account::role).isEqualTo(Role.ADMIN);
        } finally {
            others.forEach(a -> administration.enable(a.id()));
        }
    }

    @Test
    void theAccountPagesAreForAdministratorsOnly() {
        String name = "fictional-" + Markers.letters(8).toLowerCase();
        accounts.create(name, SignInIntegrationTests.PASSWORD, Role.PUBLISHER, false);
        assertThat(Http.loggedIn(port, name, SignInIntegrationTests.PASSWORD).get("/admin/accounts").statusCode()).isEqualTo(403);
        Http admin = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        assertThat(admin.get("/admin/accounts").body()).contains(name);
        HttpResponse<String> created = admin.post("/admin/accounts", "/admin/accounts", Map.of("username", name + "-2", "role", "VIEWER"));
        assertThat(created.body()).containsPattern("id=\"one-time-password\">[A-Za-z0-9]{20}<");
    }

    @Test
    void aClientAddressThatSpraysBadCredentialsIsThrottledWhileOthersAreNot() throws IOException {
        InetAddress sprayer = InetAddress.getByName("127.0.0.9");
        for (int i = 0; i < 100; i++) {
            assertThat(status(sprayer, "Bearer rct_" + Markers.letters(43))).as("attempt " + i).isEqualTo(401);
        }
        String admin = "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(status(sprayer, admin)).as("even right credentials from the sprayer").isEqualTo(429);
        assertThat(Http.anonymous(port).apiGet("/api/incidents", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(200);
    }

    /** One request from a chosen loopback address (the Java HTTP client cannot pick its source address). */
    private int status(InetAddress from, String authorization) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/incidents HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + authorization
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }
}
