package org.recourse.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code bench THING}: benchmarks, which are not tests. Each area keeps its benchmark in its
 * own class and registers one line here.
 */
final class BenchCommand implements Command {

    /** One benchmark. */
    interface Bench {
        int run(Args args, PrintStream out) throws Exception;
    }

    private static final Map<String, Bench> BENCHES = Map.of(
            "coding", new CodingBench());

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String usage() {
        return "bench " + String.join("|", BENCHES.keySet()) + " [--mb N] [--runs N] [--lang en|ko|mixed]   run a benchmark";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("mb", "runs", "lang");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        List<String> p = args.positionals();
        if (p.isEmpty() || !BENCHES.containsKey(p.get(0))) {
            throw new UsageException("name a benchmark: " + String.join(", ", BENCHES.keySet()));
        }
        return BENCHES.get(p.get(0)).run(args, out);
    }
}
