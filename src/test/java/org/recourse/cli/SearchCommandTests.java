package org.recourse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recourse.search.PassageDocument;
import org.recourse.search.SearchIndex;

class SearchCommandTests {

    @TempDir
    Path data;

    private int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... argv) {
        return Cli.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void searchesTheIndexFolderAndPrintsJson() {
        try (SearchIndex index = new SearchIndex(data.resolve("index"))) {
            index.index(new PassageDocument("p1", "t1", "s1", "ko", "FICTIONAL: 회령 보위부에서 조사를 받았다.", OptionalInt.of(2004),
                    OptionalInt.of(2004), List.of("torture"), List.of(), List.of(), "north_korea", Set.of()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(run(out, err, "search", "--data", data.toString(), "--json", "보위부", "Hoeryong")).isZero();
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"passageId\":\"p1\"").contains("\"highlighted\":true").contains("\"total\":1");
    }

    @Test
    void searchWorksWhileAWriterHoldsTheIndex() {
        try (SearchIndex server = new SearchIndex(data.resolve("index"))) {
            server.index(PassageDocument.plain("p2", "t2", "FICTIONAL: held at the Musan holding centre"));
            server.commit();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(run(out, new ByteArrayOutputStream(), "search", "--data", data.toString(), "Musan")).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 passages").contains("[Musan]");
        }
    }

    @Test
    void aMalformedQueryExitsWithOneAndAReason() {
        new SearchIndex(data.resolve("index")).close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(run(out, err, "search", "--data", data.toString(), "(보위부")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not closed");
    }
}
