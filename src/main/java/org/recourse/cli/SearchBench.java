package org.recourse.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench search}: the same synthetic corpus and query mix on our Lucene index, SQLite
 * FTS5 and PostgreSQL full-text search (when reachable), one after another. Each engine loads
 * the corpus (timed), runs the mix ten times to warm up, then {@code --repeat} times measured; the
 * latency percentiles are over every measured query. With {@code --json} the last line is the
 * summary object.
 */
final class SearchBench implements Command {

    /** Passes over the mix before measuring: the JIT needs a few hundred queries to settle. */
    private static final int WARMUP_PASSES = 10;

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String usage() {
        return "search --passages N [--repeat R] [--engines lucene,sqlite_fts5,postgres_fts] [--json]   Lucene vs SQLite FTS5 vs PostgreSQL FTS on N synthetic passages";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("passages", "repeat", "engines");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        int n = args.intOption("passages", 100_000, 1);
        int repeat = args.intOption("repeat", 5, 1);
        if (n < 1 || repeat < 1) {
            throw new UsageException("--passages and --repeat must be at least 1");
        }
        Set<String> wanted = Set.of(args.option("engines").orElse("lucene,sqlite_fts5,postgres_fts").split(","));
        Path work = Files.createTempDirectory("recourse-bench-search");
        Map<String, Object> engines = new LinkedHashMap<>();
        try {
            if (wanted.contains("lucene")) {
                try (LuceneBenchEngine lucene = new LuceneBenchEngine(work.resolve("index"))) {
                    engines.put("lucene", measure(lucene, n, repeat, out));
                    engines.put("lucene_search_page", measure(lucene.asSearchPage(), n, repeat, out));
                }
            }
            if (wanted.contains("sqlite_fts5")) {
                try (BenchEngine sqlite = new SqliteBenchEngine(work.resolve("fts5.db"))) {
                    engines.put("sqlite_fts5", measure(sqlite, n, repeat, out));
                }
            }
            Optional<BenchEngine> pg = wanted.contains("postgres_fts") ? postgres(err) : Optional.empty();
            if (pg.isPresent()) {
                try (BenchEngine postgres = pg.get()) {
                    engines.put("postgres_fts", measure(postgres, n, repeat, out));
                }
            }
        } finally {
            deleteTree(work);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("passages", n);
        summary.put("engines", engines);
        if (args.flag("json")) {
            out.println(JsonMapper.builder().build().writeValueAsString(summary));
        }
        return 0;
    }

    /** Loads the engine and measures its queries; the caller closes it. */
    private static Map<String, Object> measure(BenchEngine engine, int n, int repeat, PrintStream out) throws Exception {
        long t0 = System.nanoTime();
        engine.load(n);
        double indexS = (System.nanoTime() - t0) / 1e9;
        List<Integer> hits = new ArrayList<>();
        for (BenchQuery q : BenchQuery.MIX) {
            hits.add(engine.query(q));
        }
        for (int w = 1; w < WARMUP_PASSES; w++) {
            for (BenchQuery q : BenchQuery.MIX) {
                engine.query(q);
            }
        }
        List<Double> ms = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < repeat; r++) {
            for (BenchQuery q : BenchQuery.MIX) {
                long c = threads.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                engine.query(q);
                ms.add((System.nanoTime() - s) / 1e6);
                cpu.add((threads.getCurrentThreadCpuTime() - c) / 1e6);
            }
        }
        ms.sort(Comparator.naturalOrder());
        cpu.sort(Comparator.naturalOrder());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index_s", round(indexS));
        m.put("p50_ms", round(percentile(ms, 0.50)));
        m.put("p95_ms", round(percentile(ms, 0.95)));
        m.put("p99_ms", round(percentile(ms, 0.99)));
        if (engine.inProcess()) {
            // On a shared machine wall time includes waiting for a core; CPU time does not.
            m.put("cpu_p50_ms", round(percentile(cpu, 0.50)));
            m.put("cpu_p99_ms", round(percentile(cpu, 0.99)));
        }
        out.printf("%-12s index %.1f s  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  cpu p50 %.2f ms  (%s; hits per query %s)%n",
                engine.name(), indexS, percentile(ms, 0.5), percentile(ms, 0.95), percentile(ms, 0.99),
                percentile(cpu, 0.5), engine.setup(), hits);
        return m;
    }

    private static Optional<BenchEngine> postgres(PrintStream err) {
        String url = System.getenv().getOrDefault("RECOURSE_BENCH_PG_URL", "jdbc:postgresql://localhost:5432/postgres");
        String user = System.getenv().getOrDefault("RECOURSE_BENCH_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("RECOURSE_BENCH_PG_PASSWORD", "");
        try {
            return Optional.of(new PostgresBenchEngine(url, user, password));
        } catch (Exception e) {
            err.println("postgres_fts skipped: cannot connect to " + url + " (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    static double percentile(List<Double> sorted, double p) {
        int i = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
