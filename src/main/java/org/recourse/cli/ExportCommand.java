package org.recourse.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.recourse.exchange.Exchange;
import org.recourse.exchange.ExportFormat;
import org.recourse.exchange.ExportPurpose;
import org.recourse.exchange.ExportSummary;
import java.util.Optional;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code export}: writes the coded incidents of a data folder, pseudonymised, to a file. */
final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export [--data DIR] --format csv|xlsx|json|uwazi-csv --out FILE [--lang en|ko] [--partner NAME]"
                + "   export coded incidents (pseudonyms and coarse attributes only; persons without an active"
                + " consent to internal analysis, or to sharing with --partner, are left out)";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("data", "format", "out", "lang", "partner");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        args.refuseArguments();
        String formatName = args.option("format").orElseThrow(() -> new UsageException("--format is required"));
        ExportFormat format = ExportFormat.named(formatName)
                .orElseThrow(() -> new UsageException("--format must be csv, xlsx, json or uwazi-csv"));
        Path file = CommandLineFiles.output("out", args.option("out").orElseThrow(() -> new UsageException("--out FILE is required")));
        String lang = args.option("lang").orElse("en");
        if (!lang.equals("en") && !lang.equals("ko")) {
            throw new UsageException("--lang must be en or ko");
        }
        Optional<String> partner = args.option("partner");
        if (partner.isPresent() && partner.get().isBlank()) {
            throw new UsageException("--partner needs the partner's name");
        }
        ExportPurpose purpose = ExportPurpose.of(partner);
        long started = System.nanoTime();
        ExportSummary summary;
        try (ConfigurableApplicationContext context = DataContext.openCollection(args, Map.of())) {
            Exchange exchange = context.getBean(Exchange.class);
            summary = CommandLineFiles.writeWhole(file, o -> exchange.export(format, Locale.forLanguageTag(lang), purpose, o));
        }
        out.printf("exported to %s (%s) in %.1f s: %s%n", file, format.key(), (System.nanoTime() - started) / 1e9,
                summary.text());
        return 0;
    }
}
