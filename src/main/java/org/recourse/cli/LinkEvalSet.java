package org.recourse.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recourse.linkage.LinkRecord;
import org.recourse.linkage.RecordFiles;
import org.recourse.linkage.Table;

/**
 * One evaluation data set of /work/shared/data/linkage: its records (one list to
 * deduplicate, or two to link) and its true pairs, read as the data README describes.
 * Pair members are written {@code A:id} and {@code B:id} in linkage, {@code id} otherwise.
 * {@code labelled}, when not empty, holds every pair the truth file judges (true or false): a
 * set labelled only in part is scored on those pairs, as its authors score it.
 * {@code sample}, when not empty, holds the pairs of a separate labelled sample (pair to true
 * for a match, false for a non-match; a folder's {@code labelled.csv}), scored beside the usual
 * figures: a truth that lists only the matches among labelled candidates makes precision
 * against it a lower bound, the sample's own labels do not.
 */
record LinkEvalSet(String name, List<LinkRecord> left, List<LinkRecord> right, Set<String> truePairs,
        Set<String> labelled, Map<String, Boolean> sample) {

    LinkEvalSet(String name, List<LinkRecord> left, List<LinkRecord> right, Set<String> truePairs) {
        this(name, left, right, truePairs, Set.of(), Map.of());
    }

    LinkEvalSet(String name, List<LinkRecord> left, List<LinkRecord> right, Set<String> truePairs,
            Set<String> labelled) {
        this(name, left, right, truePairs, labelled, Map.of());
    }

    /**
     * Precision, recall and F1 over the labelled sample only: a pair counts as predicted a
     * match when both its records got the same cluster ({@code predicted} holds those pairs).
     */
    PairScore sampleScore(Set<String> predicted) {
        long said = 0;
        long right = 0;
        long matches = 0;
        for (Map.Entry<String, Boolean> e : sample.entrySet()) {
            boolean linked = predicted.contains(e.getKey());
            said += linked ? 1 : 0;
            right += linked && e.getValue() ? 1 : 0;
            matches += e.getValue() ? 1 : 0;
        }
        return new PairScore(said, right, matches);
    }

    /** The predicted pairs that count for precision: all of them, or those the truth file judges. */
    Set<String> judged(Set<String> predicted) {
        if (labelled.isEmpty()) {
            return predicted;
        }
        Set<String> judged = new HashSet<>(predicted);
        judged.retainAll(labelled);
        return judged;
    }

    boolean linkage() {
        return !right.isEmpty();
    }

    /**
     * This deduplication set split at random (fixed seed) into two files: a linkage whose files
     * hold duplicates of their own, as when one organisation interviewed the same woman twice.
     * Its true pairs are the set's pairs whose two records fell into different files.
     */
    LinkEvalSet split(long seed) {
        if (linkage() || !labelled.isEmpty()) {
            throw new IllegalStateException(name + " is not a fully labelled deduplication set");
        }
        java.util.Random random = new java.util.Random(seed);
        List<LinkRecord> a = new ArrayList<>();
        List<LinkRecord> b = new ArrayList<>();
        Set<String> inA = new HashSet<>();
        for (LinkRecord r : left) {
            if (random.nextBoolean()) {
                a.add(r);
                inA.add(r.id());
            } else {
                b.add(r);
            }
        }
        Set<String> truth = new HashSet<>();
        for (String p : truePairs) {
            String[] members = p.split("\u0001");
            boolean first = inA.contains(members[0]);
            if (first != inA.contains(members[1])) {
                truth.add(pair((first ? "A:" : "B:") + members[0], (first ? "B:" : "A:") + members[1]));
            }
        }
        return new LinkEvalSet("split " + name, a, b, truth);
    }

    static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\u0001" + b : b + "\u0001" + a;
    }

    static List<LinkEvalSet> all(Path root) {
        Path l = root.resolve("linkage");
        List<LinkEvalSet> sets = new ArrayList<>();
        sets.add(byKey("febrl dataset1", rows(l.resolve("febrl/dataset1.csv"), "rec_id", Set.of()), "rec_id"));
        sets.add(byKey("febrl dataset2", rows(l.resolve("febrl/dataset2.csv"), "rec_id", Set.of()), "rec_id"));
        sets.add(febrl4(l));
        sets.add(byColumn("splink fake_1000", l.resolve("splink/fake_1000.csv"), "unique_id", "cluster"));
        sets.add(byColumn("restaurants fodors-zagat", l.resolve(
                "restaurants_fodors_zagat/dedupe_restaurant-nophone-training.csv"), null, "unique_id"));
        sets.add(byPairs("restaurants jedai", RecordFiles.read(l.resolve(
                "restaurants_fodors_zagat/jedai_restaurantProfiles.psv"), "id", Set.of()), List.of(),
                RecordFiles.readTable(l.resolve("restaurants_fodors_zagat/jedai_duplicates.psv")), true));
        sets.add(byPairs("restaurants oaei", RecordFiles.read(l.resolve("restaurants_oaei/rest1.psv"), "id", Set.of()),
                RecordFiles.read(l.resolve("restaurants_oaei/rest2.psv"), "id", Set.of()),
                RecordFiles.readTable(l.resolve("restaurants_oaei/gt.psv")), false));
        sets.add(byPairs("dblp-acm", RecordFiles.read(l.resolve("dblp_acm/DBLP2.csv"), "id", Set.of()),
                RecordFiles.read(l.resolve("dblp_acm/ACM.csv"), "id", Set.of()),
                RecordFiles.readTable(l.resolve("dblp_acm/DBLP-ACM_perfectMapping.csv")), false));
        sets.add(byColumn("chicago childcare", l.resolve(
                "dedupe_chicago_childcare/csv_example_input_with_true_ids.csv"), "Id", "True Id"));
        sets.add(countries(l.resolve("duke_countries")));
        return sets;
    }

    /**
     * Duke's own example (DBpedia against Mondial countries), held out until 2026-12-07, when its
     * errors were read (docs/BENCHMARKS.md). The DBpedia file has no header and repeats some rows (kept once); the label file
     * lists {@code +} and {@code -} pairs as {@code sign,dbpedia uri,mondial id}.
     */
    private static LinkEvalSet countries(Path dir) {
        Table dbpedia = RecordFiles.readTable(dir.resolve("countries-dbpedia.csv"));
        List<List<String>> rows = new ArrayList<>(dbpedia.rows());
        rows.add(0, dbpedia.header());
        Map<String, LinkRecord> byUri = new LinkedHashMap<>();
        for (List<String> r : rows) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("country", r.get(1));
            fields.put("area", r.get(2));
            fields.put("capital", r.get(3));
            byUri.putIfAbsent(r.get(0), new LinkRecord(r.get(0), fields));
        }
        List<LinkRecord> mondial = RecordFiles.read(dir.resolve("countries-mondial.csv"), "id", Set.of());
        Table labels = RecordFiles.readTable(dir.resolve("countries-test.txt"));
        List<List<String>> lines = new ArrayList<>(labels.rows());
        lines.add(0, labels.header());
        Set<String> truth = new HashSet<>();
        Set<String> labelled = new HashSet<>();
        for (List<String> line : lines) {
            String pair = pair("A:" + line.get(1), "B:" + line.get(2));
            labelled.add(pair);
            if (line.get(0).equals("+")) {
                truth.add(pair);
            }
        }
        return new LinkEvalSet("duke countries", List.copyOf(byUri.values()), mondial, truth, labelled);
    }

    /**
     * Extra sets kept outside the project (third-party data that must not be committed): each
     * folder under {@code dir} holding {@code A.csv} [{@code B.csv}] with an {@code id} column and
     * {@code truth.csv} ({@code a,b}: the true pairs by id), and optionally {@code labelled.csv}
     * ({@code a,b,label}: a labelled sample of pairs, label 1 a match and 0 a non-match).
     */
    static List<LinkEvalSet> folders(Path dir) {
        List<LinkEvalSet> sets = new ArrayList<>();
        try (var children = java.nio.file.Files.list(dir)) {
            for (Path d : children.sorted().toList()) {
                if (java.nio.file.Files.isRegularFile(d.resolve("A.csv")) && java.nio.file.Files.isRegularFile(d.resolve("truth.csv"))) {
                    Path b = d.resolve("B.csv");
                    boolean twoFiles = java.nio.file.Files.isRegularFile(b);
                    LinkEvalSet set = byPairs("extra " + d.getFileName(), rows(d.resolve("A.csv"), "id", Set.of()),
                            twoFiles ? rows(b, "id", Set.of()) : List.of(),
                            RecordFiles.readTable(d.resolve("truth.csv")), false);
                    Path labels = d.resolve("labelled.csv");
                    sets.add(java.nio.file.Files.isRegularFile(labels) ? set.withSample(sample(labels, twoFiles)) : set);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sets;
    }

    LinkEvalSet withSample(Map<String, Boolean> labels) {
        return new LinkEvalSet(name, left, right, truePairs, labelled, Map.copyOf(labels));
    }

    /** A {@code labelled.csv}: columns a, b and label (1 or 0), by name; a pair labelled both ways is refused. */
    static Map<String, Boolean> sample(Path file, boolean twoFiles) {
        Table t = RecordFiles.readTable(file);
        int a = t.column("a");
        int b = t.column("b");
        int label = t.column("label");
        if (a < 0 || b < 0 || label < 0) {
            throw new UsageException(file + ": needs the columns a, b and label");
        }
        String pa = twoFiles ? "A:" : "";
        String pb = twoFiles ? "B:" : "";
        Map<String, Boolean> sample = new HashMap<>();
        for (List<String> row : t.rows()) {
            String value = row.get(label).trim();
            if (!value.equals("1") && !value.equals("0")) {
                throw new UsageException(file + ": label '" + value + "' is neither 1 nor 0");
            }
            Boolean before = sample.put(pair(pa + row.get(a), pb + row.get(b)), value.equals("1"));
            if (before != null && before != value.equals("1")) {
                throw new UsageException(file + ": a pair is labelled both 1 and 0");
            }
        }
        return sample;
    }

    private static List<LinkRecord> rows(Path file, String id, Set<String> ignore) {
        return RecordFiles.read(file, id, ignore);
    }

    /** FEBRL: rec-N-org and rec-N-dup-k are the same person N. */
    private static LinkEvalSet byKey(String name, List<LinkRecord> records, String idColumn) {
        Map<String, List<String>> groups = new HashMap<>();
        records.forEach(r -> groups.computeIfAbsent(r.id().split("-")[1], k -> new ArrayList<>()).add(r.id()));
        return new LinkEvalSet(name, records, List.of(), pairsOf(groups.values()));
    }

    private static LinkEvalSet febrl4(Path l) {
        List<LinkRecord> a = rows(l.resolve("febrl/dataset4a.csv"), "rec_id", Set.of());
        List<LinkRecord> b = rows(l.resolve("febrl/dataset4b.csv"), "rec_id", Set.of());
        Map<String, String> aByN = new HashMap<>();
        a.forEach(r -> aByN.put(r.id().split("-")[1], r.id()));
        Set<String> truth = new HashSet<>();
        b.forEach(r -> {
            String match = aByN.get(r.id().split("-")[1]);
            if (match != null) {
                truth.add(pair("A:" + match, "B:" + r.id()));
            }
        });
        return new LinkEvalSet("febrl dataset4a-4b", a, b, truth);
    }

    /** Truth in a column of the file (dropped from the fields); a null id column numbers the rows. */
    private static LinkEvalSet byColumn(String name, Path file, String idColumn, String truthColumn) {
        Table t = RecordFiles.readTable(file);
        int truth = t.column(truthColumn);
        int id = idColumn == null ? -1 : t.column(idColumn);
        List<LinkRecord> records = new ArrayList<>();
        Map<String, List<String>> groups = new HashMap<>();
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            String key = id < 0 ? "r" + r : row.get(id);
            Map<String, String> fields = new LinkedHashMap<>();
            for (int c = 0; c < row.size(); c++) {
                if (c != id && c != truth) {
                    fields.put(t.header().get(c), row.get(c));
                }
            }
            records.add(new LinkRecord(key, fields));
            groups.computeIfAbsent(row.get(truth).replace("'", ""), k -> new ArrayList<>()).add(key);
        }
        return new LinkEvalSet(name, records, List.of(), pairsOf(groups.values()));
    }

    private static LinkEvalSet byPairs(String name, List<LinkRecord> a, List<LinkRecord> b, Table truth, boolean headerless) {
        Set<String> pairs = new HashSet<>();
        List<List<String>> rows = new ArrayList<>(truth.rows());
        if (headerless) {
            rows.add(0, truth.header());
        }
        String pa = b.isEmpty() ? "" : "A:";
        String pb = b.isEmpty() ? "" : "B:";
        rows.forEach(r -> pairs.add(pair(pa + r.get(0), pb + r.get(1))));
        return new LinkEvalSet(name, a, b, pairs);
    }

    private static Set<String> pairsOf(Iterable<List<String>> groups) {
        Set<String> pairs = new HashSet<>();
        for (List<String> g : groups) {
            for (int i = 0; i < g.size(); i++) {
                for (int j = i + 1; j < g.size(); j++) {
                    pairs.add(pair(g.get(i), g.get(j)));
                }
            }
        }
        return pairs;
    }
}
