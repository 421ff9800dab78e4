package org.recourse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recourse.extraction.CodingEvaluation;
import org.recourse.extraction.TestimonyCoder;

/** {@code code --jsonl} and {@code eval-coding}, on fictional passages. */
class CodingCommandsTests {

    private static final Path DEV = Path.of("src/test/resources/extraction/dev-gold.jsonl");

    @Test
    void badLinesInJsonlAreReportedByNumberAndTheRestIsCoded() throws Exception {
        String input = "{\"id\":\"a\",\"lang\":\"en\",\"text\":\"The guards beat her in 2007.\"}\n"
                + "this is not json\n"
                + "{\"id\":\"c\",\"text\":42}\n"
                + "{\"id\":\"d\",\"lang\":\"auto\",\"text\":\"탈북민 25명을 심층 면접했다.\"}\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CodeCommand(() -> new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))
                .run(Args.parse(List.of("--jsonl"), Set.of()), print(out), print(err));
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).contains("\"id\":\"a\"", "\"violations\":[\"physical_assault\"]",
                "\"perpetrators\":[\"detention_guard\"]", "{\"text\":\"2007\",\"from\":2007,\"to\":2007}");
        assertThat(lines[1]).contains("\"lang\":\"ko\"", "\"interviewee_count\":25");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 2: not valid JSON", "line 3: \"text\"");
        assertThat(code).isEqualTo(1);
    }

    @Test
    void devSetMicroF1StaysAboveTheLevelReached() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        var gold = java.nio.file.Files.readAllLines(DEV).stream().filter(l -> !l.isBlank())
                .map(l -> CodingJson.gold(CodingJson.parse(l))).toList();
        assertThat(gold).hasSizeGreaterThanOrEqualTo(60);
        CodingEvaluation.Report report = CodingEvaluation.evaluate(TestimonyCoder.fromSeed(), gold);
        assertThat(report.score("en", "core").orElseThrow().f1()).isGreaterThanOrEqualTo(0.91);
        assertThat(report.score("ko", "core").orElseThrow().f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.score("all", "periods").orElseThrow().f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.score("all", "interviewee_count").orElseThrow().f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(err.size()).isZero();
    }

    @Test
    void evalCodingPrintsScoresPerLanguageAndField() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new EvalCodingCommand().run(Args.parse(List.of(DEV.toString()), Set.of()), print(out),
                print(new ByteArrayOutputStream()));
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("60 passages", "ko   core", "en   violations",
                "all  interviewee_count");
    }

    @Test
    void anEmptyOrUndecodableGoldFileIsRefusedRatherThanScoredPerfect(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "\n");
        Path binary = Files.write(dir.resolve("binary.jsonl"), new byte[] {'{', (byte) 0xFF, (byte) 0xFE, '}', '\n'});
        CliRun none = CliRun.of("eval-coding", empty.toString());
        CliRun junk = CliRun.of("eval-coding", binary.toString());
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).contains("empty.jsonl holds no gold passage");
        assertThat(none.out()).doesNotContain("1.000");
        assertThat(junk.code()).isEqualTo(1);
        assertThat(junk.err()).contains("binary.jsonl is not UTF-8 text").doesNotContain("Exception");
    }

    @Test
    void aLanguageWithoutPassagesGetsNoScoreRatherThanAPerfectOne() {
        var gold = List.of(CodingJson.gold(CodingJson.parse("{\"id\":\"f1\",\"lang\":\"en\",\"text\":"
                + "\"(Fictional.) The guards beat her.\",\"gold\":{\"violations\":[\"rape\"]}}")));
        CodingEvaluation.Report report = CodingEvaluation.evaluate(TestimonyCoder.fromSeed(), gold);
        assertThat(report.score("ko", "core")).isEmpty();
        assertThat(report.score("en", "core").orElseThrow().f1()).isLessThan(1.0);
        assertThat(report.score("all", "core").orElseThrow().fn()).isEqualTo(1);
    }

    private static PrintStream print(ByteArrayOutputStream b) {
        return new PrintStream(b, true, StandardCharsets.UTF_8);
    }
}
