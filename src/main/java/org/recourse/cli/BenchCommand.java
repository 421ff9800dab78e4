package org.recourse.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code bench THING}: benchmarks, which are not tests. Each area keeps its benchmark in its own
 * class; this only dispatches. Shared evaluation data: {@code --shared DIR}, else
 * RECOURSE_SHARED_DATA, else {@code ../shared/data}.
 */
final class BenchCommand implements Command {

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String usage() {
        return "bench mse [--shared DIR]   run a benchmark and print its figures";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("shared");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        if (args.positionals().size() != 1) {
            throw new UsageException("name one benchmark: mse");
        }
        Path shared = Path.of(args.option("shared").orElseGet(() -> {
            String env = System.getenv("RECOURSE_SHARED_DATA");
            return env == null || env.isBlank() ? "../shared/data" : env;
        }));
        return switch (args.positionals().get(0)) {
            case "mse" -> MseBenchmark.run(shared, out);
            default -> throw new UsageException("unknown benchmark '" + args.positionals().get(0) + "'; known: mse");
        };
    }
}
