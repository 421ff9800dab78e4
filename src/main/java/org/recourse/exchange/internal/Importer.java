package org.recourse.exchange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.recourse.coding.ActForm;
import org.recourse.coding.IncidentFile;
import org.recourse.coding.IncidentImport;
import org.recourse.coding.ImportStream;
import org.recourse.coding.IncidentImports;
import org.recourse.coding.StoredImport;
import org.recourse.coding.PerpetratorForm;
import org.recourse.exchange.ImportProblem;
import org.recourse.exchange.ImportProgress;
import org.recourse.shared.Background;
import org.recourse.testimony.Person;
import org.recourse.testimony.PersonForm;
import org.recourse.testimony.PersonRegistry;
import org.recourse.testimony.TestimonyForm;
import org.recourse.testimony.TestimonyRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores validated records through the module APIs. A file's incidents go in as one import in
 * one transaction ({@link IncidentImports#store}): each record validated again, the import
 * audited once; a victim pseudonym that names nobody yet is recorded as a new person with the
 * file's coarse attributes.
 */
@Component
public class Importer {

    private static final int CHUNK = IncidentImports.CHUNK;

    private final IncidentImports imports;
    private final PersonRegistry persons;
    private final TestimonyRegistry testimonies;

    Importer(IncidentImports imports, PersonRegistry persons, TestimonyRegistry testimonies) {
        this.imports = imports;
        this.persons = persons;
        this.testimonies = testimonies;
    }

    public Map<String, String> pseudonyms() {
        Map<String, String> out = new HashMap<>();
        persons.all().forEach(p -> out.put(p.pseudonym(), p.id().toString()));
        return out;
    }

    /**
     * Stores a file's incidents as one import in one transaction, with the victims it names
     * that are not recorded yet: a failure anywhere (disk full, crash) leaves nothing of it.
     */
    @Transactional
    public StoredImport incidents(List<Parsed.ParsedIncident> incidents, String fileSha256, int rows,
            ImportProgress progress) {
        Map<String, String> known = pseudonyms();
        List<IncidentImport> all = new ArrayList<>(incidents.size());
        for (Parsed.ParsedIncident p : incidents) {
            all.add(incident(p, known));
        }
        return imports.store(new IncidentFile(UUID.randomUUID(), fileSha256, rows, all),
                done -> progress.rows(done, all.size()));
    }

    /** What a streamed import stored, and the problems of the rows it left out (valid rows only). */
    public record Streamed(StoredImport stored, int validRows, List<ImportProblem> problems) {
    }

    /**
     * Stores a file's incidents while they are read and validated, chunk by chunk, in one
     * transaction: a chunk is read on one thread, validated again and made into rows on
     * another while this one inserts the chunk before. Nothing is stored unless the whole file
     * is valid: at the first problem the inserting stops, the rest of the file is still read so
     * that every problem is named, and {@code rejection} of them all is thrown, which rolls back
     * what was stored. With {@code validRowsOnly} the invalid incidents are left out instead.
     */
    @Transactional
    public Streamed incidents(IncidentGroups groups, String fileSha256, boolean validRowsOnly, ImportProgress progress,
            Function<List<ImportProblem>, RuntimeException> rejection) {
        int size = groups.size();
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "import-read");
            t.setDaemon(true);
            return t;
        });
        IncidentFile.Header header = new IncidentFile.Header(UUID.randomUUID(), fileSha256, groups.fileRows(), size,
                groups.actRows());
        Future<List<IncidentGroups.Group>> next = reader.submit(() -> groups.read(0, Math.min(size, CHUNK)));
        try (ImportStream stream = imports.open(header, done -> progress.rows(done, size))) {
            Run run = new Run(stream, pseudonyms(), validRowsOnly, groups.tableProblems());
            for (int from = 0; from < size; from += CHUNK) {
                List<IncidentGroups.Group> chunk = Background.await(next, "the reading");
                int to = Math.min(size, from + CHUNK);
                if (to < size) {
                    next = reader.submit(() -> groups.read(to, Math.min(size, to + CHUNK)));
                }
                run.take(chunk);
            }
            run.problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
            if (!run.storing) {
                throw rejection.apply(run.problems);
            }
            return new Streamed(stream.finish(), run.validRows, run.problems);
        } finally {
            reader.shutdownNow();
        }
    }

    /**
     * One streamed import's state on the transaction's thread: valid incidents go to the
     * stream; a problem is kept and, unless valid rows only, stops the storing for good.
     */
    private final class Run {

        private final ImportStream stream;
        private final Map<String, String> known;
        private final boolean validRowsOnly;
        private final List<ImportProblem> problems;
        private boolean storing;
        private int validRows;

        Run(ImportStream stream, Map<String, String> known, boolean validRowsOnly, List<ImportProblem> tableProblems) {
            this.stream = stream;
            this.known = known;
            this.validRowsOnly = validRowsOnly;
            this.problems = new ArrayList<>(tableProblems);
            this.storing = validRowsOnly || problems.isEmpty();
        }

        void take(List<IncidentGroups.Group> chunk) {
            List<IncidentImport> valid = new ArrayList<>(chunk.size());
            for (IncidentGroups.Group g : chunk) {
                if (g.valid()) {
                    validRows += g.rows();
                    if (storing) {
                        valid.add(incident(g.incident(), known));
                    }
                    continue;
                }
                problems.addAll(g.problems());
                storing &= validRowsOnly;
                if (storing) {
                    // Left out: what comes before goes in first, so that ids stay in file order.
                    stream.add(valid);
                    valid = new ArrayList<>();
                    stream.skip(1, g.actRows());
                }
            }
            if (storing) {
                stream.add(valid);
            }
        }
    }

    private IncidentImport incident(Parsed.ParsedIncident p, Map<String, String> known) {
        return new IncidentImport(p.form(), p.acts().stream().map(a -> act(a, known)).toList());
    }

    public int testimonies(List<Parsed.ParsedTestimony> parsed, ImportProgress progress) {
        Map<String, String> known = pseudonyms();
        int stored = 0;
        for (Parsed.ParsedTestimony t : parsed) {
            TestimonyForm f = t.form();
            String speaker = t.speakerPseudonym().isEmpty() ? null : known.get(t.speakerPseudonym());
            testimonies.record(new TestimonyForm(f.sourceId(), speaker, f.title(), f.language(), f.body(), f.translation(),
                    f.recordedOn(), f.interviewer()));
            progress.rows(++stored, parsed.size());
        }
        return stored;
    }

    private ActForm act(Parsed.ParsedAct a, Map<String, String> known) {
        String victim = a.victim().map(v -> known.computeIfAbsent(v.pseudonym(), k -> record(v))).orElse(null);
        return new ActForm(a.violation(), victim, a.perpetrators().stream()
                .map(p -> new PerpetratorForm(p.type(), null, p.role())).toList());
    }

    private String record(Parsed.Victim v) {
        Person p = persons.record(new PersonForm(v.pseudonym(), Set.of("VICTIM"), v.gender(), v.ageBand(), v.occupation(),
                v.departurePeriod(), v.province()));
        return p.id().toString();
    }
}
