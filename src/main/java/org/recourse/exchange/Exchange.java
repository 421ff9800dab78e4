package org.recourse.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.recourse.audit.AuditEvent;
import org.recourse.coding.IncidentCatalog;
import org.recourse.coding.StoredImport;
import org.recourse.exchange.internal.Codes;
import org.recourse.exchange.internal.Columns;
import org.recourse.exchange.internal.ConsentGate;
import org.recourse.exchange.internal.IncidentExport;
import org.recourse.exchange.internal.Importer;
import org.recourse.exchange.internal.IncidentGroups;
import org.recourse.exchange.internal.JsonExport;
import org.recourse.exchange.internal.TableWriter;
import org.recourse.exchange.internal.Transcripts;
import org.recourse.security.Caller;
import org.recourse.shared.InvalidInputException;
import org.recourse.testimony.Person;
import org.recourse.testimony.PersonRegistry;
import org.recourse.testimony.TestimonyRegistry;
import org.recourse.vocabulary.Vocabulary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Exports coded incidents and imports files. A file with any problem stores nothing, unless the
 * user asked for the valid rows only: a table of incidents is stored while it is validated, in
 * one transaction rolled back at the end when any row had a problem (every problem still named);
 * other files are read and validated whole before anything is stored. The web page and the CLI
 * both come here, so the rules are the same.
 */
@Service
public class Exchange {

    private final IncidentCatalog catalog;
    private final PersonRegistry persons;
    private final TestimonyRegistry testimonies;
    private final Vocabulary vocabulary;
    private final Importer importer;
    private final ImportReader reader;
    private final long maxBytes;
    private final ApplicationEventPublisher events;

    Exchange(IncidentCatalog catalog, PersonRegistry persons, TestimonyRegistry testimonies, Vocabulary vocabulary,
            Importer importer, ExchangeProperties properties, ApplicationEventPublisher events) {
        this.events = events;
        this.catalog = catalog;
        this.persons = persons;
        this.testimonies = testimonies;
        this.vocabulary = vocabulary;
        this.importer = importer;
        this.maxBytes = properties.maxBytes();
        this.reader = new ImportReader(importer);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Writes every coded incident, pseudonymised, with labels in {@code locale}'s language (en or
     * ko). Each person in it must have an active consent for the purpose (internal analysis, or
     * sharing with the named partner) at this moment; those without are left out with their
     * passages, and their incidents keep only their non-identifying facts.
     */
    public ExportSummary export(ExportFormat format, Locale locale, ExportPurpose purpose, OutputStream out)
            throws IOException {
        return export(format, locale, purpose, out, Caller.SYSTEM);
    }

    /** The same, for a caller: incidents coded only from restricted sources hidden from them are left out. */
    public ExportSummary export(ExportFormat format, Locale locale, ExportPurpose purpose, OutputStream out,
            Caller caller) throws IOException {
        // Which format for which use, never the partner's or anyone's name: the audit log holds ids only.
        events.publishEvent(new AuditEvent("exported", "export", format.key() + ":" + purpose.use().name().toLowerCase(Locale.ROOT)));
        return write(format, locale, purpose, out, caller);
    }

    private ExportSummary write(ExportFormat format, Locale locale, ExportPurpose purpose, OutputStream out,
            Caller caller) throws IOException {
        Map<org.recourse.testimony.PersonId, Person> people = persons.all().stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        ConsentGate gate = new ConsentGate(persons, testimonies, purpose.use(), purpose.partner());
        IncidentExport rows = new IncidentExport(new Codes(vocabulary), people, locale, gate);
        long[] incidents = {0};
        if (format == ExportFormat.JSON) {
            try (JsonExport json = new JsonExport(rows, out)) {
                catalog.each(d -> {
                    json.write(d);
                    incidents[0]++;
                }, caller);
            }
        } else {
            try (TableWriter w = format == ExportFormat.XLSX ? TableWriter.xlsx(out) : TableWriter.csv(out)) {
                boolean uwazi = format == ExportFormat.UWAZI_CSV;
                w.row(uwazi ? Columns.UWAZI : Columns.INCIDENTS);
                catalog.each(d -> {
                    write(w, uwazi ? List.of(rows.uwazi(d)) : rows.rows(d));
                    incidents[0]++;
                }, caller);
            }
        }
        return new ExportSummary(purpose, incidents[0], gate.personsLeftOut(), gate.passagesLeftOut());
    }

    /** What an export for this purpose would leave out, without writing it (the JSON export reads every passage). */
    public ExportSummary check(ExportPurpose purpose, Caller caller) {
        try {
            return write(ExportFormat.JSON, Locale.ENGLISH, purpose, OutputStream.nullOutputStream(), caller);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads and validates a file without storing anything. */
    public ImportPreview preview(String fileName, Path file, ImportOptions options) {
        return preview(fileName, bytes(file), options);
    }

    /** Reads and validates a file's content, held in memory by the caller, without storing anything. */
    public ImportPreview preview(String fileName, byte[] content, ImportOptions options) {
        return reader.read(fileName, checked(content.length, content), options, new Codes(vocabulary)).preview();
    }

    /**
     * Stores a file's records. Throws {@link InvalidInputException} naming row and column of each
     * problem (nothing stored) when the file has any, unless {@code options.validRowsOnly()}.
     */
    public ImportResult importFile(String fileName, Path file, ImportOptions options, ImportProgress progress) {
        return importFile(fileName, bytes(file), options, progress);
    }

    /** As {@link #importFile(String, Path, ImportOptions, ImportProgress)}, for content held in memory. */
    public ImportResult importFile(String fileName, byte[] content, ImportOptions options, ImportProgress progress) {
        checked(content.length, content);
        Codes codes = new Codes(vocabulary);
        if (!Transcripts.handles(fileName)) {
            ImportReader.Loaded loaded = reader.load(fileName, content, options);
            if (loaded.incidents()) {
                return streamed(loaded, content, options, progress, codes);
            }
            return stored(fileName, content, options, progress, reader.read(loaded, options, codes));
        }
        return stored(fileName, content, options, progress, reader.read(fileName, content, options, codes));
    }

    /**
     * A table of incidents, stored while its rows are validated, chunk by chunk in one
     * transaction; rolled back with every problem named when one is found (unless valid rows only).
     */
    private ImportResult streamed(ImportReader.Loaded loaded, byte[] content, ImportOptions options,
            ImportProgress progress, Codes codes) {
        IncidentGroups groups = IncidentGroups.of(loaded.table(), codes);
        Importer.Streamed s = importer.incidents(groups, sha256(content), options.validRowsOnly(), progress,
                Exchange::rejection);
        return new ImportResult(loaded.kind(), s.stored().incidents(), groups.fileRows() - s.validRows(),
                Optional.of(s.stored().importId()));
    }

    private ImportResult stored(String fileName, byte[] content, ImportOptions options, ImportProgress progress,
            ImportReader.Read read) {
        ImportPreview preview = read.preview();
        boolean sourceMissing = preview.problems().stream().anyMatch(p -> p.row() == 0);
        if (!preview.valid() && (!options.validRowsOnly() || sourceMissing)) {
            throw rejection(preview.problems());
        }
        int skipped = preview.rows() - preview.validRows();
        return switch (preview.kind()) {
            case TESTIMONIES -> new ImportResult(preview.kind(), importer.testimonies(read.parsed().testimonies(), progress),
                    skipped);
            case TRANSCRIPT -> new ImportResult(preview.kind(), importer.testimonies(read.parsed().testimonies(), progress), 0);
            default -> {
                StoredImport stored = importer.incidents(read.parsed().incidents(), sha256(content), preview.rows(), progress);
                yield new ImportResult(preview.kind(), stored.incidents(), skipped, Optional.of(stored.importId()));
            }
        };
    }

    /** The SHA-256 of the file as received: the import's audit entry names it, so whoever holds the file can match it. */
    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private byte[] bytes(Path file) {
        try {
            checked(Files.size(file), null);
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException("file", "cannot be read");
        }
    }

    private byte[] checked(long size, byte[] content) {
        if (size > maxBytes) {
            throw new InvalidInputException("file", String.format(Locale.ROOT,
                    "is %.1f MB; files larger than %d MB are refused (split the file, or raise recourse.exchange.max-bytes)",
                    size / 1048576.0, maxBytes / 1048576));
        }
        return content;
    }

    private static void write(TableWriter w, List<List<String>> rows) {
        try {
            for (List<String> r : rows) {
                w.row(r);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The refusal of a file with these problems: each by row and column (the first hundred), and that nothing was stored. */
    public static InvalidInputException rejection(List<ImportProblem> problems) {
        List<InvalidInputException.FieldProblem> list = new ArrayList<>();
        problems.stream().limit(100).forEach(p -> list.add(new InvalidInputException.FieldProblem(
                p.row() == 0 ? "file" : "row " + p.row() + (p.column().isEmpty() ? "" : ", column " + p.column()),
                p.reason())));
        if (problems.size() > 100) {
            list.add(new InvalidInputException.FieldProblem("file", "and " + (problems.size() - 100) + " more problems"));
        }
        list.add(new InvalidInputException.FieldProblem("file", "nothing was stored"));
        return new InvalidInputException(list);
    }
}
