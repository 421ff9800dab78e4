package org.recourse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.support.TestAccounts.ADMIN;
import static org.recourse.support.TestAccounts.ADMIN_PASSWORD;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.recourse.security.Accounts;
import org.recourse.security.Role;
import org.recourse.security.internal.Base32;
import org.recourse.security.internal.Totp;
import org.recourse.support.Http;
import org.recourse.support.Markers;
import org.recourse.support.RecourseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Signing in: TOTP, lockout, sessions and their cookie, log out everywhere, personal access tokens. */
@RecourseTest
class SignInIntegrationTests {

    static final String PASSWORD = "fictional-password-42";

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void totpLoginAsksForTheCodeRefusesAWrongOrReplayedOneAndAcceptsTheRightOne() {
        String user = newAccount(Role.ANALYST);
        byte[] secret = enrol(Http.loggedIn(port, user, PASSWORD));

        Http browser = Http.anonymous(port);
        HttpResponse<String> password = browser.submitLogin(user, PASSWORD);
        assertThat(password.headers().firstValue("Location").orElse("")).endsWith("/login/code");
        assertThat(browser.get("/").statusCode()).as("no access before the code").isEqualTo(302);

        String next = Totp.code(secret, Totp.step(Instant.now()) + 1, 6);
        String wrong = String.format("%06d", (Integer.parseInt(next) + 1) % 1_000_000);
        assertThat(browser.post("/login/code", "/login/code", Map.of("code", wrong)).statusCode()).isEqualTo(401);
        HttpResponse<String> right = browser.post("/login/code", "/login/code", Map.of("code", next));
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(right.headers().firstValue("Location").orElse("")).doesNotContain("login");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        Http replayer = Http.anonymous(port);
        replayer.submitLogin(user, PASSWORD);
        assertThat(replayer.post("/login/code", "/login/code", Map.of("code", next)).statusCode()).as("replay").isEqualTo(401);
        assertThat(replayer.get("/").statusCode()).isEqualTo(302);

        assertThat(Http.anonymous(port).apiGet("/api/incidents", user, PASSWORD).statusCode())
                .as("HTTP Basic is refused once TOTP is on").isEqualTo(401);
        String id = accounts.find(user).orElseThrow().id().toString();
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE entity_id = :id").param("id", id).query(String.class).list())
                .contains("totp-enrolled", "login", "login-failed");

        assertThat(Http.anonymous(port).api("DELETE", "/api/accounts/" + id + "/totp", null, ADMIN, ADMIN_PASSWORD).statusCode())
                .as("an administrator resets a lost second factor").isEqualTo(204);
        assertThat(browser.get("/").statusCode()).as("the reset ends the sessions").isEqualTo(302);
        assertThat(location(Http.anonymous(port).submitLogin(user, PASSWORD))).doesNotContain("/login");
    }

    @Test
    void fiveFailuresLockTheAccountWithTheSameAnswerAsForAnUnknownName() {
        String user = newAccount(Role.VIEWER);
        for (String name : List.of(user, "fictional-nobody-" + Markers.letters(8).toLowerCase())) {
            Http http = Http.anonymous(port);
            for (int i = 0; i < 5; i++) {
                assertThat(location(http.submitLogin(name, "wrong-password-" + i))).endsWith("/login?error");
            }
            assertThat(location(http.submitLogin(name, PASSWORD))).as(name).endsWith("/login?locked");
            assertThat(http.get("/login?locked").body()).contains("Too many failed attempts");
        }
        String id = accounts.find(user).orElseThrow().id().toString();
        List<String> audited = jdbc.sql("SELECT action FROM audit_log WHERE entity_id = :id").param("id", id)
                .query(String.class).list();
        assertThat(audited).contains("login-failed", "locked").doesNotContain("login");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE entity_id LIKE :p").param("p", "%wrong-password%")
                .query(Long.class).single()).isZero();
        assertThat(Http.anonymous(port).apiGet("/api/incidents", user, PASSWORD).statusCode())
                .as("the API door is locked too").isEqualTo(429);
    }

    @Test
    void loggingOutEverywhereEndsTheSessionOnAnotherDevice() {
        String user = newAccount(Role.ANALYST);
        Http laptop = Http.loggedIn(port, user, PASSWORD);
        Http phone = Http.loggedIn(port, user, PASSWORD);
        assertThat(phone.get("/").statusCode()).isEqualTo(200);
        laptop.post("/account", "/account/logout-everywhere", Map.of());
        HttpResponse<String> after = phone.get("/");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(location(after)).contains("/login");
        assertThat(laptop.get("/").statusCode()).isEqualTo(302);
        assertThat(Http.loggedIn(port, user, PASSWORD).get("/").statusCode()).as("a new login works").isEqualTo(200);
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPasswordKeepsThisSessionAndEndsTheOthers() {
        String user = newAccount(Role.INTERVIEWER);
        Http here = Http.loggedIn(port, user, PASSWORD);
        Http elsewhere = Http.loggedIn(port, user, PASSWORD);
        String next = "fictional-new-password-7";
        Map<String, String> wrongCurrent = Map.of("current", "not-the-password", "password", next, "repeat", next);
        assertThat(here.post("/account/password", "/account/password", wrongCurrent).statusCode()).isEqualTo(422);
        assertThat(elsewhere.get("/").statusCode()).isEqualTo(200);

        Map<String, String> right = Map.of("current", PASSWORD, "password", next, "repeat", next);
        assertThat(here.post("/account/password", "/account/password", right).statusCode()).isEqualTo(302);
        assertThat(here.get("/").statusCode()).as("this session stays").isEqualTo(200);
        assertThat(location(elsewhere.get("/"))).as("the other one ends").contains("/login");
        assertThat(Http.loggedIn(port, user, next).get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndStrictAndItsIdChangesAtLogin() {
        Http http = Http.anonymous(port);
        String before = sessionCookie(http.get("/login"));
        assertThat(before).contains("HttpOnly").containsIgnoringCase("SameSite=Strict").doesNotContain("Secure");
        String after = sessionCookie(http.submitLogin(ADMIN, ADMIN_PASSWORD));
        assertThat(id(after)).isNotEqualTo(id(before));
    }

    @Test
    void tokensWorkUntilRevokedAreStoredHashedAndActWithTheirOwnRoleOnly() throws Exception {
        Http admin = Http.loggedIn(port, ADMIN, ADMIN_PASSWORD);
        String full = issueToken(admin, "fictional admin client", "ADMIN");
        String viewer = issueToken(admin, "fictional read-only client", "VIEWER");
        Http api = Http.anonymous(port);

        assertThat(api.withToken("GET", "/api/incidents", null, full).statusCode()).isEqualTo(200);
        assertThat(api.withToken("GET", "/api/vocabularies", null, viewer).statusCode()).isEqualTo(200);
        assertThat(api.withToken("GET", "/api/incidents", null, viewer).statusCode())
                .as("a VIEWER token reads aggregates, not records").isEqualTo(403);
        assertThat(api.withToken("GET", "/api/incidents", null, full + "x").statusCode()).isEqualTo(401);
        assertThat(api.withToken("GET", "/api/incidents", null, "rct_" + "A".repeat(43)).statusCode()).isEqualTo(401);
        assertThat(api.withToken("POST", "/api/vocabularies/violation", "{}", viewer).statusCode())
                .as("a VIEWER token of an administrator cannot change the vocabulary").isEqualTo(403);
        assertThat(api.withToken("POST", "/api/vocabularies/violation", "{}", full).statusCode())
                .as("the ADMIN token reaches validation").isEqualTo(422);

        List<String> stored = jdbc.sql("SELECT token_hash FROM api_tokens").query(String.class).list();
        assertThat(stored).contains(sha256(full), sha256(viewer)).doesNotContain(full, viewer);
        assertThat(stored).allSatisfy(h -> assertThat(h).doesNotContain(full.substring(4, 20)));

        String id = jdbc.sql("SELECT id FROM api_tokens WHERE token_hash = :h").param("h", sha256(full)).query(String.class).single();
        assertThat(api.withToken("DELETE", "/api/tokens/" + id, null, full).statusCode()).isEqualTo(204);
        assertThat(api.withToken("GET", "/api/incidents", null, full).statusCode()).as("revoked").isEqualTo(401);
        assertThat(api.withToken("GET", "/api/vocabularies", null, viewer).statusCode()).isEqualTo(200);
        assertThat(api.withToken("GET", "/api/incidents", null, viewer).statusCode())
                .as("a VIEWER token reads aggregates, not records").isEqualTo(403);
    }

    @Test
    void aTokenCannotBeScopedAboveItsOwnersRole() {
        String user = newAccount(Role.ANALYST);
        Http http = Http.loggedIn(port, user, PASSWORD);
        HttpResponse<String> r = http.post("/account", "/account/tokens", Map.of("name", "fictional", "role", "ADMIN", "days", "30"));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).doesNotContain("rct_");
    }

    static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    String newAccount(Role role) {
        String name = "fictional-" + Markers.letters(10).toLowerCase();
        accounts.create(name, PASSWORD, role, false);
        return name;
    }

    /** Sets up TOTP through the account pages and returns the secret shown. */
    static byte[] enrol(Http http) {
        http.post("/account/totp", "/account/totp", Map.of());
        String page = http.get("/account/totp").body();
        Matcher m = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<").matcher(page);
        assertThat(m.find()).as("secret shown").isTrue();
        assertThat(page).contains("otpauth://totp/");
        byte[] secret = Base32.decode(m.group(1));
        String code = Totp.code(secret, Totp.step(Instant.now()), 6);
        HttpResponse<String> confirmed = http.post("/account/totp", "/account/totp/confirm", Map.of("code", code));
        assertThat(location(confirmed)).endsWith("/account");
        return secret;
    }

    static String issueToken(Http http, String name, String role) {
        String page = http.post("/account", "/account/tokens", Map.of("name", name, "role", role, "days", "30")).body();
        Matcher m = Pattern.compile("id=\"token-secret\">(rct_[A-Za-z0-9_-]{43})<").matcher(page);
        assertThat(m.find()).as("token shown once").isTrue();
        return m.group(1);
    }

    private static String sessionCookie(HttpResponse<String> r) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse("");
    }

    private static String id(String cookie) {
        return cookie.substring(0, cookie.indexOf(';'));
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
