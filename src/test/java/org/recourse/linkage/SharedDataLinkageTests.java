package org.recourse.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Linkage quality on public data with known answers, with the automatic configuration. */
class SharedDataLinkageTests {

    private static final Path DATA = Path.of(Optional.ofNullable(System.getenv("RECOURSE_SHARED_DATA"))
            .orElse("../shared/data")).resolve("linkage");

    @Test
    void febrlDataset1IsDeduplicatedWithF1AboveNinetyEightPercent() {
        List<LinkRecord> records = RecordFiles.read(DATA.resolve("febrl/dataset1.csv"), "rec_id", Set.of());
        LinkResult result = new Linker().deduplicate(records, LinkOptions.defaults());
        Set<String> truth = new HashSet<>();
        Map<String, String> first = new HashMap<>();
        for (LinkRecord r : records) {
            String person = r.id().split("-")[1];
            String other = first.putIfAbsent(person, r.id());
            if (other != null) {
                truth.add(pair(other, r.id()));
            }
        }
        assertThat(f1(predicted(result), truth)).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void restaurantProfilesAreDeduplicatedWithF1AboveNinetyFivePercent() throws Exception {
        List<LinkRecord> records = RecordFiles.read(DATA.resolve("restaurants_fodors_zagat/jedai_restaurantProfiles.psv"),
                "id", Set.of());
        LinkResult result = new Linker().deduplicate(records, LinkOptions.defaults());
        Set<String> truth = new HashSet<>();
        for (String line : Files.readAllLines(DATA.resolve("restaurants_fodors_zagat/jedai_duplicates.psv"))) {
            String[] p = line.trim().split("\\|");
            truth.add(pair(p[0], p[1]));
        }
        // Several restaurants of one hotel share address, city and nearly the phone: only the
        // name tells them apart (the automatic configuration reaches 0.956, see BENCHMARKS.md).
        assertThat(f1(predicted(result), truth)).isGreaterThanOrEqualTo(0.95);
    }

    private static Set<String> predicted(LinkResult result) {
        Map<Integer, List<String>> clusters = new HashMap<>();
        result.assignments().forEach(a -> clusters.computeIfAbsent(a.cluster(), k -> new java.util.ArrayList<>()).add(a.id()));
        Set<String> pairs = new HashSet<>();
        clusters.values().forEach(c -> {
            for (int i = 0; i < c.size(); i++) {
                for (int j = i + 1; j < c.size(); j++) {
                    pairs.add(pair(c.get(i), c.get(j)));
                }
            }
        });
        return pairs;
    }

    private static double f1(Set<String> predicted, Set<String> truth) {
        long tp = predicted.stream().filter(truth::contains).count();
        return 2.0 * tp / (predicted.size() + truth.size());
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }
}
