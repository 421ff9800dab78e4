package org.recourse.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code bench THING}: benchmarks, which are not tests. Each area keeps its benchmark in its own
 * class and gets one line here. Shared evaluation data: {@code --shared DIR}, else
 * RECOURSE_SHARED_DATA, else {@code ../shared/data}.
 */
final class BenchCommand implements Command {

    /** One benchmark. */
    interface Bench {
        int run(Args args, PrintStream out) throws Exception;
    }

    private static final Map<String, Bench> BENCHES = new LinkedHashMap<>();

    static {
        BENCHES.put("mse", (args, out) -> MseBenchmark.run(shared(args), out));
        BENCHES.put("link-eval", (args, out) -> new LinkEvalBench().run(args, out));
        BENCHES.put("link", (args, out) -> new LinkScaleBench().run(args, out));
        BENCHES.put("coding", new CodingBench());
        BENCHES.put("search", (args, out) -> new SearchBench().run(args, out, System.err));
        BENCHES.put("import", new ImportBench());
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String usage() {
        return "bench " + String.join("|", BENCHES.keySet()) + " [options]   run a benchmark and print its figures"
                + " (mse [--shared DIR]; link-eval [--duke] [--only NAME] [--verbose] [--errors N] [--sets DIR] [--split]; link --records N;"
                + " coding [--mb N] [--runs N] [--lang en|ko|mixed]; search --passages N [--json]; import --rows N [--postgres])";
    }

    @Override
    public Set<String> valueOptions() {
        Set<String> options = new java.util.HashSet<>(Set.of("shared", "records", "only", "mb", "runs", "lang", "rows", "errors", "sets"));
        options.addAll(new SearchBench().valueOptions());
        return options;
    }

    @Override
    public Set<String> flags() {
        return Set.of("duke", "verbose", "split", "json", "postgres");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        String thing = args.positionals().isEmpty() ? "" : args.positionals().get(0);
        Bench bench = BENCHES.get(thing);
        if (bench == null) {
            throw new UsageException("name a benchmark: " + String.join(", ", BENCHES.keySet()));
        }
        if (args.positionals().size() > 1) {
            throw new UsageException("unexpected argument '" + args.positionals().get(1) + "' (name one benchmark)");
        }
        return bench.run(args, out);
    }

    static Path shared(Args args) {
        return Path.of(args.option("shared").orElseGet(() -> {
            String env = System.getenv("RECOURSE_SHARED_DATA");
            return env == null || env.isBlank() ? "../shared/data" : env;
        }));
    }
}
