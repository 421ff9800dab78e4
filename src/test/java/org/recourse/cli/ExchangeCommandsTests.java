package org.recourse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import command on a bad file or a wrong data folder: a clear message, no stack trace, nothing stored. Fictional data. */
class ExchangeCommandsTests {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... argv) {
        return Cli.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aBadFileExitsOneWithRowAndColumnAndStoresNothing() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path input = dir.resolve("bad.csv");
        Files.writeString(input, "title,date,violation\nFICTIONAL fine,2004,rape\nFICTIONAL wrong,2004-99,rape\n");
        assertThat(run("import", "--data", data.toString(), input.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("row 3, column date").contains("nothing was stored")
                .doesNotContain("Exception");
    }

    @Test
    void aMistypedDataFolderIsRefusedInsteadOfMadeAsANewCollection() throws IOException {
        Path missing = dir.resolve("dtaa");
        Path input = dir.resolve("good.csv");
        Files.writeString(input, "title,date,violation\nFICTIONAL fine,2004,rape\n");
        assertThat(run("import", "--data", missing.toString(), input.toString())).isEqualTo(2);
        assertThat(run("export", "--data", missing.toString(), "--format", "csv", "--out", dir.resolve("x.csv").toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no data folder at " + missing).doesNotContain("Exception");
        assertThat(missing).doesNotExist();
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }

    @Test
    void aLargeImportIntoALogReportsProgressAsLinesNotCarriageReturns() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path input = dir.resolve("many.csv");
        StringBuilder csv = new StringBuilder("title,date,violation\n");
        for (int i = 0; i < 12_000; i++) {
            csv.append("FICTIONAL incident ").append(i).append(",2004,rape\n");
        }
        Files.writeString(input, csv);
        assertThat(run("import", "--data", data.toString(), input.toString())).isZero();
        String progress = err.toString(StandardCharsets.UTF_8);
        assertThat(progress).doesNotContain("\r").contains("imported 5,000 of 12,000\n").contains("imported 12,000 of 12,000\n");
        assertThat(progress.lines().filter(l -> l.startsWith("imported "))).hasSizeBetween(3, 11);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("stored 12,000 ");
    }
}
