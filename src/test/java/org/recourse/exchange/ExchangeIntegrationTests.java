package org.recourse.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recourse.audit.AuditFailure;
import org.recourse.audit.AuditLog;
import org.recourse.audit.AuditVerification;
import org.recourse.audit.RecordRevision;
import org.recourse.cli.Cli;
import org.recourse.coding.ActForm;
import org.recourse.coding.Coding;
import org.recourse.coding.IncidentCatalog;
import org.recourse.coding.IncidentFile;
import org.recourse.coding.IncidentForm;
import org.recourse.coding.IncidentId;
import org.recourse.coding.IncidentImport;
import org.recourse.coding.IncidentImports;
import org.recourse.coding.PerpetratorForm;
import org.recourse.exchange.internal.Encodings;
import org.recourse.shared.InvalidInputException;
import org.recourse.support.TestDatabase;
import org.recourse.testimony.SourceForm;
import org.recourse.testimony.SourceRegistry;
import org.recourse.testimony.TestimonyRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Imports and exports on a fresh embedded database. All data is fictional. */
@Tag(TestDatabase.APPLICATION_TAG)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "recourse.storage.data-dir=target/test-data/exchange-${random.uuid}", "recourse.storage.db-url=",
        "recourse.exchange.max-bytes=200000"})
class ExchangeIntegrationTests {

    /** The six victim columns at the end of an exported row (no commas in the fictional values). */
    static final String VICTIM_COLUMNS = "(,[^,]*){6}$";

    static final String HEADER = "incident_ref,title,date,location_type,country,violation,perpetrators\n";

    @Autowired
    Exchange exchange;
    @Autowired
    IncidentCatalog catalog;
    @Autowired
    Coding coding;
    @Autowired
    IncidentImports imports;
    @Autowired
    SourceRegistry sources;
    @Autowired
    TestimonyRegistry testimonies;
    @Autowired
    AuditLog audit;
    @Autowired
    org.recourse.testimony.PersonRegistry persons;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path csv(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileWithProblemsIsReportedByRowAndColumnAndStoresNothing() throws IOException {
        long before = catalog.count();
        Path file = csv("bad.csv", HEADER
                + "a,FICTIONAL ok,2004,market,north_korea,rape,police\n"
                + "b,FICTIONAL unknown code,2004,market,north_korea,flying,police\n"
                + "c,FICTIONAL bad date,2004-13-40,market,north_korea,rape,police\n"
                + "d,,2004,market,north_korea,rape,police\n"
                + "e,FICTIONAL ragged,2004\n"
                + "f,\"FICTIONAL broken \"quote,2004,market,north_korea,rape,police\n");
        ImportPreview preview = exchange.preview("bad.csv", file, ImportOptions.DEFAULT);
        assertThat(preview.problems()).extracting(ImportProblem::toString).anySatisfy(s -> assertThat(s)
                .startsWith("row 3, column violation: is not a usable code")).anySatisfy(s -> assertThat(s)
                .startsWith("row 4, column date:")).contains("row 5, column title: is required")
                .anySatisfy(s -> assertThat(s).startsWith("row 6: has 3 cells"))
                .anySatisfy(s -> assertThat(s).startsWith("row 7: broken quoting"));
        assertThat(preview.validRows()).isEqualTo(1);
        assertThatThrownBy(() -> exchange.importFile("bad.csv", file, ImportOptions.DEFAULT, ImportProgress.NONE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("row 3, column violation")
                .hasMessageContaining("nothing was stored");
        assertThat(catalog.count()).isEqualTo(before);
    }

    @Test
    void aLargeFileReadOnTwoThreadsReportsEveryProblemByRowInFileOrder() throws IOException {
        // More incidents than IncidentRows.PARALLEL: the second half is read on another thread.
        // Short rows, so that the file stays under this test's size limit.
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 12_000; i++) {
            String title = i == 9_000 ? "" : "T";
            String date = i == 1 ? "2004-13" : "";
            String violation = i == 11_000 ? "flying,police" : ",";
            text.append(i).append(',').append(title).append(',').append(date).append(",,,").append(violation).append('\n');
        }
        ImportPreview preview = exchange.preview("large.csv", csv("large.csv", text.toString()), ImportOptions.DEFAULT);
        assertThat(preview.rows()).isEqualTo(12_000);
        assertThat(preview.validRows()).isEqualTo(11_997);
        assertThat(preview.problems()).extracting(ImportProblem::toString).hasSize(3)
                .satisfies(p -> assertThat(p.get(0)).startsWith("row 3, column date:"))
                .satisfies(p -> assertThat(p.get(1)).isEqualTo("row 9002, column title: is required"))
                .satisfies(p -> assertThat(p.get(2)).startsWith("row 11002, column violation: is not a usable code"));
    }

    @Test
    void validRowsOnlyStoresTheValidIncidentsAndSkipsTheRest() throws IOException {
        long before = catalog.count();
        Path file = csv("mixed.csv", HEADER
                + "a,FICTIONAL first,2004,market,north_korea,rape,police|broker:complicit\n"
                + "a,,,,,physical_assault,police\n"
                + "b,FICTIONAL bad,20x4,market,north_korea,rape,police\n"
                + ",FICTIONAL third,2004..2006,,,,\n");
        ImportResult result = exchange.importFile("mixed.csv", file, new ImportOptions(Optional.empty(), true,
                Optional.empty()), ImportProgress.NONE);
        assertThat(result.stored()).isEqualTo(2);
        assertThat(result.skippedRows()).isEqualTo(1);
        assertThat(catalog.count()).isEqualTo(before + 2);
    }

    @Test
    void aCellOrTranscriptHoldingTheNulCharacterIsReportedAndLeftOutOnEitherDatabase() throws IOException {
        // PostgreSQL cannot store U+0000 in text: the import of such a row failed there as a whole, with the database's message.
        long before = catalog.count();
        Path file = csv("nul.csv", HEADER
                + "a,FICTIONAL kept,2004,market,north_korea,rape,police\n"
                + "b,FICTIONAL \u0000 left out,2004,market,north_korea,rape,police\n");
        ImportPreview preview = exchange.preview("nul.csv", file, ImportOptions.DEFAULT);
        assertThat(preview.problems()).extracting(ImportProblem::toString)
                .singleElement().satisfies(s -> assertThat(s).startsWith("row 3, column title: holds the NUL character"));
        ImportResult result = exchange.importFile("nul.csv", file, new ImportOptions(Optional.empty(), true,
                Optional.empty()), ImportProgress.NONE);
        assertThat(result.stored()).isEqualTo(1);
        assertThat(catalog.count()).isEqualTo(before + 1);

        String source = sources.record(new SourceForm("interview", "FICTIONAL interview series", "team", "2019",
                "interview", "high", "")).id().toString();
        Path txt = csv("nul.txt", "FICTIONAL transcript read in the wrong encoding\u0000\n");
        assertThatThrownBy(() -> exchange.importFile("nul.txt", txt, new ImportOptions(Optional.empty(), false,
                Optional.of(source)), ImportProgress.NONE)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("NUL character");
        assertThat(testimonies.ofSource(new org.recourse.testimony.SourceId(java.util.UUID.fromString(source)))).isEmpty();
    }

    @Test
    void aFileWrongOnlyNearItsEndStoresNothingThoughEarlierChunksWereStoredAndNamesEveryProblem() throws IOException {
        long incidents = catalog.count();
        long people = persons.all().size();
        long head = audit.verify().headSeq();
        // 11,000 incidents: the first chunks are stored while the rest is read; the problems are in the last one.
        StringBuilder text = new StringBuilder("incident_ref,title,date,violation,victim_pseudonym\n");
        for (int i = 0; i < 11_000; i++) {
            String title = i == 10_500 ? "" : "T";
            String violation = i == 10_999 ? "flying" : "rape";
            String victim = i == 7 ? "FICTIONAL-V7" : "";
            text.append(i).append(',').append(title).append(",,").append(violation).append(',').append(victim).append('\n');
        }
        Path file = csv("late.csv", text.toString());
        List<Long> progress = new java.util.ArrayList<>();
        assertThatThrownBy(() -> exchange.importFile("late.csv", file, ImportOptions.DEFAULT, (done, total) -> progress.add(done)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ": " + p.reason())
                        .contains("row 10502, column title: is required", "file: nothing was stored")
                        .anySatisfy(p -> assertThat(p).startsWith("row 11001, column violation: is not a usable code")));
        assertThat(progress).as("chunks stored before the problems were read").isNotEmpty();
        assertThat(catalog.count()).isEqualTo(incidents);
        assertThat(persons.all()).hasSize((int) people);
        assertThat(audit.verify().headSeq()).isEqualTo(head);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void validRowsOnlyKeepsAnIncidentsRowsTogetherWhereverTheyAreAndIdsInFileOrder() throws IOException {
        Path file = csv("spread.csv", HEADER
                + "a,FICTIONAL spread first,2004,market,north_korea,rape,police\n"
                + "b,FICTIONAL spread bad,20x4,market,north_korea,rape,police\n"
                + "c,FICTIONAL spread second,2005,market,north_korea,torture,police\n"
                + "a,,,,,physical_assault,broker\n");
        ImportResult result = exchange.importFile("spread.csv", file, new ImportOptions(Optional.empty(), true,
                Optional.empty()), ImportProgress.NONE);
        assertThat(result.stored()).isEqualTo(2);
        assertThat(result.skippedRows()).isEqualTo(1);
        String importId = result.importId().orElseThrow().toString();
        assertThat(jdbc.sql("SELECT title FROM incidents WHERE import_id = :i ORDER BY id").param("i", importId)
                .query(String.class).list()).containsExactly("FICTIONAL spread first", "FICTIONAL spread second");
        assertThat(jdbc.sql("SELECT a.violation FROM acts a WHERE a.import_id = :i ORDER BY a.id").param("i", importId)
                .query(String.class).list()).containsExactly("rape", "physical_assault", "torture");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void koreanCp949FilesAreDetectedAndRead() throws IOException {
        String text = HEADER + "k1,FICTIONAL 회령 장마당 단속,2005,market,north_korea,sexual_exploitation,market_official\n";
        byte[] bytes = text.getBytes(Encodings.CP949);
        ImportPreview preview = exchange.preview("korean.csv", write("korean.csv", bytes), ImportOptions.DEFAULT);
        assertThat(preview.encoding()).isEqualTo("CP949");
        assertThat(preview.valid()).isTrue();
        assertThat(preview.sample().get(0).get(1)).isEqualTo("FICTIONAL 회령 장마당 단속");
    }

    @Test
    void bytesThatAreNeitherUtf8NorKoreanMakeTheUserChoose() throws IOException {
        byte[] latin1 = (HEADER + "x,FICTIONAL caf\u00e9,2004,,,,\n").getBytes(StandardCharsets.ISO_8859_1);
        Path file = write("latin.csv", latin1);
        assertThatThrownBy(() -> exchange.preview("latin.csv", file, ImportOptions.DEFAULT))
                .hasMessageContaining("choose its encoding");
        ImportPreview chosen = exchange.preview("latin.csv", file,
                new ImportOptions(Optional.of(StandardCharsets.ISO_8859_1), false, Optional.empty()));
        assertThat(chosen.sample().get(0).get(1)).isEqualTo("FICTIONAL caf\u00e9");
    }

    @Test
    void oversizedFilesAreRefusedWithTheLimit() throws IOException {
        Path file = write("big.csv", new byte[300_000]);
        assertThatThrownBy(() -> exchange.preview("big.csv", file, ImportOptions.DEFAULT))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("files larger than 0 MB are refused");
    }

    @Test
    void markdownAndDocxTranscriptsBecomeTestimoniesOfTheChosenSource() throws IOException {
        String source = sources.record(new SourceForm("interview", "FICTIONAL interview series", "team", "2019",
                "interview", "high", "")).id().toString();
        Path md = csv("t.md", "# FICTIONAL interview 7\n\n보위부 구류장에서 몸수색을 당했다.\n");
        assertThatThrownBy(() -> exchange.importFile("t.md", md, ImportOptions.DEFAULT, ImportProgress.NONE))
                .hasMessageContaining("source");
        ImportOptions withSource = new ImportOptions(Optional.empty(), false, Optional.of(source));
        assertThat(exchange.importFile("t.md", md, withSource, ImportProgress.NONE).stored()).isEqualTo(1);
        Path docx = dir.resolve("interview 8.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            doc.createParagraph().createRun().setText("FICTIONAL: the guard searched us at the border.");
            doc.createParagraph().createRun().setText("Nobody could complain.");
            doc.write(out);
        }
        assertThat(exchange.importFile("interview 8.docx", docx, withSource, ImportProgress.NONE).stored()).isEqualTo(1);
        var stored = testimonies.ofSource(new org.recourse.testimony.SourceId(java.util.UUID.fromString(source)));
        assertThat(stored).extracting(t -> t.title()).containsExactlyInAnyOrder("FICTIONAL interview 7", "interview 8");
        assertThat(stored).filteredOn(t -> t.title().equals("interview 8")).singleElement()
                .satisfies(t -> assertThat(t.body()).isEqualTo(
                        "FICTIONAL: the guard searched us at the border.\nNobody could complain."))
                .satisfies(t -> assertThat(t.language()).isEqualTo("en"));
        assertThat(stored).filteredOn(t -> t.title().startsWith("FICTIONAL interview 7")).singleElement()
                .satisfies(t -> assertThat(t.language()).isEqualTo("ko"));
    }

    @Test
    void exportsNeutraliseSpreadsheetFormulas() throws IOException {
        coding.createIncidents(List.of(new IncidentImport(new IncidentForm("=HYPERLINK(\"http://x\")", "@SUM(A1)",
                "2004", "", "", "-1+1", "+cmd"), List.of())));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        exchange.export(ExportFormat.CSV, Locale.ENGLISH, ExportPurpose.internal(), csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://x\"\")\"").contains("'@SUM(A1)").contains("'-1+1")
                .contains("'+cmd");
        Path xlsx = dir.resolve("out.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            exchange.export(ExportFormat.XLSX, Locale.ENGLISH, ExportPurpose.internal(), out);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new FileInputStream(xlsx.toFile()))) {
            var sheet = book.getSheetAt(0);
            boolean found = false;
            for (var row : sheet) {
                found |= row.getCell(1).getStringCellValue().equals("'=HYPERLINK(\"http://x\")");
                assertThat(row.getCell(1).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void exportedIncidentsImportIntoAnEmptyDataFolderUnchanged() throws IOException {
        Path input = csv("in.csv", "incident_ref,title,date,summary,location_type,country,province,violation,perpetrators,"
                + "victim_pseudonym,victim_gender,victim_age_band\n"
                + "a,FICTIONAL held at the holding centre,2004-03,\"searched, \"\"twice\"\"\",pretrial_detention,"
                + "north_korea,North Hamgyong,invasive_body_search,detention_guard|police:ordered,Swallow-3,woman,40s\n"
                + "a,,,,,,,physical_assault,detention_guard,Swallow-3,woman,40s\n"
                + "b,=FICTIONAL formula-like title,2000..2009,,market,north_korea,,sexual_exploitation,market_official,,,\n"
                + "c,FICTIONAL no acts yet,,,,,,,,,,\n");
        exchange.importFile("in.csv", input, ImportOptions.DEFAULT, ImportProgress.NONE);
        persons.all().stream().filter(p -> p.pseudonym().equals("Swallow-3"))
                .forEach(p -> persons.grant(p.id(), "internal_analysis", ""));
        Path exported = dir.resolve("first.csv");
        try (OutputStream out = Files.newOutputStream(exported)) {
            exchange.export(ExportFormat.CSV, Locale.ENGLISH, ExportPurpose.internal(), out);
        }
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(Cli.run(new String[] {"import", "--data", empty.toString(), exported.toString()})).isZero();
        Path again = dir.resolve("again.csv");
        assertThat(Cli.run(new String[] {"export", "--data", empty.toString(), "--format", "csv", "--out",
                again.toString()})).isZero();
        List<String> before = withoutRefs(exported);
        assertThat(before).anySatisfy(l -> assertThat(l).contains("'=FICTIONAL formula-like title"))
                .anySatisfy(l -> assertThat(l).contains("Swallow-3,woman,40s"))
                .anySatisfy(l -> assertThat(l).contains("detention_guard|police:ordered"));
        // Consents do not travel with an export: in the new folder Swallow-3 has none, so the
        // victim columns stay empty there and every other column comes back unchanged.
        assertThat(withoutRefs(again)).noneSatisfy(l -> assertThat(l).contains("Swallow-3"))
                .containsExactlyInAnyOrderElementsOf(before.stream().map(l -> l.replaceAll(VICTIM_COLUMNS, ",,,,,,"))
                        .toList());
    }

    /** Exported rows without the first column (the incident reference, new in each data folder). */
    private static List<String> withoutRefs(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().map(l -> l.substring(l.indexOf(',') + 1)).toList();
    }

    @Test
    void bulkCreationValidatesEveryRecordAndStoresNoneWhenOneIsWrong() {
        long before = catalog.count();
        IncidentImport good = new IncidentImport(new IncidentForm("FICTIONAL good", "", "2004", "", "", "", ""),
                List.of(new ActForm("rape", null, List.of(new PerpetratorForm("police", null, "direct")))));
        IncidentImport bad = new IncidentImport(new IncidentForm("FICTIONAL bad", "", "2004", "", "", "", ""),
                List.of(new ActForm("not_a_code", null, List.of())));
        assertThatThrownBy(() -> coding.createIncidents(List.of(good, bad))).hasMessageContaining("[1].acts[0].violation");
        assertThat(catalog.count()).isEqualTo(before);
    }

    @Test
    void aFileImportIsAuditedAsOneEntryNamingTheFileItsRowsAndADigestOfTheRecords() throws Exception {
        long before = audit.verify().headSeq();
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 1_500; i++) {
            text.append("r").append(i).append(",FICTIONAL imported ").append(i).append(",2004,market,north_korea,rape,police\n");
        }
        Path file = csv("many.csv", text.toString());
        ImportResult result = exchange.importFile("many.csv", file, ImportOptions.DEFAULT, ImportProgress.NONE);

        AuditVerification after = audit.verify();
        assertThat(after.intact()).isTrue();
        assertThat(after.headSeq() - before).isEqualTo(1);
        String importId = result.importId().orElseThrow().toString();
        assertThat(audit.latest(1)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("imported");
            assertThat(e.entityType()).isEqualTo("import");
            assertThat(e.entityId()).isEqualTo(importId);
            assertThat(e.detailsHash()).hasSize(64);
        });
        String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file)));
        assertThat(audit.revisionsOf("import", importId)).singleElement().satisfies(r -> assertThat(r.changes())
                .extracting(c -> c.field() + "=" + c.after().orElse(""))
                .contains("file_sha256=" + sha256, "rows=1500", "incidents=1500", "acts=1500")
                .anySatisfy(c -> assertThat(c).matches("content_digest=[0-9a-f]{64}")));

        String incident = jdbc.sql("SELECT id FROM incidents WHERE import_id = :i ORDER BY id LIMIT 1")
                .param("i", importId).query(String.class).single();
        List<RecordRevision> history = catalog.history(new IncidentId(java.util.UUID.fromString(incident)),
                org.recourse.security.Caller.SYSTEM);
        assertThat(history).first().satisfies(r -> {
            assertThat(r.action()).isEqualTo("imported");
            assertThat(r.entityId()).isEqualTo(importId);
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM record_revisions WHERE entity_id = :i").param("i", incident)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anImportedRecordChangedWithoutARevisionIsCaughtWhileARecordedEditIsNot() throws IOException {
        Path file = csv("few.csv", HEADER + "a,FICTIONAL held overnight,2004,market,north_korea,rape,police\n"
                + "b,FICTIONAL second,2005,market,north_korea,torture,police|broker:complicit\n");
        String importId = exchange.importFile("few.csv", file, ImportOptions.DEFAULT, ImportProgress.NONE).importId()
                .orElseThrow().toString();
        String id = jdbc.sql("SELECT id FROM incidents WHERE import_id = :i AND title LIKE '%held%'").param("i", importId)
                .query(String.class).single();
        IncidentId incident = new IncidentId(java.util.UUID.fromString(id));
        assertThat(audit.verify().intact()).isTrue();

        tamper("UPDATE incidents SET title = 'FICTIONAL held for a week' WHERE id = :id", id,
                "UPDATE incidents SET title = 'FICTIONAL held overnight' WHERE id = :id");
        tamper("UPDATE involvements SET role = 'ORDERED' WHERE act_id IN (SELECT id FROM acts WHERE incident_id = :id)", id,
                "UPDATE involvements SET role = 'DIRECT' WHERE act_id IN (SELECT id FROM acts WHERE incident_id = :id)");

        coding.updateIncident(incident, new IncidentForm("FICTIONAL held two nights", "", "2004-05", "market",
                "north_korea", "", ""));
        assertThat(audit.verify().intact()).isTrue();
        assertThat(catalog.history(incident, org.recourse.security.Caller.SYSTEM))
                .extracting(RecordRevision::action).containsExactly("imported", "changed");
        tamper("UPDATE incidents SET date_from = '2004-06-01' WHERE id = :id", id,
                "UPDATE incidents SET date_from = '2004-05-01' WHERE id = :id");
    }

    /** Changes stored rows behind the application's back: verification must name the import; undone, it holds again. */
    private void tamper(String change, String id, String undo) {
        jdbc.sql(change).param("id", id).update();
        try {
            assertThat(audit.verify().firstFailure()).map(AuditFailure::reason).contains(AuditFailure.Reason.IMPORT_MISMATCH);
        } finally {
            jdbc.sql(undo).param("id", id).update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aWrongRecordInALaterChunkRollsTheWholeImportBack() {
        long incidents = catalog.count();
        long head = audit.verify().headSeq();
        List<IncidentImport> all = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, 5_001)
                .mapToObj(i -> new IncidentImport(new IncidentForm("FICTIONAL chunked " + i, "", "2004", "", "", "", ""),
                        List.of(new ActForm("rape", null, List.of(new PerpetratorForm("police", null, "direct"))))))
                .toList());
        all.set(5_000, new IncidentImport(new IncidentForm("FICTIONAL last", "", "2004", "", "", "", ""),
                List.of(new ActForm("not_a_code", null, List.of()))));
        IncidentFile file = new IncidentFile(java.util.UUID.randomUUID(), "0".repeat(64), 5_001, all);
        assertThatThrownBy(() -> imports.store(file, done -> { })).hasMessageContaining("[5000].acts[0].violation");
        assertThat(catalog.count()).isEqualTo(incidents);
        assertThat(audit.verify().headSeq()).isEqualTo(head);
    }

    @Test
    void recordsAuditedOneByOneStillGetASignedCheckpointAtEveryThousandEntries() {
        long before = audit.verify().headSeq();
        List<IncidentImport> batch = java.util.stream.IntStream.range(0, 1_500)
                .mapToObj(i -> new IncidentImport(new IncidentForm("FICTIONAL batch " + i, "", "2004", "", "", "", ""),
                        List.of(new ActForm("rape", null, List.of(new PerpetratorForm("police", null, "direct"))))))
                .toList();
        coding.createIncidents(batch);
        AuditVerification after = audit.verify();
        assertThat(after.intact()).isTrue();
        assertThat(after.headSeq() - before).isEqualTo(3_000);
        assertThat(after.lastCheckpointSeq()).isGreaterThanOrEqualTo((before + 3_000) / 1_000 * 1_000);
        assertThat(after.unsignedTail()).isLessThan(1_000);
        assertThat(audit.latest(3_000)).extracting(e -> e.entityType()).containsOnly("incident", "act");
    }

    @Test
    void everyExportIsAuditedByFormatAndUseWithoutNames() throws IOException {
        exchange.export(ExportFormat.CSV, Locale.ENGLISH, ExportPurpose.forPartner("Fictional Partner Org"),
                OutputStream.nullOutputStream());
        var entry = audit.latest(1).get(0);
        assertThat(entry.action()).isEqualTo("exported");
        assertThat(entry.entityId()).isEqualTo("csv:sharing").doesNotContain("Fictional");
        assertThat(audit.verify().intact()).isTrue();
    }
}
