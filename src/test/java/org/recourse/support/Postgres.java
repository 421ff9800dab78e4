package org.recourse.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The local PostgreSQL server the storage tests run against (.ci/run installs and starts it).
 * Without one, the tests skip with a message, except under CI, where they fail.
 */
public final class Postgres {

    public static final String URL = env("RECOURSE_TEST_PG_URL", "jdbc:postgresql://localhost:5432/recourse_test");
    public static final String USER = env("RECOURSE_TEST_PG_USER", "recourse");
    public static final String PASSWORD = env("RECOURSE_TEST_PG_PASSWORD", "recourse");

    private Postgres() {
    }

    /** Skips (or, under CI, fails) when the server is not reachable. */
    public static void requireReachable() {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            c.isValid(2);
        } catch (SQLException e) {
            String message = "PostgreSQL is not reachable at " + URL + " as " + USER
                    + " (run .ci/run, or set RECOURSE_TEST_PG_URL/USER/PASSWORD): " + e.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message, e);
            }
            System.err.println("SKIPPED (no PostgreSQL; CI fails here instead): " + message);
            Assumptions.abort(message);
        }
    }

    /** A fresh schema name, so each test application starts from an empty database. */
    public static String freshSchema() {
        return "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    }

    public static String urlWithSchema(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Points a test application (its data source and Flyway) at {@code schema} of the test server. */
    public static void register(DynamicPropertyRegistry registry, String schema) {
        registry.add("recourse.storage.db-url", () -> urlWithSchema(schema));
        registry.add("recourse.storage.db-user", () -> USER);
        registry.add("recourse.storage.db-password", () -> PASSWORD);
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.default-schema", () -> schema);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
