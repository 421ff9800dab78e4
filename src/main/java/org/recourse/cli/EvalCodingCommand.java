package org.recourse.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.recourse.extraction.CodingEvaluation;
import org.recourse.extraction.FieldScore;
import org.recourse.extraction.GoldPassage;
import org.recourse.extraction.TestimonyCoder;
import org.recourse.shared.InvalidInputException;

/** {@code eval-coding GOLD.jsonl}: precision, recall and F1 of the coder against a gold file. */
final class EvalCodingCommand implements Command {

    @Override
    public String name() {
        return "eval-coding";
    }

    @Override
    public String usage() {
        return "eval-coding GOLD.jsonl [--misses]   score coding suggestions against gold lines (per field, per language)";
    }

    @Override
    public Set<String> flags() {
        return Set.of("misses");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws IOException {
        if (args.positionals().size() != 1) {
            throw new UsageException("give one gold file");
        }
        Path file = CommandLineFiles.input(Path.of(args.positionals().get(0)));
        List<GoldPassage> gold = read(file, err);
        CodingEvaluation.Report report = CodingEvaluation.evaluate(TestimonyCoder.fromSeed(), gold);
        out.printf(Locale.ROOT, "%d passages from %s%n", gold.size(), file.getFileName());
        out.printf(Locale.ROOT, "%-4s %-18s %6s %6s %6s %8s %5s %5s %5s%n", "lang", "field", "P", "R", "F1", "macroF1",
                "tp", "fp", "fn");
        for (FieldScore s : report.scores()) {
            out.printf(Locale.ROOT, "%-4s %-18s %6.3f %6.3f %6.3f %8.3f %5d %5d %5d%n", s.language(), s.field(),
                    s.precision(), s.recall(), s.f1(), s.macroF1(), s.tp(), s.fp(), s.fn());
        }
        if (args.flag("misses")) {
            report.misses().forEach(m -> out.println("  " + m.id() + " " + m.field() + " missing=" + m.missing()
                    + " spurious=" + m.spurious()));
        }
        return 0;
    }

    private static List<GoldPassage> read(Path file, PrintStream err) throws IOException {
        List<GoldPassage> gold = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonLines lines = new JsonLines(r, TestimonyCoder.MAX_CHARS);
            for (Optional<JsonLines.Line> l = lines.next(); l.isPresent(); l = lines.next()) {
                JsonLines.Line line = l.get();
                try {
                    String text = line.text().orElseThrow(() -> new IllegalArgumentException("line is too long"));
                    if (!text.isBlank()) {
                        gold.add(CodingJson.gold(CodingJson.parse(text)));
                    }
                } catch (IllegalArgumentException e) {
                    err.println("recourse eval-coding: " + file.getFileName() + " line " + line.number() + ": " + e.getMessage());
                }
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("gold file", file + " does not exist");
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("gold file", file.getFileName() + " is not UTF-8 text");
        }
        if (gold.isEmpty()) {
            throw new InvalidInputException("gold file", file.getFileName() + " holds no gold passage");
        }
        return gold;
    }
}
