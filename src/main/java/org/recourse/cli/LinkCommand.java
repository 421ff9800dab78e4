package org.recourse.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.recourse.linkage.Assignment;
import org.recourse.linkage.LinkConfig;
import org.recourse.linkage.LinkOptions;
import org.recourse.linkage.LinkRecord;
import org.recourse.linkage.LinkResult;
import org.recourse.linkage.Linker;
import org.recourse.linkage.RecordFiles;

/**
 * {@code link}: deduplicates one record file or links two, and writes {@code id,cluster} for
 * every input record to standard output (ids prefixed {@code A:} and {@code B:} in linkage).
 * The output is built completely before it is written, so a failure writes nothing.
 */
final class LinkCommand implements Command {

    @Override
    public String name() {
        return "link";
    }

    @Override
    public String usage() {
        return "link --id COLUMN [--ignore COL,COL] [--config FILE] [--threshold P] [--one-to-one] A.csv [B.csv]"
                + "   find records of one entity (prints id,cluster)";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("id", "ignore", "config", "threshold");
    }

    @Override
    public Set<String> flags() {
        return Set.of("one-to-one");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        List<String> files = args.positionals();
        if (files.isEmpty() || files.size() > 2) {
            throw new UsageException("give one file to deduplicate or two to link");
        }
        String id = args.option("id").orElseThrow(() -> new UsageException("--id COLUMN is required"));
        Set<String> ignore = args.option("ignore").map(s -> Arrays.stream(s.split(",")).map(String::trim)
                .filter(x -> !x.isEmpty()).collect(Collectors.toSet())).orElse(Set.of());
        LinkOptions options = options(args);
        files.forEach(f -> CommandLineFiles.input(Path.of(f)));
        List<LinkRecord> a = RecordFiles.read(Path.of(files.get(0)), id, ignore);
        Linker linker = new Linker();
        LinkResult result = files.size() == 1 ? linker.deduplicate(a, options)
                : linker.link(a, RecordFiles.read(Path.of(files.get(1)), id, ignore), options);
        StringBuilder csv = new StringBuilder("id,cluster\n");
        for (Assignment s : result.assignments()) {
            String label = files.size() == 1 ? s.id() : (s.source() == 0 ? "A:" : "B:") + s.id();
            csv.append(quoted(label)).append(',').append(s.cluster()).append('\n');
        }
        out.print(csv);
        out.flush();
        err.printf("recourse link: %d records, %d candidate pairs, %d entities, %.1f s%n", result.stats().records(),
                result.stats().candidatePairs(), result.assignments().stream().mapToInt(Assignment::cluster).max()
                        .orElse(-1) + 1, result.stats().totalSeconds());
        if (!result.stats().pairedByContent().isEmpty()) {
            err.println("recourse link: columns paired by content: " + String.join(", ", result.stats().pairedByContent()));
        }
        return 0;
    }

    private static LinkOptions options(Args args) {
        LinkOptions options = LinkOptions.defaults().withReportFloor(2.0).withOneToOne(args.flag("one-to-one"));
        if (args.option("config").isPresent()) {
            options = options.withConfig(LinkConfig.read(CommandLineFiles.input(Path.of(args.option("config").get()))));
        }
        if (args.option("threshold").isPresent()) {
            String t = args.option("threshold").get();
            try {
                double p = Double.parseDouble(t);
                if (p <= 0 || p >= 1) {
                    throw new NumberFormatException();
                }
                options = options.withThreshold(p);
            } catch (NumberFormatException e) {
                throw new UsageException("--threshold takes a probability between 0 and 1, not '" + t + "'");
            }
        }
        return options;
    }

    static String quoted(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
