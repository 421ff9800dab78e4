package org.recourse.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.recourse.report.ReportForm;
import org.recourse.report.ReportProgress;
import org.recourse.report.ReportRequest;
import org.recourse.report.Reports;
import org.recourse.shared.InvalidInputException;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code report}: a report of documented incidents as PDF (or HTML), from a data folder, without the web server. */
final class ReportCommand implements Command {

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String usage() {
        return "report --data DIR [--violation C] [--perpetrator C] [--from Y] [--to Y] [--country C] [--source ID] "
                + "[--periods 2000-2004,2005-2009] [--k N] [--lang en|ko] --out FILE.pdf|FILE.html   "
                + "documented counts, suppressed, with consented quotes";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("data", "violation", "perpetrator", "from", "to", "country", "source", "periods", "k", "lang", "out");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        args.refuseArguments();
        Path file = CommandLineFiles.output("out", args.option("out")
                .orElseThrow(() -> new UsageException("give --out FILE.pdf or FILE.html")));
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".pdf") && !name.endsWith(".html")) {
            throw new UsageException("--out must end in .pdf or .html, not '" + file.getFileName() + "'");
        }
        ReportRequest request = request(args);
        try (ConfigurableApplicationContext context = DataContext.openCollection(args, Map.of())) {
            Reports reports = context.getBean(Reports.class);
            reports.check(request);
            ReportProgress progress = printer(err);
            CommandLineFiles.writeWhole(file, o -> {
                if (name.endsWith(".pdf")) {
                    reports.pdf(request, progress, o);
                } else {
                    o.write(reports.html(request, progress).getBytes(StandardCharsets.UTF_8));
                }
                return file;
            });
        }
        out.println("wrote " + file);
        return 0;
    }

    static ReportRequest request(Args args) {
        String lang = args.option("lang").orElse("en");
        if (!lang.equals("en") && !lang.equals("ko")) {
            throw new UsageException("--lang takes en or ko, not '" + lang + "'");
        }
        ReportForm form = new ReportForm(args.option("violation").orElse(null), args.option("perpetrator").orElse(null),
                args.option("from").orElse(null), args.option("to").orElse(null), args.option("country").orElse(null),
                args.option("source").orElse(null), args.option("k").orElse(null), args.option("periods").orElse(null));
        try {
            return form.toRequest(Locale.forLanguageTag(lang));
        } catch (InvalidInputException e) {
            throw new UsageException(e.problems().stream().map(p -> "--" + p.field() + ": " + p.reason())
                    .collect(java.util.stream.Collectors.joining("; ")));
        }
    }

    /** Prints a line when a stage starts and every tenth of the way through it. */
    private static ReportProgress printer(PrintStream err) {
        return (stage, done, total) -> {
            if (done == 0 || done == total || total >= 10 && done % Math.max(1, total / 10) == 0) {
                err.printf("report: %s %d/%d%n", stage, done, total);
            }
        };
    }
}
