package org.recourse.cli;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code bench THING}: benchmarks, kept out of the test suite; each area adds its own class here. */
final class BenchCommand implements Command {

    private static final List<Command> BENCHES = List.of(new SearchBench());

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String usage() {
        return "bench " + String.join(" | ", BENCHES.stream().map(Command::usage).toList());
    }

    @Override
    public Set<String> valueOptions() {
        Set<String> all = new HashSet<>();
        BENCHES.forEach(b -> all.addAll(b.valueOptions()));
        return all;
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        if (args.positionals().isEmpty()) {
            throw new UsageException("name a benchmark: " + String.join(", ", BENCHES.stream().map(Command::name).toList()));
        }
        String thing = args.positionals().get(0);
        for (Command b : BENCHES) {
            if (b.name().equals(thing)) {
                return b.run(args, out, err);
            }
        }
        throw new UsageException("no benchmark named '" + thing + "'");
    }
}
