package org.recourse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recourse.linkage.LinkRecord;

class LinkCommandTests {

    @TempDir
    Path dir;

    @Test
    void fictionalDuplicatesAcrossScriptsAndRomanisationsShareClusters() throws Exception {
        Path f = dir.resolve("people.csv");
        StringBuilder csv = new StringBuilder("id,given_name,surname,birth_date,province\n");
        for (LinkRecord r : new SyntheticPeople(11).generate(3000)) {
            csv.append(r.id());
            r.fields().values().forEach(v -> csv.append(',').append(v));
            csv.append('\n');
        }
        Files.writeString(f, csv);
        Run r = run("link", "--id", "id", f.toString());
        assertThat(r.code).isZero();
        List<String> lines = r.out.lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,cluster");
        assertThat(lines).hasSize(3001);
        Map<String, String> cluster = new HashMap<>();
        lines.stream().skip(1).forEach(l -> cluster.put(l.substring(0, l.indexOf(',')), l.substring(l.indexOf(',') + 1)));
        long together = cluster.keySet().stream().filter(id -> id.endsWith("-1"))
                .filter(id -> cluster.get(id).equals(cluster.get(id.replace("-1", "-0")))).count();
        long copies = cluster.keySet().stream().filter(id -> id.endsWith("-1")).count();
        assertThat(together).isGreaterThan((long) (0.85 * copies));
    }

    @Test
    void badInputWritesNothingToStandardOutputAndNamesFileAndLine() throws Exception {
        Path f = dir.resolve("ragged.csv");
        Files.writeString(f, "id,name\n1,a\n2,b,c\n");
        Run r = run("link", "--id", "id", f.toString());
        assertThat(r.code).isEqualTo(1);
        assertThat(r.out).isEmpty();
        assertThat(r.err).contains("ragged.csv").contains("line 3");
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
