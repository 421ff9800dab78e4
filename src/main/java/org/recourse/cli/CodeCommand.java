package org.recourse.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.recourse.extraction.CodingResult;
import org.recourse.extraction.TestimonyCoder;

/**
 * {@code code --jsonl}: coding suggestions for passages on standard input, one JSON line out
 * per line in. A bad line is reported on standard error with its number and skipped; the exit
 * code is 1 if any line was bad. Needs no data folder and does not start Spring.
 */
final class CodeCommand implements Command {

    private final Supplier<InputStream> stdin;

    CodeCommand() {
        this(() -> System.in);
    }

    CodeCommand(Supplier<InputStream> stdin) {
        this.stdin = stdin;
    }

    @Override
    public String name() {
        return "code";
    }

    @Override
    public String usage() {
        return "code --jsonl [--spans]   suggest codes for {\"id\",\"lang\",\"text\"} lines on stdin (--spans adds evidence spans)";
    }

    @Override
    public Set<String> flags() {
        return Set.of("jsonl", "spans");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        if (!args.flag("jsonl")) {
            throw new UsageException("only --jsonl input is supported");
        }
        args.refuseArguments();
        TestimonyCoder coder = TestimonyCoder.fromSeed();
        JsonLines lines = new JsonLines(new BufferedReader(new InputStreamReader(stdin.get(), StandardCharsets.UTF_8)),
                TestimonyCoder.MAX_CHARS);
        int bad = 0;
        int total = 0;
        for (Optional<JsonLines.Line> l = lines.next(); l.isPresent(); l = lines.next()) {
            JsonLines.Line line = l.get();
            if (line.text().isPresent() && line.text().get().isBlank()) {
                continue;
            }
            total++;
            try {
                String text = line.text().orElseThrow(() -> new IllegalArgumentException("line is too long"));
                CodingJson.Input in = CodingJson.parse(text);
                CodingResult r = coder.code(in.text(), in.lang());
                out.println(CodingJson.MAPPER.writeValueAsString(CodingJson.output(in.id(), r, args.flag("spans"))));
            } catch (RuntimeException e) {
                bad++;
                err.println("recourse code: line " + line.number() + ": " + e.getMessage());
            }
        }
        out.flush();
        if (bad > 0) {
            err.println("recourse code: " + bad + " of " + total + " lines could not be coded");
        }
        return bad > 0 ? 1 : 0;
    }
}
