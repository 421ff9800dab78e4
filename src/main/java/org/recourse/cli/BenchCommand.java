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
        return "bench mse | link-eval [--duke] [--only NAME] [--verbose] [--errors N] | link --records N   [--shared DIR]"
                + "   run a benchmark and print its figures";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("shared", "records", "only", "errors");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        String thing = args.positionals().isEmpty() ? "" : args.positionals().get(0);
        return switch (thing) {
            case "mse" -> MseBenchmark.run(shared(args), out);
            case "link-eval" -> new LinkEvalBench().run(args, out);
            case "link" -> new LinkScaleBench().run(args, out);
            default -> throw new UsageException("unknown benchmark '" + thing + "'; known: mse, link-eval, link");
        };
    }

    static Path shared(Args args) {
        return Path.of(args.option("shared").orElseGet(() -> {
            String env = System.getenv("RECOURSE_SHARED_DATA");
            return env == null || env.isBlank() ? "../shared/data" : env;
        }));
    }
}
