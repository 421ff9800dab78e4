package org.recourse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recourse.linkage.LinkRecord;

class LinkEvalBenchTests {

    private static final String SHARED = Optional.ofNullable(System.getenv("RECOURSE_SHARED_DATA"))
            .orElse("../shared/data");

    @TempDir
    Path dir;

    @Test
    void aSetKeptOutsideTheRepositoryIsScoredBesideTheSharedOnes() throws Exception {
        Path set = Files.createDirectories(dir.resolve("people"));
        StringBuilder csv = new StringBuilder("id,given_name,surname,birth_date,province\n");
        java.util.Map<String, List<String>> people = new java.util.HashMap<>();
        for (LinkRecord r : new SyntheticPeople(5).generate(1500)) {
            csv.append(r.id());
            r.fields().values().forEach(v -> csv.append(',').append(v));
            csv.append('\n');
            people.computeIfAbsent(r.id().substring(0, r.id().lastIndexOf('-')), k -> new ArrayList<>()).add(r.id());
        }
        List<String> truth = new ArrayList<>(List.of("a,b"));
        for (List<String> copies : people.values()) {
            for (int i = 0; i < copies.size(); i++) {
                for (int j = i + 1; j < copies.size(); j++) {
                    truth.add(copies.get(i) + "," + copies.get(j));
                }
            }
        }
        Files.writeString(set.resolve("A.csv"), csv);
        Files.write(set.resolve("truth.csv"), truth);

        CliRun run = CliRun.of("bench", "link-eval", "--shared", SHARED, "--only", "extra", "--sets", dir.toString());

        assertThat(run.code()).as(run.err()).isZero();
        String row = run.out().lines().filter(l -> l.startsWith("extra people")).findFirst().orElseThrow();
        double f1 = Double.parseDouble(row.split("\\|")[1].trim().split("\\s+")[2]);
        assertThat(f1).isGreaterThan(0.8);
    }

    @Test
    void aMissingFolderOfSetsIsNamedAndNothingIsScored() {
        CliRun run = CliRun.of("bench", "link-eval", "--shared", SHARED, "--sets", dir.resolve("nowhere").toString());

        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("--sets").contains("no such folder");
        assertThat(run.out()).doesNotContain("febrl");
    }
}
