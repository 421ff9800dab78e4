package org.recourse.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpMethod;

/**
 * One caller of the authorisation test: a browser session (form login, CSRF token sent as the
 * X-CSRF-TOKEN header) for pages, HTTP Basic for the API; anonymous when no user is given.
 */
final class RoleClients {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final String BOUNDARY = "----authz-boundary";

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Optional<String> basic;
    private final String csrf;

    private RoleClients(int port, Optional<String> user, String password) {
        this.base = "http://localhost:" + port;
        this.basic = user.map(u -> "Basic " + Base64.getEncoder()
                .encodeToString((u + ":" + password).getBytes(StandardCharsets.UTF_8)));
        String token = token("/login");
        if (user.isEmpty()) {
            this.csrf = token;
            return;
        }
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(user.get()) + "&password=" + enc(password)
                        + "&_csrf=" + enc(token))).build());
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login failed for " + user.get());
        }
        this.csrf = token("/account/password");
    }

    static RoleClients anonymous(int port) {
        return new RoleClients(port, Optional.empty(), "");
    }

    static RoleClients loggedIn(int port, String user, String password) {
        return new RoleClients(port, Optional.of(user), password);
    }

    /** Calls a page (session and CSRF header) or an API path (Basic); an empty body of the right kind. */
    HttpResponse<String> call(HttpMethod method, String path, boolean multipart) {
        boolean api = path.startsWith("/api/");
        String type = api ? "application/json"
                : multipart ? "multipart/form-data; boundary=" + BOUNDARY : "application/x-www-form-urlencoded";
        return call(method, path, type, api ? "{}" : multipart ? "--" + BOUNDARY + "--\r\n" : "");
    }

    /** Calls a page or an API path with this body (ignored for GET) of this content type. */
    HttpResponse<String> call(HttpMethod method, String path, String contentType, String body) {
        boolean api = path.startsWith("/api/");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        boolean hasBody = !HttpMethod.GET.equals(method);
        if (api) {
            basic.ifPresent(v -> b.header("Authorization", v));
        } else if (hasBody) {
            b.header("X-CSRF-TOKEN", csrf);
        }
        if (hasBody) {
            b.header("Content-Type", contentType);
        }
        b.method(method.name(), hasBody ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
        return api ? sendFresh(b.build()) : send(b.build());
    }

    /** API calls carry no cookie, so only the Basic header can authenticate them. */
    private HttpResponse<String> sendFresh(HttpRequest request) {
        try {
            return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String token(String path) {
        Matcher m = CSRF.matcher(send(HttpRequest.newBuilder(URI.create(base + path)).GET().build()).body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + path);
        }
        return m.group(1);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
