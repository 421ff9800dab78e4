package org.recourse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command with bad input, as the web endpoints are swept in MalformedInputIntegrationTests: the
 * exit code is 2 for a wrong command line (unknown or repeated option, missing or wrong value, wrong
 * number of arguments, conflicting options, a --data folder that is missing or not a collection, an --out
 * path that cannot be written) and 1 for a file named that cannot be used (missing, a folder, empty,
 * binary, not UTF-8); the message names the option or the file; no exception name or stack frame is
 * shown; and nothing is written: no partial output, no data folder made, nothing in the folders given
 * changed. An existing output file is replaced whole by report and export (as {@code -o} does in most
 * tools) and never by backup; see {@link #anOutputIsWrittenWholeOrNotAtAll}. Fictional data only; every
 * case stops before the application starts, so the sweep takes seconds. {@code serve} is run only with
 * arguments it refuses, and with --data MISSING, so that one accepted by mistake shows as a folder made. Arguments and expected messages name files by token (DATA, MISSING, ...), which
 * stand for paths under one temporary folder; the messages are compared with that folder's path removed.
 */
class CommandLineMalformedInputTests {

    @TempDir
    static Path root;

    private static Map<String, String> before;

    private static InputStream stdin;

    @BeforeAll
    static void files() throws IOException {
        Path data = Files.createDirectories(root.resolve("DATA"));
        Files.write(data.resolve("recourse.db"), new byte[0]); // looks like a collection; no case gets to open it
        Files.createDirectories(data.resolve("keys"));
        Files.createDirectories(root.resolve("EMPTY_FOLDER"));
        Files.writeString(Files.createDirectories(root.resolve("OTHER_FOLDER")).resolve("notes.txt"), "fictional notes");
        Files.createDirectories(root.resolve("FOLDER"));
        Files.write(root.resolve("EMPTY"), new byte[0]);
        byte[] binary = new byte[512];
        new java.util.Random(7).nextBytes(binary);
        binary[3] = 0;
        Files.write(root.resolve("BINARY"), binary);
        Files.write(root.resolve("PNG"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13,
            'I', 'H', 'D', 'R', 0, 0, 1, 0});
        String korean = "id,name\n1,김가명\n2,박가명\n"; // fictional names
        Files.write(root.resolve("CP949"), korean.getBytes(Charset.forName("x-windows-949")));
        Files.write(root.resolve("UTF16"), korean.getBytes(StandardCharsets.UTF_16));
        Files.writeString(root.resolve("TABLE"), "A,B,count\n1,0,10\n0,1,12\n1,1,3\n");
        Files.writeString(root.resolve("PEOPLE"), "id,name,year\n1,Kim Fictional,1990\n2,Park Fictional,1985\n");
        Files.writeString(root.resolve("GOLD"), "{\"id\":\"g1\",\"lang\":\"en\",\"text\":\"FICTIONAL passage\"}\n");
        Files.writeString(root.resolve("EXISTS"), "an earlier file");
        before = snapshot();
        stdin = System.in;
        System.setIn(new ByteArrayInputStream(new byte[0])); // code --jsonl reads it: never the build's own
    }

    @AfterAll
    static void restoreStdin() {
        System.setIn(stdin);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // the command itself
                c(2, "unknown command 'nosuch'", "nosuch"),
                // unknown option, for every command
                c(2, "unknown option --bogus", "serve", "--data", "MISSING", "--bogus"),
                c(2, "unknown option --bogus", "mse", "TABLE", "--bogus"),
                c(2, "unknown option --bogus", "link", "--id", "id", "PEOPLE", "--bogus"),
                c(2, "unknown option --bogus", "code", "--jsonl", "--bogus"),
                c(2, "unknown option --bogus", "eval-coding", "GOLD", "--bogus"),
                c(2, "unknown option --bogus", "search", "--data", "DATA", "--bogus", "q"),
                c(2, "unknown option --bogus", "reindex", "--data", "DATA", "--bogus"),
                c(2, "unknown option --bogus", "update-thesaurus", "--data", "DATA", "--bogus"),
                c(2, "unknown option --bogus", "audit", "verify", "--data", "DATA", "--bogus"),
                c(2, "unknown option --bogus", "files", "verify", "--data", "DATA", "--bogus"),
                c(2, "unknown option --bogus", "backup", "--data", "DATA", "--out", "NO_FOLDER/x", "--bogus"),
                c(2, "unknown option --bogus", "restore", "EXISTS", "--data", "MISSING", "--bogus"),
                c(2, "unknown option --bogus", "report", "--data", "DATA", "--out", "NO_FOLDER/x", "--bogus"),
                c(2, "unknown option --bogus", "export", "--data", "DATA", "--format", "csv", "--out", "NO_FOLDER/x", "--bogus"),
                c(2, "unknown option --bogus", "import", "--data", "DATA", "EXISTS", "--bogus"),
                c(2, "unknown option --bogus", "bench", "link", "--records", "10", "--bogus"),
                c(2, "unknown option --dryrun", "import", "--data", "DATA", "--dryrun", "EXISTS"),
                // an option without its value: at the end, or followed by another option
                c(2, "--port needs a value", "serve", "--data", "MISSING", "--port"),
                c(2, "--seed needs a value", "mse", "TABLE", "--seed"),
                c(2, "--id needs a value", "link", "PEOPLE", "--id"),
                c(2, "--page needs a value", "search", "--data", "DATA", "q", "--page"),
                c(2, "--data needs a value", "reindex", "--data"),
                c(2, "--data needs a value", "update-thesaurus", "--data"),
                c(2, "--data needs a value", "audit", "verify", "--data"),
                c(2, "--data needs a value", "files", "verify", "--data"),
                c(2, "--out needs a value", "backup", "--data", "DATA", "--out"),
                c(2, "--keys needs a value", "restore", "EXISTS", "--data", "MISSING", "--keys"),
                c(2, "--out needs a value", "report", "--out", "--data", "DATA"),
                c(2, "--out needs a value", "export", "--data", "DATA", "--out", "--format", "csv"),
                c(2, "--encoding needs a value", "import", "--data", "DATA", "EXISTS", "--encoding"),
                c(2, "--records needs a value", "bench", "link", "--records"),
                // a value given to a flag
                c(2, "--json takes no value", "mse", "TABLE", "--json=yes"),
                c(2, "--dry-run takes no value", "import", "--data", "DATA", "--dry-run=no", "EXISTS"),
                // the same option twice
                c(2, "--port is given twice", "serve", "--data", "MISSING", "--port", "1", "--port", "2"),
                c(2, "--seed is given twice", "mse", "TABLE", "--seed", "1", "--seed", "2"),
                c(2, "--id is given twice", "link", "--id", "id", "--id", "name", "PEOPLE"),
                c(2, "--jsonl is given twice", "code", "--jsonl", "--jsonl"),
                c(2, "--misses is given twice", "eval-coding", "GOLD", "--misses", "--misses"),
                c(2, "--data is given twice", "search", "--data", "DATA", "--data", "MISSING", "q"),
                c(2, "--data is given twice", "reindex", "--data", "DATA", "--data=OTHER_FOLDER"),
                c(2, "--data is given twice", "audit", "verify", "--data", "DATA", "--data", "DATA"),
                c(2, "--out is given twice", "backup", "--data", "DATA", "--out", "EXISTS", "--out", "NO_FOLDER/x"),
                c(2, "--out is given twice", "export", "--data", "DATA", "--format", "csv", "--out", "EXISTS", "--out",
                        "NO_FOLDER/x"),
                c(2, "--lang is given twice", "report", "--data", "DATA", "--lang", "en", "--lang", "ko"),
                c(2, "--source is given twice", "import", "--data", "DATA", "--source", "a", "--source", "b", "EXISTS"),
                c(2, "--records is given twice", "bench", "link", "--records", "1", "--records", "2"),
                // numbers: letters, negative, zero, too large
                c(2, "--port takes a whole number, not 'http'", "serve", "--data", "MISSING", "--port", "http"),
                c(2, "--port must be at least 0, not -1", "serve", "--data", "MISSING", "--port", "-1"),
                c(2, "--port must be at most 65535, not 99999", "serve", "--data", "MISSING", "--port", "99999"),
                c(2, "--port is out of range: 99999999999", "serve", "--data", "MISSING", "--port", "99999999999"),
                c(2, "--seed takes a whole number, not 'abc'", "mse", "TABLE", "--seed", "abc"),
                c(2, "--bootstrap must be at least 0, not -1", "mse", "TABLE", "--bootstrap", "-1"),
                c(2, "--bootstrap is out of range", "mse", "TABLE", "--bootstrap", "99999999999"),
                c(2, "--samples needs at least 10", "mse", "TABLE", "--method", "lcmcr", "--samples", "0"),
                c(2, "--classes 1 to 100", "mse", "TABLE", "--method", "lcmcr", "--classes", "0"),
                c(2, "--method is loglinear or lcmcr, not 'fast'", "mse", "TABLE", "--method", "fast"),
                c(2, "--threshold takes a probability between 0 and 1, not 'abc'", "link", "--id", "id", "--threshold", "abc",
                        "PEOPLE"),
                c(2, "--threshold takes a probability between 0 and 1, not '0'", "link", "--id", "id", "--threshold", "0",
                        "PEOPLE"),
                c(2, "--threshold takes a probability between 0 and 1, not '99999999999'", "link", "--id", "id",
                        "--threshold", "99999999999", "PEOPLE"),
                c(2, "--page must be at least 1, not 0", "search", "--data", "DATA", "--page", "0", "q"),
                c(2, "--page takes a whole number, not 'two'", "search", "--data", "DATA", "--page", "two", "q"),
                c(2, "--page is out of range", "search", "--data", "DATA", "--page", "99999999999", "q"),
                c(2, "--sort takes relevance, newest or oldest", "search", "--data", "DATA", "--sort", "best", "q"),
                c(2, "--k: write a whole number", "report", "--data", "DATA", "--out", "r.pdf", "--k", "abc"),
                c(2, "--k: must be between 2 and 100", "report", "--data", "DATA", "--out", "r.pdf", "--k", "0"),
                c(2, "--k: write a whole number", "report", "--data", "DATA", "--out", "r.pdf", "--k", "-5"),
                c(2, "--from: write a year", "report", "--data", "DATA", "--out", "r.pdf", "--from", "99999999999"),
                c(2, "--lang takes en or ko, not 'fr'", "report", "--data", "DATA", "--out", "r.pdf", "--lang", "fr"),
                c(2, "--format must be csv, xlsx, json or uwazi-csv", "export", "--data", "DATA", "--format", "pdf", "--out",
                        "x.pdf"),
                c(2, "--lang must be en or ko", "export", "--data", "DATA", "--format", "csv", "--out", "x.csv", "--lang", "fr"),
                c(2, "--encoding names no known encoding", "import", "--data", "DATA", "--encoding", "klingon", "EXISTS"),
                c(2, "--records takes a whole number, not 'many'", "bench", "link", "--records", "many"),
                c(2, "--records must be at least 1, not -5", "bench", "link", "--records", "-5"),
                c(2, "--records is out of range", "bench", "link", "--records", "99999999999"),
                c(2, "--rows must be at least 1, not 0", "bench", "import", "--rows", "0"),
                c(2, "--mb must be at least 1, not 0", "bench", "coding", "--mb", "0"),
                c(2, "--lang takes en, ko or mixed, not 'fr'", "bench", "coding", "--mb", "1", "--lang", "fr"),
                c(2, "--passages must be at least 1, not 0", "bench", "search", "--passages", "0"),
                c(2, "--errors must be at least 0, not -1", "bench", "link-eval", "--errors", "-1"),
                // conflicting options
                c(2, "--samples does not apply to --method loglinear", "mse", "TABLE", "--samples", "100"),
                c(2, "--main-effects does not apply to --method lcmcr", "mse", "TABLE", "--method", "lcmcr", "--main-effects"),
                c(2, "--to: the period ends before it starts", "report", "--data", "DATA", "--out", "r.pdf", "--from", "2010",
                        "--to", "2000"),
                // too few or too many arguments
                c(2, "unexpected argument 'now'", "serve", "--data", "MISSING", "now"),
                c(2, "name at least one capture-history CSV file", "mse"),
                c(2, "give one file to deduplicate or two to link", "link", "--id", "id"),
                c(2, "give one file to deduplicate or two to link", "link", "--id", "id", "PEOPLE", "PEOPLE", "PEOPLE"),
                c(2, "--id COLUMN is required", "link", "PEOPLE"),
                c(2, "only --jsonl input is supported", "code"),
                c(2, "unexpected argument 'PEOPLE'", "code", "--jsonl", "PEOPLE"),
                c(2, "give one gold file", "eval-coding"),
                c(2, "give one gold file", "eval-coding", "GOLD", "GOLD"),
                c(2, "give a query", "search", "--data", "DATA"),
                c(2, "unexpected argument 'everything'", "reindex", "--data", "DATA", "everything"),
                c(2, "unexpected argument 'all'", "update-thesaurus", "--data", "DATA", "all"),
                c(2, "say what to do: audit verify", "audit", "--data", "DATA"),
                c(2, "say what to do: audit verify", "audit", "verify", "now", "--data", "DATA"),
                c(2, "say what to do: files verify", "files", "--data", "DATA"),
                c(2, "say what to do: files verify", "files", "check", "--data", "DATA"),
                c(2, "--out FILE is required", "backup", "--data", "DATA"),
                c(2, "unexpected argument 'EXISTS'", "backup", "--data", "DATA", "--out", "b.rbk", "EXISTS"),
                c(2, "name one backup file", "restore", "--data", "MISSING"),
                c(2, "name one backup file", "restore", "EXISTS", "EXISTS", "--data", "MISSING"),
                c(2, "--data EMPTY_DIR is required", "restore", "EXISTS"),
                c(2, "give --out FILE.pdf or FILE.html", "report", "--data", "DATA"),
                c(2, "unexpected argument 'EXISTS'", "report", "--data", "DATA", "--out", "r.pdf", "EXISTS"),
                c(2, "--format is required", "export", "--data", "DATA", "--out", "x.csv"),
                c(2, "--out FILE is required", "export", "--data", "DATA", "--format", "csv"),
                c(2, "unexpected argument 'EXISTS'", "export", "--data", "DATA", "--format", "csv", "--out", "x.csv", "EXISTS"),
                c(2, "name one file to import", "import", "--data", "DATA"),
                c(2, "name one file to import", "import", "--data", "DATA", "EXISTS", "EXISTS"),
                c(2, "name a benchmark", "bench"),
                c(2, "name a benchmark", "bench", "everything"),
                c(2, "unexpected argument 'fast'", "bench", "link", "fast", "--records", "0"),
                // a --data folder that does not exist, is empty, or holds something else
                c(2, "no data folder at MISSING", "search", "--data", "MISSING", "q"),
                c(2, "no search index in EMPTY_FOLDER/index", "search", "--data", "EMPTY_FOLDER", "q"),
                c(2, "no data folder at MISSING", "reindex", "--data", "MISSING"),
                c(2, "no data folder at MISSING", "update-thesaurus", "--data", "MISSING"),
                c(2, "no data folder at MISSING", "audit", "verify", "--data", "MISSING"),
                c(2, "no data folder at MISSING", "files", "verify", "--data", "MISSING"),
                c(2, "no data folder at MISSING", "backup", "--data", "MISSING", "--out", "b.rbk"),
                c(2, "no data folder at MISSING", "report", "--data", "MISSING", "--out", "r.pdf"),
                c(2, "no data folder at MISSING", "export", "--data", "MISSING", "--format", "csv", "--out", "x.csv"),
                c(2, "no data folder at MISSING", "import", "--data", "MISSING", "PEOPLE"),
                c(2, "EMPTY_FOLDER is not a Recourse data folder", "reindex", "--data", "EMPTY_FOLDER"),
                c(2, "EMPTY_FOLDER is not a Recourse data folder", "update-thesaurus", "--data", "EMPTY_FOLDER"),
                c(2, "EMPTY_FOLDER is not a Recourse data folder", "audit", "verify", "--data", "EMPTY_FOLDER"),
                c(2, "EMPTY_FOLDER is not a Recourse data folder", "files", "verify", "--data", "EMPTY_FOLDER"),
                c(2, "EMPTY_FOLDER is not a Recourse data folder", "backup", "--data", "EMPTY_FOLDER", "--out", "b.rbk"),
                c(2, "EMPTY_FOLDER is not a Recourse data folder", "report", "--data", "EMPTY_FOLDER", "--out", "r.pdf"),
                c(2, "EMPTY_FOLDER is not a Recourse data folder", "export", "--data", "EMPTY_FOLDER", "--format", "csv",
                        "--out", "x.csv"),
                c(2, "OTHER_FOLDER is not a Recourse data folder", "report", "--data", "OTHER_FOLDER", "--out", "r.pdf"),
                c(2, "OTHER_FOLDER is not a Recourse data folder", "import", "--data", "OTHER_FOLDER", "PEOPLE"),
                // an output path that cannot be written
                c(2, "--out NO_FOLDER/x: there is no folder", "backup", "--data", "DATA", "--out", "NO_FOLDER/x"),
                c(2, "--out FOLDER is a folder", "backup", "--data", "DATA", "--out", "FOLDER"),
                c(2, "--out NO_FOLDER/x.pdf: there is no folder", "report", "--data", "DATA", "--out", "NO_FOLDER/x.pdf"),
                c(2, "--out FOLDER is a folder", "report", "--data", "DATA", "--out", "FOLDER"),
                c(2, "--out must end in .pdf or .html, not 'EXISTS'", "report", "--data", "DATA", "--out", "EXISTS"),
                c(2, "--out NO_FOLDER/x: there is no folder", "export", "--data", "DATA", "--format", "csv", "--out",
                        "NO_FOLDER/x"),
                c(2, "--out FOLDER is a folder", "export", "--data", "DATA", "--format", "csv", "--out", "FOLDER"),
                // an input file that is missing, a folder, empty, binary or not UTF-8
                c(1, "MISSING (no such file)", "mse", "MISSING"),
                c(1, "FOLDER (is a folder, not a file)", "mse", "FOLDER"),
                c(1, "EMPTY line 1 (the file is empty", "mse", "EMPTY"),
                c(1, "BINARY (is not UTF-8 text", "mse", "BINARY"),
                c(1, "PNG (is not UTF-8 text", "mse", "PNG"),
                c(1, "CP949 (is not UTF-8 text", "mse", "CP949"),
                c(1, "UTF16 (is not UTF-8 text", "mse", "UTF16"),
                c(1, "MISSING (no such file)", "link", "--id", "id", "MISSING"),
                c(1, "MISSING (no such file)", "link", "--id", "id", "PEOPLE", "MISSING"),
                c(1, "FOLDER (is a folder, not a file)", "link", "--id", "id", "FOLDER"),
                c(1, "EMPTY (the file is empty)", "link", "--id", "id", "EMPTY"),
                c(1, "BINARY (is not a text file", "link", "--id", "id", "BINARY"),
                c(1, "PNG (is not a text file", "link", "--id", "id", "PNG"),
                c(1, "UTF16 (is UTF-16 text", "link", "--id", "id", "UTF16"),
                c(1, "PEOPLE (no column 'nope'", "link", "--id", "nope", "PEOPLE"),
                c(1, "MISSING (no such file)", "link", "--id", "id", "--config", "MISSING", "PEOPLE"),
                c(1, "FOLDER (is a folder, not a file)", "link", "--id", "id", "--config", "FOLDER", "PEOPLE"),
                c(1, "BINARY (is not UTF-8 text", "link", "--id", "id", "--config", "BINARY", "PEOPLE"),
                c(1, "MISSING (no such file)", "eval-coding", "MISSING"),
                c(1, "FOLDER (is a folder, not a file)", "eval-coding", "FOLDER"),
                c(1, "EMPTY holds no gold passage", "eval-coding", "EMPTY"),
                c(1, "BINARY is not UTF-8 text", "eval-coding", "BINARY"),
                c(1, "PNG is not UTF-8 text", "eval-coding", "PNG"),
                c(1, "CP949 is not UTF-8 text", "eval-coding", "CP949"),
                c(1, "UTF16 is not UTF-8 text", "eval-coding", "UTF16"),
                c(1, "MISSING (no such file)", "restore", "MISSING", "--data", "EMPTY_FOLDER"),
                c(1, "FOLDER (is a folder, not a file)", "restore", "FOLDER", "--data", "EMPTY_FOLDER"),
                c(1, "MISSING (no such file)", "import", "--data", "DATA", "MISSING"),
                c(1, "FOLDER (is a folder, not a file)", "import", "--data", "DATA", "FOLDER"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("cases")
    void badInputIsRefusedWithAClearMessageAndNothingWritten(int code, String expected, List<String> argv)
            throws IOException {
        CliRun r = CliRun.of(argv.stream().map(CommandLineMalformedInputTests::path).toArray(String[]::new));
        String all = r.out() + r.err();
        assertThat(r.code()).as(all).isEqualTo(code);
        assertThat(r.err().replace(root + "/", "")).as(all).contains(expected);
        assertThat(all).doesNotContain("Exception", "\tat ", "at org.", "at java.", "failed:");
        assertThat(snapshot()).as("nothing written or changed").isEqualTo(before);
    }

    @Test
    void aCp949RecordFileIsReadAsKoreanNotAsLatin1() {
        CliRun r = CliRun.of("link", "--id", "name", root.resolve("CP949").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("김가명", "박가명");
    }

    /** The one part of the sweep that opens a collection: import reads a file's content inside the application. */
    @Test
    void importOfAnEmptyBinaryOrUnnamedFileIsToldAsSuchAndStoresNothing(@TempDir Path own) throws IOException {
        Path data = Files.createDirectories(own.resolve("data"));
        Path incidents = own.resolve("incidents.csv");
        Files.writeString(incidents, "title,date,violation\nFICTIONAL incident,2004,rape\n");
        assertThat(CliRun.of("import", "--data", data.toString(), incidents.toString()).code()).isZero();
        Path empty = Files.write(own.resolve("empty.csv"), new byte[0]);
        Path image = Files.copy(root.resolve("PNG"), own.resolve("image.csv"));
        Path unnamed = Files.copy(incidents, own.resolve("incidents"));
        Map<Path, String> expected = Map.of(empty, "the file is empty", image, "is not a text file", unnamed,
                "the file name has no extension; use csv, xlsx");
        for (Path file : List.of(empty, image, unnamed)) {
            CliRun r = CliRun.of("import", "--data", data.toString(), file.toString());
            assertThat(r.code()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).contains(expected.get(file)).doesNotContain("Exception", "\tat ", "column Title", "import .");
            assertThat(r.out()).doesNotContain("stored ");
        }
    }

    @Test
    void anOutputIsWrittenWholeOrNotAtAll() throws Exception {
        Path file = root.resolve("whole.csv");
        Files.writeString(file, "the earlier file");
        try {
            CommandLineFiles.writeWhole(file, o -> {
                o.write("half of a new fi".getBytes(StandardCharsets.UTF_8));
                throw new IOException("the disk is full");
            });
        } catch (IOException expected) {
            assertThat(expected).hasMessage("the disk is full");
        }
        assertThat(file).hasContent("the earlier file");
        assertThat(root.resolve("whole.csv.part")).doesNotExist();
        CommandLineFiles.writeWhole(file, o -> {
            o.write("the new file".getBytes(StandardCharsets.UTF_8));
            return file;
        });
        assertThat(file).hasContent("the new file");
        assertThat(root.resolve("whole.csv.part")).doesNotExist();
        Files.delete(file);
    }

    private static Arguments c(int code, String expected, String... argv) {
        return Arguments.of(code, expected, Arrays.asList(argv));
    }

    /** Replaces a token at the start of an argument (DATA, DATA/keys, NO_FOLDER/x.pdf) with its path. */
    private static String path(String arg) {
        for (String token : List.of("EMPTY_FOLDER", "OTHER_FOLDER", "NO_FOLDER", "DATA", "MISSING", "FOLDER", "EMPTY",
                "BINARY", "PNG", "CP949", "UTF16", "TABLE", "PEOPLE", "GOLD", "EXISTS")) {
            if (arg.startsWith(token)) {
                return root.resolve(token) + arg.substring(token.length());
            }
        }
        return arg.endsWith(".pdf") || arg.endsWith(".csv") || arg.endsWith(".rbk") ? root.resolve(arg).toString() : arg;
    }

    /** Every file and folder under the root, with each file's content. */
    private static Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                files.put(root.relativize(p).toString(), Files.isRegularFile(p)
                        ? java.util.HexFormat.of().formatHex(Files.readAllBytes(p)) : "folder");
            }
        }
        return files;
    }
}
