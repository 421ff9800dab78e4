package org.recourse.cli;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recourse.exchange.Exchange;
import org.recourse.exchange.ImportOptions;
import org.recourse.exchange.ImportPreview;
import org.recourse.exchange.ImportProblem;
import org.recourse.exchange.ImportResult;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code import}: incidents or testimonies from CSV, XLSX or Uwazi CSV, transcripts from
 * .txt, .md or .docx. The same rules as the page: a file with any problem stores nothing
 * (exit 1, each problem by row and column) unless {@code --valid-rows-only}.
 */
final class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import [--data DIR] [--source ID] [--encoding NAME] [--valid-rows-only] [--dry-run] FILE"
                + "   import .csv/.xlsx (incidents, testimonies, Uwazi entities) or .txt/.md/.docx transcripts";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("data", "source", "encoding");
    }

    @Override
    public Set<String> flags() {
        return Set.of("valid-rows-only", "dry-run");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        if (args.positionals().size() != 1) {
            throw new UsageException("name one file to import");
        }
        Path file = CommandLineFiles.input(Path.of(args.positionals().get(0)));
        ImportOptions options = new ImportOptions(charset(args), args.flag("valid-rows-only"), args.option("source"));
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = DataContext.openExisting(args, Map.of())) {
            Exchange exchange = context.getBean(Exchange.class);
            String name = file.getFileName().toString();
            ImportPreview preview = exchange.preview(name, file, options);
            report(preview, out, err);
            if (args.flag("dry-run")) {
                out.println("dry run: nothing stored");
                return preview.valid() ? 0 : 1;
            }
            if (!preview.valid() && !options.validRowsOnly()) {
                // Refused as the import would refuse it, without storing chunks up to the first problem and rolling them back.
                throw Exchange.rejection(preview.problems());
            }
            ImportProgressPrinter progress = ImportProgressPrinter.on(err);
            ImportResult result = exchange.importFile(name, file, options, progress);
            progress.finish();
            out.printf("stored %,d %s; skipped %,d invalid rows; %.1f s%n", result.stored(),
                    result.kind().name().toLowerCase(java.util.Locale.ROOT), result.skippedRows(),
                    (System.nanoTime() - started) / 1e9);
            result.importId().ifPresent(id -> out.println("import " + id + " (audited as one entry; see audit verify)"));
        }
        return 0;
    }

    private static void report(ImportPreview p, PrintStream out, PrintStream err) {
        out.printf("%s file read as %s: %,d rows, %,d valid%n", p.kind().name().toLowerCase(java.util.Locale.ROOT),
                p.encoding(), p.rows(), p.validRows());
        p.problems().stream().limit(200).map(ImportProblem::toString).forEach(err::println);
        if (p.problems().size() > 200) {
            err.printf("... and %,d more problems%n", p.problems().size() - 200);
        }
    }

    private static Optional<Charset> charset(Args args) {
        try {
            return args.option("encoding").map(Charset::forName);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UsageException("--encoding names no known encoding (try UTF-8, CP949 or EUC-KR)");
        }
    }
}
