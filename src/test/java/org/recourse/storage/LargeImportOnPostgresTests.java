package org.recourse.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.recourse.audit.AuditLog;
import org.recourse.coding.ActForm;
import org.recourse.coding.ImportStream;
import org.recourse.coding.IncidentFile;
import org.recourse.coding.IncidentForm;
import org.recourse.coding.IncidentImport;
import org.recourse.coding.IncidentImports;
import org.recourse.coding.PerpetratorForm;
import org.recourse.shared.InvalidInputException;
import org.recourse.support.Postgres;
import org.recourse.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Large imports on PostgreSQL, whose foreign keys among the loaded tables are dropped and
 * re-created in the import's transaction (here from 1,000 incidents on, instead of 50,000):
 * afterwards, and after any failure, the constraints are there, validated and enforced. All
 * data is fictional.
 */
@Tag(TestDatabase.POSTGRES_TAG)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "recourse.storage.data-dir=target/test-data/pg-large-${random.uuid}", "recourse.import.large-import-incidents=1000"})
class LargeImportOnPostgresTests {

    private static final String SCHEMA = Postgres.freshSchema();
    private static final String FOREIGN_KEYS = """
            SELECT conname, oid::bigint AS oid, convalidated, pg_get_constraintdef(oid) AS definition FROM pg_constraint
            WHERE contype = 'f' AND conrelid IN ('acts'::regclass, 'involvements'::regclass)""";

    /**
     * The most incidents and acts a streamed file may hold (the header's bound, not what is added): whatever the
     * other tests stored, the tables hold fewer than four acts per act of such a file.
     */
    private static final int LARGE = 100_000;

    @Autowired IncidentImports imports;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @BeforeAll
    static void requirePostgres() {
        Postgres.requireReachable();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry, SCHEMA);
    }

    /** The foreign keys of acts and involvements (to incidents, acts and persons) by name. */
    private Map<String, ForeignKey> foreignKeys() {
        return jdbc.sql(FOREIGN_KEYS).query((r, n) -> new ForeignKey(r.getString("conname"), r.getLong("oid"),
                r.getBoolean("convalidated"), r.getString("definition"))).list().stream()
                .collect(Collectors.toMap(ForeignKey::name, k -> k));
    }

    private record ForeignKey(String name, long oid, boolean validated, String definition) {
    }

    private static List<IncidentImport> incidents(int n, String violationOfLast) {
        return IntStream.range(0, n).mapToObj(i -> new IncidentImport(new IncidentForm("FICTIONAL large import " + i,
                "", "2004", "market", "north_korea", "Ryanggang", ""), List.of(new ActForm(i == n - 1 ? violationOfLast
                : "forced_labour", null, List.of(new PerpetratorForm("broker", null, "direct"),
                new PerpetratorForm("police", null, "complicit")))))).toList();
    }

    private long count(String sql, String importId) {
        return jdbc.sql(sql).param("i", importId).query(Long.class).single();
    }

    @Test
    void aLargeImportRecreatesItsForeignKeysWithTheSameDefinitionsValidatedAndEnforced() {
        Map<String, ForeignKey> before = foreignKeys();
        assertThat(before).containsKeys("acts_incident_id_fkey", "involvements_act_id_fkey", "acts_victim_id_fkey",
                "involvements_perpetrator_id_fkey");
        long head = audit.verify().headSeq();
        UUID importId = UUID.randomUUID();

        var stored = imports.store(new IncidentFile(importId, "c".repeat(64), 6_000, incidents(6_000, "forced_labour")),
                done -> { });

        assertThat(stored.incidents()).isEqualTo(6_000);
        assertThat(count("SELECT COUNT(*) FROM involvements v JOIN acts a ON a.id = v.act_id WHERE a.import_id = :i",
                importId.toString())).isEqualTo(12_000);
        Map<String, ForeignKey> after = foreignKeys();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (ForeignKey k : after.values()) {
            assertThat(k.definition()).as(k.name()).isEqualTo(before.get(k.name()).definition());
            assertThat(k.validated()).as(k.name()).isTrue();
        }
        // Re-created: the two among the loaded tables are new constraints; those to persons were kept.
        assertThat(after.get("acts_incident_id_fkey").oid()).isNotEqualTo(before.get("acts_incident_id_fkey").oid());
        assertThat(after.get("involvements_act_id_fkey").oid()).isNotEqualTo(before.get("involvements_act_id_fkey").oid());
        assertThat(after.get("acts_victim_id_fkey").oid()).isEqualTo(before.get("acts_victim_id_fkey").oid());
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO acts (id, incident_id, violation, created_at) VALUES"
                + " ('FICTIONAL-act', 'FICTIONAL-missing', 'torture', '2026-12-07T00:00:00Z')").update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("acts_incident_id_fkey");
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO involvements (act_id, ordinal, perpetrator_type, role) VALUES"
                + " ('FICTIONAL-missing', 0, 'police', 'DIRECT')").update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("involvements_act_id_fkey");
        assertThat(audit.verify().intact()).isTrue();
        assertThat(audit.verify().headSeq()).isEqualTo(head + 1);
    }

    @Test
    void aLargeImportThatFailsInItsLastChunkLeavesTheForeignKeysAsTheyWereAndNothingStored() {
        Map<String, ForeignKey> before = foreignKeys();
        long head = audit.verify().headSeq();
        UUID importId = UUID.randomUUID();

        assertThatThrownBy(() -> imports.store(new IncidentFile(importId, "d".repeat(64), 6_000,
                incidents(6_000, "flying")), done -> { })).isInstanceOf(InvalidInputException.class);

        assertThat(foreignKeys()).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM incidents WHERE import_id = :i", importId.toString())).isZero();
        assertThat(audit.verify().headSeq()).isEqualTo(head);
    }

    @Test
    void anUnfinishedLargeImportCannotBeCommitted() {
        Map<String, ForeignKey> before = foreignKeys();
        UUID importId = UUID.randomUUID();
        List<IncidentImport> file = incidents(2_000, "forced_labour");

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            try (ImportStream stream = imports.open(new IncidentFile.Header(importId, "e".repeat(64), 2_000, LARGE,
                    LARGE), done -> { })) {
                stream.add(file.subList(0, 1_000));
                stream.add(file.subList(1_000, 2_000));
                // No finish: the caller would have to roll back, and a commit is refused.
            }
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("unfinished import");

        assertThat(foreignKeys()).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM incidents WHERE import_id = :i", importId.toString())).isZero();
    }

    @Test
    void aRowWithoutItsParentFailsTheLargeImportWhenItsForeignKeyIsRecreatedWithoutNamingTheRow() {
        Map<String, ForeignKey> before = foreignKeys();
        UUID importId = UUID.randomUUID();
        List<IncidentImport> file = incidents(1_000, "forced_labour");

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            try (ImportStream stream = imports.open(new IncidentFile.Header(importId, "f".repeat(64), 1_000, LARGE,
                    LARGE), done -> { })) {
                // Written in the import's transaction while the foreign keys are dropped: only the one check at the end sees it.
                jdbc.sql("INSERT INTO acts (id, incident_id, violation, created_at) VALUES ('FICTIONAL-orphan',"
                        + " 'FICTIONAL-no-such-incident', 'torture', '2026-12-07T00:00:00Z')").update();
                stream.add(file);
                stream.finish();
            }
        })).isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("re-creating acts_incident_id_fkey on acts failed")
                .hasMessageNotContaining("FICTIONAL-no-such-incident").hasMessageNotContaining("FICTIONAL-orphan");

        assertThat(foreignKeys()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM acts WHERE id = 'FICTIONAL-orphan'").query(Long.class).single()).isZero();
        assertThat(count("SELECT COUNT(*) FROM incidents WHERE import_id = :i", importId.toString())).isZero();
    }

    @Test
    void aLargeImportWhileAnotherTransactionReadsIncidentsChecksPerRowInsteadOfWaitingForIt() throws Exception {
        Map<String, ForeignKey> before = foreignKeys();
        UUID importId = UUID.randomUUID();
        try (java.sql.Connection reader = java.sql.DriverManager.getConnection(Postgres.urlWithSchema(SCHEMA),
                Postgres.USER, Postgres.PASSWORD)) {
            reader.setAutoCommit(false);
            try (var s = reader.createStatement()) {
                s.executeQuery("SELECT COUNT(*) FROM incidents").close();
            }
            // The reader's transaction holds its lock on incidents until it ends: the import gives up the locks after 5 s.
            List<IncidentImport> file = incidents(2_000, "forced_labour");
            var stored = new TransactionTemplate(transactions).execute(status -> {
                try (ImportStream stream = imports.open(new IncidentFile.Header(importId, "9".repeat(64), 2_000, LARGE,
                        LARGE), done -> { })) {
                    stream.add(file);
                    return stream.finish();
                }
            });
            assertThat(stored.incidents()).isEqualTo(2_000);
            reader.rollback();
        }
        assertThat(foreignKeys()).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM acts WHERE import_id = :i", importId.toString())).isEqualTo(2_000);
    }

    @Test
    void aFileSmallAgainstTheTablesAlreadyThereKeepsThePerRowChecks() {
        imports.store(new IncidentFile(UUID.randomUUID(), "a".repeat(64), 6_000, incidents(6_000, "forced_labour")),
                done -> { });
        Map<String, ForeignKey> before = foreignKeys();

        // 1,200 acts into tables of at least 6,000: re-validating the whole tables would cost more than it saves.
        imports.store(new IncidentFile(UUID.randomUUID(), "b".repeat(64), 1_200, incidents(1_200, "forced_labour")),
                done -> { });

        assertThat(foreignKeys()).isEqualTo(before);
    }
}
