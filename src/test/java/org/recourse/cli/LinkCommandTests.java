package org.recourse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCommandTests {

    @TempDir
    Path dir;

    @Test
    void duplicatesOfOneFictionalPersonShareACluster() throws Exception {
        Path f = dir.resolve("people.csv");
        Files.writeString(f, """
                id,given,surname,born,province
                1,Seo-yeon,Park,1978-03-02,Hamgyong
                2,서연,박,1978-03-02,Hamgyong
                3,Min-jun,Kim,1990-11-20,Ryanggang
                4,Ji-hoon,Lee,1965-01-15,Pyongan
                5,Jihoon,Yi,1965-01-15,Pyongan
                6,Hye-jin,Choi,1983-07-07,Kangwon
                """);
        Run r = run("link", "--id", "id", f.toString());
        assertThat(r.code).isZero();
        String[] lines = r.out.split("\n");
        assertThat(lines[0]).isEqualTo("id,cluster");
        assertThat(lines).hasSize(7);
        assertThat(cluster(lines, "4")).isEqualTo(cluster(lines, "5"));
        assertThat(cluster(lines, "3")).isNotEqualTo(cluster(lines, "4"));
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

    private static String cluster(String[] lines, String id) {
        for (String l : lines) {
            if (l.startsWith(id + ",")) {
                return l.substring(l.indexOf(',') + 1);
            }
        }
        throw new AssertionError("no line for " + id);
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
