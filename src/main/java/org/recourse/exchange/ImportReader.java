package org.recourse.exchange;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.recourse.exchange.internal.Codes;
import org.recourse.exchange.internal.Columns;
import org.recourse.exchange.internal.IncidentGroups;
import org.recourse.exchange.internal.CsvTables;
import org.recourse.exchange.internal.Encodings;
import org.recourse.exchange.internal.IncidentRows;
import org.recourse.exchange.internal.Importer;
import org.recourse.exchange.internal.Parsed;
import org.recourse.exchange.internal.Table;
import org.recourse.exchange.internal.TestimonyRows;
import org.recourse.exchange.internal.Transcripts;
import org.recourse.exchange.internal.UwaziRows;
import org.recourse.shared.InvalidInputException;
import org.recourse.testimony.TestimonyForm;

/** Reads an imported file by its extension and header, and validates it into records. */
final class ImportReader {

    private static final int SAMPLE = 10;

    private final Importer importer;

    ImportReader(Importer importer) {
        this.importer = importer;
    }

    /** The preview and the records behind it. */
    record Read(ImportPreview preview, Parsed parsed) {
    }

    /** A file read as a table (CSV or XLSX), its encoding and what it holds. */
    record Loaded(Table table, String encoding, ImportKind kind) {

        /** Incidents that can be stored as they are validated ({@link Importer#incidents(IncidentGroups, String, boolean, ImportProgress, java.util.function.Function)}). */
        boolean incidents() {
            return kind == ImportKind.INCIDENTS && table.has(Columns.TITLE);
        }
    }

    Read read(String fileName, byte[] bytes, ImportOptions options, Codes codes) {
        if (Transcripts.handles(fileName)) {
            return transcript(fileName, bytes, options);
        }
        return read(load(fileName, bytes, options), options, codes);
    }

    /** Decodes and reads a table file (not a transcript) without validating its rows. */
    Loaded load(String fileName, byte[] bytes, ImportOptions options) {
        String ext = Transcripts.extension(fileName).orElse("");
        Table table;
        String encoding;
        if (ext.equals("csv")) {
            Encodings.Decoded text = Encodings.decode(bytes, options.charset());
            table = CsvTables.read(text.text());
            encoding = text.encoding();
        } else if (ext.equals("xlsx")) {
            table = XlsxHolder.read(bytes);
            encoding = "XLSX";
        } else {
            throw new InvalidInputException("file", (ext.isEmpty() ? "the file name has no extension"
                    : "cannot import ." + ext + " files") + "; use csv, xlsx, txt, md or docx");
        }
        return new Loaded(table, encoding, kind(table));
    }

    /** Validates a loaded table's rows into records, with the preview of them. */
    Read read(Loaded loaded, ImportOptions options, Codes codes) {
        Table table = loaded.table();
        Parsed parsed = switch (loaded.kind()) {
            case TESTIMONIES -> TestimonyRows.read(table, codes, options.sourceId(), importer.pseudonyms().keySet());
            case UWAZI_INCIDENTS -> UwaziRows.read(table, codes);
            default -> IncidentRows.read(table, codes);
        };
        List<List<String>> sample = table.rows().stream().limit(SAMPLE).map(Table.Row::cells).toList();
        return new Read(new ImportPreview(loaded.kind(), loaded.encoding(), parsed.rows(), parsed.validRows(),
                parsed.problems(), table.header(), sample), parsed);
    }

    private static ImportKind kind(Table table) {
        if (table.has("body")) {
            return ImportKind.TESTIMONIES;
        }
        return table.has("incident_ref") || table.has("perpetrators") ? ImportKind.INCIDENTS : ImportKind.UWAZI_INCIDENTS;
    }

    private static Read transcript(String fileName, byte[] bytes, ImportOptions options) {
        Transcripts.Transcript t = Transcripts.read(fileName, bytes, options.charset());
        List<ImportProblem> problems = new ArrayList<>();
        if (options.sourceId().isEmpty()) {
            problems.add(new ImportProblem(0, "source", "choose the source this transcript belongs to"));
        }
        TestimonyForm form = new TestimonyForm(options.sourceId().orElse(""), null, t.title(), t.language(), t.body(), "",
                "", "");
        String start = t.body().length() > 300 ? t.body().substring(0, 300) + "…" : t.body();
        Parsed parsed = new Parsed(List.of(), List.of(new Parsed.ParsedTestimony(1, form, "")), 1, problems, 1);
        return new Read(new ImportPreview(ImportKind.TRANSCRIPT, t.encoding(), 1, 1, problems,
                List.of("title", "language", "body"), List.of(List.of(t.title(), t.language(), start))), parsed);
    }

    /** XLSX reading, apart so that CSV imports never load POI's classes. */
    private static final class XlsxHolder {
        static Table read(byte[] bytes) {
            return org.recourse.exchange.internal.XlsxTables.read(new ByteArrayInputStream(bytes));
        }
    }
}
