package org.recourse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report}: bad input gets a clear message and exit 2 (usage) or 1 (invalid input), never a stack trace. */
class ReportCommandTests {

    @TempDir Path dir;

    @Test
    void badOptionsAreUsageErrorsBeforeAnythingStarts() {
        assertThat(run("report", "--data", dir.toString())).satisfies(r -> {
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("give --out FILE.pdf or FILE.html");
        });
        assertThat(run("report", "--data", dir.toString(), "--out", dir.resolve("r.docx").toString()).err())
                .contains("--out must end in .pdf or .html");
        Result lang = run("report", "--data", dir.toString(), "--lang", "fr", "--out", dir.resolve("r.pdf").toString());
        assertThat(lang.code()).isEqualTo(2);
        assertThat(lang.err()).contains("--lang takes en or ko");
        assertThat(run("report", "--data", dir.toString(), "--from", "last year", "--out", "r.pdf").err())
                .contains("--from: write a year such as 2005");
        assertThat(run("report", "--data", dir.toString(), "--periods", "2005-2001", "--out", "r.pdf").err())
                .contains("--periods: the period 2005-2001 ends before it starts");
        assertThat(run("report", "--data", dir.toString(), "--periods", "2000-2009,2005", "--out", "r.pdf").err())
                .contains("periods must not overlap");
    }

    @Test
    void anUnknownCodeIsNamedAndNothingIsWritten() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path incidents = dir.resolve("incidents.csv");
        Files.writeString(incidents, "title,date,violation\nFICTIONAL incident,2004,rape\n");
        assertThat(run("import", "--data", data.toString(), incidents.toString()).code()).isZero(); // a collection to report on
        Path out = dir.resolve("r.html");
        Result r = run("report", "--data", data.toString(), "--violation", "no_such_code", "--out", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("violation", "'no_such_code' is not a term of the violation vocabulary")
                .doesNotContain("Exception", "\tat ");
        assertThat(out).doesNotExist();
    }

    record Result(int code, String out, String err) {
    }

    private static Result run(String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
