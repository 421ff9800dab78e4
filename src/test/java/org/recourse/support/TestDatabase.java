package org.recourse.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The database the application tests run on. By default each test application has the embedded
 * SQLite database of its data folder. With {@code -Drecourse.test.db=postgres} (the build's second
 * test run, see pom.xml) each one gets instead a fresh schema of the local PostgreSQL server, as a
 * server installation would, through the same migrations; the schema is dropped when the
 * application closes. Test classes marked {@link SqliteOnly} keep SQLite. Without a reachable
 * server the test classes skip with a message, except under CI, where they fail
 * ({@link Postgres#requireReachable()}).
 *
 * <p>Registered in META-INF/spring.factories, so it applies to every Spring test application,
 * whatever its own properties say about the database.
 */
public final class TestDatabase implements ContextCustomizerFactory {

    /** The system property that chooses the database, and its value for PostgreSQL. */
    public static final String PROPERTY = "recourse.test.db";
    public static final String POSTGRES = "postgres";
    /** The JUnit tag of the application tests (run on both databases) and of those on SQLite only. */
    public static final String APPLICATION_TAG = "application";
    public static final String SQLITE_ONLY_TAG = "sqlite-only";
    /** The tag of the tests that register PostgreSQL themselves (Postgres.register) and run on it in every run. */
    public static final String POSTGRES_TAG = "postgres";

    /** Whether this run puts the application tests on PostgreSQL. */
    public static boolean postgres() {
        return POSTGRES.equalsIgnoreCase(System.getProperty(PROPERTY, "").trim());
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        if (!postgres() || MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .isPresent(SqliteOnly.class)) {
            return null;
        }
        Postgres.requireReachable();
        return new OnPostgres();
    }

    /** Equal to one another, so test classes that share an application share its schema. */
    private record OnPostgres() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            String schema = Postgres.freshSchema();
            // First: above the test's own properties (many say recourse.storage.db-url= for SQLite).
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres test database",
                    Map.of("recourse.storage.db-url", Postgres.urlWithSchema(schema),
                            "recourse.storage.db-user", Postgres.USER,
                            "recourse.storage.db-password", Postgres.PASSWORD,
                            "spring.flyway.schemas", schema,
                            "spring.flyway.default-schema", schema)));
            // Registered before every bean, so destroyed after them all, the data source included.
            if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
                registry.registerDisposableBean("postgresTestSchema", new DropSchema(schema));
            }
        }
    }

    private record DropSchema(String schema) implements DisposableBean {

        @Override
        public void destroy() {
            try (Connection c = DriverManager.getConnection(Postgres.URL, Postgres.USER, Postgres.PASSWORD);
                    Statement s = c.createStatement()) {
                s.execute("SET lock_timeout = '10s'");
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (SQLException e) {
                System.err.println("could not drop the test schema " + schema + ": " + e.getMessage());
            }
        }
    }
}
