package org.recourse.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Random;
import org.postgresql.PGConnection;
import org.recourse.exchange.Exchange;
import org.recourse.exchange.ImportOptions;
import org.recourse.exchange.ImportResult;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code bench import --rows N}: N fictional incident rows (fixed seed) imported through the
 * exchange module (validated, audited, batched) into a fresh data folder, beside raw loads of
 * the same file: the sqlite3 shell's {@code .import} and PostgreSQL {@code COPY}, which check
 * nothing. Figures: seconds and rows per second, and the ratios.
 */
final class ImportBench implements BenchCommand.Bench {

    static final String PG_URL = "jdbc:postgresql://localhost:5432/recourse_test";
    private static final String[] VIOLATIONS = {"rape", "sexual_assault", "sexual_exploitation", "invasive_body_search",
        "physical_assault", "arbitrary_detention", "torture", "forced_labour", "trafficking", "denial_of_justice"};
    private static final String[] PERPETRATORS = {"police", "state_security", "detention_guard", "soldier", "broker",
        "party_official", "market_official", "workplace_superior"};
    private static final String[] LOCATIONS = {"pretrial_detention", "market", "workplace", "border_crossing", "home",
        "labour_training_camp", "abroad_transit"};
    private static final String[] PROVINCES = {"North Hamgyong", "Ryanggang", "South Pyongan", "Chagang", "Hwanghae"};

    @Override
    public int run(Args args, PrintStream out) throws Exception {
        int rows = args.intOption("rows", 100_000, 1);
        Path dir = Files.createTempDirectory("recourse-import-bench-");
        Path csv = dir.resolve("incidents.csv");
        generate(csv, rows);
        out.printf("bench import: %,d fictional rows, %.1f MB, in %s%n", rows, Files.size(csv) / 1048576.0, dir);
        Timing timing = recourse(dir.resolve("data"), csv, out, Map.of());
        double recourse = timing.returned();
        double recoursePg = args.flag("postgres") ? recourseOnPostgres(dir, csv, out).returned() : -1;
        double sqlite = sqliteShell(dir, csv, out);
        double copy = postgresCopy(csv, out);
        out.printf("recourse import %.1f s (%,.0f rows/s); its checkpoint done at %.1f s%n", recourse, rows / recourse,
                timing.checkpointed());
        if (recoursePg > 0) {
            out.printf("recourse import on PostgreSQL %.1f s (%,.0f rows/s)%n", recoursePg, rows / recoursePg);
        }
        if (sqlite > 0) {
            out.printf("sqlite3 .import %.1f s (%,.0f rows/s); recourse / sqlite3 = %.1fx (import returned), %.1fx"
                    + " (checkpoint done)%n", sqlite, rows / sqlite, recourse / sqlite, timing.checkpointed() / sqlite);
        }
        if (copy > 0) {
            out.printf("postgres COPY   %.1f s (%,.0f rows/s); recourse / COPY = %.1fx%n", copy, rows / copy, recourse / copy);
        }
        if (copy > 0 && recoursePg > 0) {
            out.printf("recourse on PostgreSQL / COPY = %.1fx%n", recoursePg / copy);
        }
        return 0;
    }

    static void generate(Path csv, int rows) throws IOException {
        Random random = new Random(20261123L);
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("incident_ref,title,date,location_type,country,province,violation,perpetrators\n");
            for (int i = 0; i < rows; i++) {
                int year = 1995 + random.nextInt(25);
                String date = random.nextBoolean() ? Integer.toString(year)
                        : String.format("%d-%02d", year, 1 + random.nextInt(12));
                w.write("r" + i + ",FICTIONAL incident " + i + "," + date + "," + pick(LOCATIONS, random) + ",north_korea,"
                        + pick(PROVINCES, random) + "," + pick(VIOLATIONS, random) + "," + pick(PERPETRATORS, random)
                        + "\n");
            }
        }
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    /** The Recourse import into a fresh schema of the local PostgreSQL server, dropped afterwards. */
    private static Timing recourseOnPostgres(Path dir, Path csv, PrintStream out) throws SQLException {
        String schema = "bench_import_" + Long.toHexString(new Random().nextLong() & Long.MAX_VALUE);
        Map<String, Object> pg = Map.of("recourse.storage.db-url", PG_URL + "?currentSchema=" + schema,
                "recourse.storage.db-user", "recourse", "recourse.storage.db-password", "recourse",
                "spring.flyway.schemas", schema, "spring.flyway.default-schema", schema);
        try {
            out.println("recourse on PostgreSQL, schema " + schema + ":");
            return recourse(dir.resolve("pgdata"), csv, out, pg);
        } finally {
            try (Connection c = DriverManager.getConnection(PG_URL, "recourse", "recourse");
                    Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    /** Seconds until the import returned (committed, durable) and until the database file had it too (checkpoint). */
    private record Timing(double returned, double checkpointed) {
    }

    private static Timing recourse(Path data, Path csv, PrintStream out, Map<String, Object> storage) {
        Args args = Args.parse(java.util.List.of("--data", data.toString()), java.util.Set.of("data"));
        Map<String, Object> props = new java.util.HashMap<>(storage);
        props.put("recourse.exchange.max-bytes", Long.toString(Long.MAX_VALUE / 2));
        try (ConfigurableApplicationContext context = DataContext.open(args, false, props)) {
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpuStart = threads.getCurrentThreadCpuTime();
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long processCpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            long[] firstAndLast = {0, 0};
            ImportProgressPrinter progress = ImportProgressPrinter.on(System.err);
            ImportResult r = context.getBean(Exchange.class).importFile("incidents.csv", csv, ImportOptions.DEFAULT,
                    (done, total) -> {
                        firstAndLast[firstAndLast[0] == 0 ? 0 : 1] = System.nanoTime();
                        firstAndLast[1] = System.nanoTime();
                        progress.rows(done, total);
                    });
            long end = System.nanoTime();
            progress.finish();
            // On SQLite the log is copied into the database file after the commit, in the background (BulkWrites).
            context.getBean(org.recourse.storage.BulkWrites.class).awaitCheckpoint();
            long checkpointed = System.nanoTime();
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            // All threads (the import validates on a second thread, and the JVM collects garbage on others).
            double processCpu = (os.getProcessCpuTime() - processCpuStart) / 1e9;
            double s = (end - start) / 1e9;
            System.err.println();
            // Where the time goes: reading and validating the file (up to the first stored chunk), the
            // inserts, and the commit with the audit entry.
            // The importing thread's CPU time: on a shared machine, wall time also counts waiting for a core.
            out.printf("recourse: stored %,d incidents; first chunk stored at %.1f s, last at %.1f s, committed (import"
                    + " returned) at %.1f s, checkpoint done at %.1f s; importing thread's CPU time %.1f s, the process's"
                    + " %.1f s%n", r.stored(), (firstAndLast[0] - start) / 1e9, (firstAndLast[1] - start) / 1e9, s,
                    (checkpointed - start) / 1e9, cpu, processCpu);
            return new Timing(s, (checkpointed - start) / 1e9);
        }
    }

    private static double sqliteShell(Path dir, Path csv, PrintStream out) throws IOException, InterruptedException {
        Path db = dir.resolve("raw.db");
        long start = System.nanoTime();
        Process p;
        try {
            p = new ProcessBuilder("sqlite3", db.toString(), "-cmd", ".mode csv", ".import " + csv + " incidents")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            out.println("sqlite3 shell not installed: skipped (apt-get install -y sqlite3)");
            return -1;
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        double s = (System.nanoTime() - start) / 1e9;
        if (code != 0) {
            out.println("sqlite3 .import failed: " + output.strip());
            return -1;
        }
        return s;
    }

    private static double postgresCopy(Path csv, PrintStream out) throws IOException {
        try (Connection c = DriverManager.getConnection(PG_URL, "recourse", "recourse")) {
            try (Statement st = c.createStatement()) {
                st.execute("DROP TABLE IF EXISTS bench_import_raw");
                st.execute("CREATE TABLE bench_import_raw (incident_ref TEXT, title TEXT, date TEXT, location_type TEXT,"
                        + " country TEXT, province TEXT, violation TEXT, perpetrators TEXT)");
            }
            long start = System.nanoTime();
            try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                c.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY bench_import_raw FROM STDIN WITH (FORMAT csv, HEADER true)", r);
            }
            double s = (System.nanoTime() - start) / 1e9;
            try (Statement st = c.createStatement()) {
                st.execute("DROP TABLE bench_import_raw");
            }
            return s;
        } catch (SQLException e) {
            out.println("PostgreSQL at " + PG_URL + " unreachable: COPY skipped (" + e.getSQLState() + ")");
            return -1;
        }
    }
}
