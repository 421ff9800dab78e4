package org.recourse.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.recourse.analysis.internal.CaptureCsv;
import org.recourse.analysis.internal.LcmcrEstimator;
import org.recourse.analysis.internal.LogLinearEstimator;
import org.recourse.analysis.internal.StrataSum;
import org.recourse.shared.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * Estimates how many cases no list documented, from capture-history tables: one table, or
 * strata estimated separately and summed. Stateless and thread-safe; the same settings and seed
 * give the same result.
 */
@Service
public class MultipleSystemsEstimation {

    /** Reads a table: one 0/1 column per list and a final {@code count} column. */
    public CaptureTable readTable(Path csv) {
        String name = csv.getFileName().toString();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return readTable(in, name);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name, "no such file");
        } catch (IOException e) {
            throw new InvalidInputException(name, "cannot be read: " + e.getClass().getSimpleName());
        }
    }

    /** Reads a table from text, {@code name} labelling it in messages. */
    public CaptureTable readTable(Reader csv, String name) {
        try {
            return CaptureCsv.read(csv, name);
        } catch (IOException e) {
            throw unreadable(name, e);
        } catch (UncheckedIOException e) {
            throw unreadable(name, e.getCause()); // how the CSV parser reports a decoding error
        }
    }

    private static InvalidInputException unreadable(String name, IOException e) {
        return e instanceof CharacterCodingException
                ? new InvalidInputException(name, "is not UTF-8 text; save the table as CSV in UTF-8")
                : new InvalidInputException(name, "cannot be read: " + e.getClass().getSimpleName());
    }

    public MseResult logLinear(CaptureTable table, LogLinearSettings settings) {
        return LogLinearEstimator.estimate(table, settings);
    }

    public MseResult lcmcr(CaptureTable table, LcmcrSettings settings) {
        return LcmcrEstimator.estimate(table, settings);
    }

    /** Each stratum estimated on its own, then the totals added with their uncertainty. */
    public MseResult logLinear(List<CaptureTable> strata, LogLinearSettings settings) {
        requireStrata(strata);
        if (strata.size() == 1) {
            return logLinear(strata.get(0), settings);
        }
        List<MseResult> results = strata.stream().map(t -> logLinear(t, settings)).toList();
        return StrataSum.logLinear(label(strata), results);
    }

    /** Each stratum sampled on its own (seeds seed, seed + 1, ...), the draws summed. */
    public MseResult lcmcr(List<CaptureTable> strata, LcmcrSettings settings) {
        requireStrata(strata);
        if (strata.size() == 1) {
            return lcmcr(strata.get(0), settings);
        }
        List<MseResult> results = new java.util.ArrayList<>();
        for (int i = 0; i < strata.size(); i++) {
            results.add(lcmcr(strata.get(i), settings.withSeed(settings.seed() + i)));
        }
        return StrataSum.lcmcr(label(strata), results);
    }

    private static void requireStrata(List<CaptureTable> strata) {
        if (strata.isEmpty()) {
            throw new InvalidInputException("tables", "at least one table is needed");
        }
    }

    private static String label(List<CaptureTable> strata) {
        return strata.size() + " strata";
    }
}
