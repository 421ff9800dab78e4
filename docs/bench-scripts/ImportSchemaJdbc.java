import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Import schema experiment with the application's SQLite (sqlite-jdbc, the version in pom.xml)
 * instead of the shell's: the same variants and INSERT ... SELECT chunks as
 * import_schema_variants.py, dumped one file per variant (lines "page N", "fk ON|OFF",
 * "schema SQL", "insert SQL"). Usage, alternating the variants ROUNDS times:
 * java -cp sqlite-jdbc.jar ImportSchemaJdbc.java DIR ROWS ROUNDS VARIANT_FILE...
 */
public class ImportSchemaJdbc {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int r = 1; r <= rounds; r++) {
            for (int a = 3; a < args.length; a++) {
                Path spec = Path.of(args[a]);
                String name = spec.getFileName().toString().replace(".sql", "");
                List<String> schema = new ArrayList<>();
                List<String> inserts = new ArrayList<>();
                int page = 4096;
                String fk = "ON";
                for (String line : Files.readAllLines(spec)) {
                    String[] kv = line.split(" ", 2);
                    switch (kv[0]) {
                        case "page" -> page = Integer.parseInt(kv[1]);
                        case "fk" -> fk = kv[1];
                        case "schema" -> schema.add(kv[1]);
                        case "insert" -> inserts.add(kv[1]);
                        default -> throw new IllegalArgumentException(line);
                    }
                }
                Path db = dir.resolve("j_" + name + ".db");
                for (String s : new String[] {"", "-wal", "-shm"}) {
                    Files.deleteIfExists(Path.of(db + s));
                }
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
                    st.execute("PRAGMA page_size=" + page);
                    st.execute("PRAGMA journal_mode=WAL");
                    for (String s : schema) {
                        st.execute(s);
                    }
                }
                String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
                String url = "jdbc:sqlite:" + db + "?journal_mode=WAL&synchronous=FULL&foreign_keys=" + fk.toLowerCase()
                        + "&busy_timeout=30000&transaction_mode=IMMEDIATE&cache_size=-65536";
                try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
                    st.execute("PRAGMA wal_autocheckpoint=0");
                    st.execute("ATTACH '" + dir.resolve("prep.db") + "' AS prep");
                    List<PreparedStatement> ps = new ArrayList<>();
                    c.setAutoCommit(false);
                    for (String s : inserts) {
                        ps.add(c.prepareStatement(s));
                    }
                    long cpu0 = os.getProcessCpuTime();
                    long t0 = System.nanoTime();
                    for (int lo = 0; lo < rows; lo += 5000) {
                        for (PreparedStatement p : ps) {
                            p.setInt(1, lo);
                            p.setInt(2, lo + 5000);
                            p.executeUpdate();
                        }
                    }
                    long t1 = System.nanoTime();
                    c.commit();
                    long t2 = System.nanoTime();
                    c.setAutoCommit(true);
                    st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                    long t3 = System.nanoTime();
                    long cpu3 = os.getProcessCpuTime();
                    for (PreparedStatement p : ps) {
                        p.close();
                    }
                    System.out.printf("round %d %s: insert=%.2f, commit=%.2f, returned=%.2f, checkpoint=%.2f, total=%.2f,"
                            + " cpu=%.2f, mb=%.2f, load=%s%n", r, name, (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                            (t2 - t0) / 1e9, (t3 - t2) / 1e9, (t3 - t0) / 1e9, (cpu3 - cpu0) / 1e9,
                            Files.size(db) / 1e6, load);
                }
                for (String s : new String[] {"", "-wal", "-shm"}) {
                    Files.deleteIfExists(Path.of(db + s));
                }
            }
        }
    }
}
