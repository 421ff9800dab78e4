package org.recourse.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.recourse.RecourseApplication;
import org.recourse.audit.AuditEvent;
import org.recourse.testimony.Person;
import org.recourse.testimony.PersonForm;
import org.recourse.testimony.PersonRegistry;
import org.recourse.testimony.Source;
import org.recourse.testimony.SourceForm;
import org.recourse.testimony.SourceRegistry;
import org.recourse.testimony.TestimonyForm;
import org.recourse.testimony.TestimonyRegistry;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Real data folders for tests, made through the module APIs by the application itself (embedded
 * SQLite), then closed cleanly; and ways to copy, read and compare them. All records fictional.
 */
public final class DataFolders {

    private DataFolders() {
    }

    /** A closed data folder with a few records and {@code extraAuditEntries} more audit entries. */
    public static Path create(Path dir, int extraAuditEntries, String... properties) {
        List<String> args = new ArrayList<>(List.of("--recourse.storage.data-dir=" + dir, "--recourse.storage.db-url=",
                "--recourse.security.admin-password=" + TestAccounts.ADMIN_PASSWORD, "--spring.main.banner-mode=off",
                "--logging.level.root=warn"));
        Stream.of(properties).map(p -> "--" + p).forEach(args::add);
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(RecourseApplication.class)
                .web(WebApplicationType.NONE).run(args.toArray(String[]::new))) {
            records(ctx);
            TransactionTemplate tx = new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class));
            tx.executeWithoutResult(s -> {
                for (int i = 0; i < extraAuditEntries; i++) {
                    ctx.publishEvent(new AuditEvent("viewed", "report", "r-" + i));
                }
            });
        }
        return dir;
    }

    private static void records(ConfigurableApplicationContext ctx) {
        for (int i = 0; i < 3; i++) {
            Source s = ctx.getBean(SourceRegistry.class).record(new SourceForm("interview",
                    "Interviews, set " + i + " (fictional)", "team", "2019-05", "in person", "high", ""));
            Person p = ctx.getBean(PersonRegistry.class).record(new PersonForm("Witness F" + i, Set.of("INTERVIEWEE"),
                    "female", "40s", "former trader", "2005-2009", "North Hamgyong"));
            ctx.getBean(TestimonyRegistry.class).record(new TestimonyForm(s.id().toString(), p.id().toString(),
                    "Testimony " + i + " (fictional)", "en", "A fictional account written for tests, number " + i + ".",
                    "", "2019-05-14", "Interviewer 1"));
        }
    }

    public static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }

    public static Connection sqlite(Path dataDir) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("recourse.db").toAbsolutePath()
                + "?busy_timeout=30000");
    }

    /** Every row of every table, as text, sorted: two folders hold the same records when these are equal. */
    /** Whether the server's background search indexer has caught up with every committed change. */
    public static boolean searchIndexCaughtUp(Path dataDir) throws SQLException {
        try (Connection c = sqlite(dataDir); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM search_outbox")) {
            return rs.next() && rs.getLong(1) == 0;
        }
    }

    public static Map<String, List<String>> allRows(Path dataDir) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection c = sqlite(dataDir); Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String table : names) {
                tables.put(table, rows(s, table));
            }
        }
        return tables;
    }

    private static List<String> rows(Statement s, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns; i++) {
                    byte[] raw = rs.getBytes(i);
                    row.put(rs.getMetaData().getColumnName(i), raw == null ? "NULL" : HexFormat.of().formatHex(raw));
                }
                rows.add(row.toString());
            }
        }
        rows.sort(Comparator.naturalOrder());
        return rows;
    }

    /** Every file under a folder with its bytes (hex), by relative path. */
    public static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), HexFormat.of().formatHex(Files.readAllBytes(p)));
            }
        }
        return files;
    }
}
