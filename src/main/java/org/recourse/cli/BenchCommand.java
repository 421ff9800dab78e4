package org.recourse.cli;

import java.io.PrintStream;
import java.util.Set;

/**
 * {@code bench THING}: benchmarks, which are not tests; each area keeps its benchmark in its
 * own class and gets one line here.
 */
final class BenchCommand implements Command {

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String usage() {
        return "bench link-eval [--duke] [--only NAME] [--verbose] | bench link --records N   benchmarks";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("records", "only");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        String thing = args.positionals().isEmpty() ? "" : args.positionals().get(0);
        return switch (thing) {
            case "link-eval" -> new LinkEvalBench().run(args, out);
            case "link" -> new LinkScaleBench().run(args, out);
            default -> throw new UsageException("unknown benchmark '" + thing + "'");
        };
    }
}
