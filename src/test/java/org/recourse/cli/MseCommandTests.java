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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MseCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void jsonLastLineCarriesTheUkEstimateAndItsTerms() {
        int code = run("mse", table("uk_modern_slavery_2013_5lists.csv"), "--json");

        assertThat(code).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        JsonNode json = JsonMapper.builder().build().readTree(lines[lines.length - 1]);
        assertThat(json.get("observed").asLong()).isEqualTo(2744);
        assertThat(json.get("estimate").asDouble()).isBetween(11_302.0, 11_324.0);
        assertThat(json.get("lower").asDouble()).isBetween(9_874.0, 9_894.0);
        assertThat(json.get("upper").asDouble()).isBetween(13_014.0, 13_040.0);
        assertThat(json.get("method").asString()).isEqualTo("loglinear");
        assertThat(json.get("terms")).hasSize(6);
        assertThat(json.has("median")).isFalse();
    }

    @Test
    void lcmcrJsonHasAMedian() {
        int code = run("mse", table("ph_drug_killings_2016_2017_quezon_police.csv"), "--method", "lcmcr",
                "--burnin", "500", "--samples", "200", "--thin", "2", "--seed", "3", "--json");

        assertThat(code).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        JsonNode json = JsonMapper.builder().build().readTree(lines[lines.length - 1]);
        assertThat(json.get("method").asString()).isEqualTo("lcmcr");
        assertThat(json.get("median").asDouble()).isGreaterThanOrEqualTo(337);
    }

    @Test
    void badInputExitsWithOneAndNamesTheProblemWithoutAStackTrace() {
        int code = run("mse", "no-such-table.csv");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no-such-table.csv").contains("no such file")
                .doesNotContain("Exception");
    }

    @Test
    void aTableThatIsNotUtf8TextIsNamedAsSuch(@TempDir Path dir) throws IOException {
        Path table = dir.resolve("lists.csv");
        Files.write(table, new byte[] {'A', ',', 'B', ',', 'c', 'o', 'u', 'n', 't', '\n', '1', ',', '0', ',', (byte) 0xC3, '\n'});
        assertThat(run("mse", table.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("lists.csv", "is not UTF-8 text").doesNotContain("Exception");
    }

    @Test
    void aNegativeBurnInIsAUsageError() {
        assertThat(run("mse", table("rome_hiv_1990_4lists.csv"), "--method", "lcmcr", "--burnin", "-1")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--burnin must be at least 0, not -1");
    }

    @Test
    void unknownMethodIsAUsageError() {
        assertThat(run("mse", table("rome_hiv_1990_4lists.csv"), "--method", "guess")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--method is loglinear or lcmcr");
    }

    private int run(String... argv) {
        return Cli.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String table(String file) {
        String env = System.getenv("RECOURSE_SHARED_DATA");
        return Path.of(env == null || env.isBlank() ? "../shared/data" : env).resolve("mse").resolve(file).toString();
    }
}
