package org.recourse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recourse.support.DataFolders;
import org.recourse.support.RecourseProcess;
import org.recourse.support.RecourseProcess.Run;

/**
 * {@code ./recourse serve} as its own process with a wrong passphrase, without one, with a
 * missing or corrupted key file, or without the keys folder: it refuses to start, says why in
 * one line, and leaves the data folder as it was. All data fictional.
 */
class StartWithWrongKeysScenarioTests {

    private static final String PASSPHRASE = "a fictional operator passphrase for tests";

    @Test
    void aWrongOrMissingPassphraseStopsTheStartAndChangesNothing() throws Exception {
        Path data = DataFolders.create(base().resolve("data"), 5, "recourse.security.passphrase=" + PASSPHRASE);
        assertThat(data.resolve("keys/passphrase.salt")).exists();
        assertThat(data.resolve("keys/master.key")).doesNotExist();
        Map<String, String> before = DataFolders.files(data);

        Run wrong = recourse(Map.of("RECOURSE_PASSPHRASE", PASSPHRASE + "!"), "serve", "--data", data.toString(), "--port", "0");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.output()).contains("wrong passphrase").doesNotContain(PASSPHRASE);
        Run none = recourse(Map.of(), "serve", "--data", data.toString(), "--port", "0");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.output()).contains("set RECOURSE_PASSPHRASE");
        assertThat(DataFolders.files(data)).isEqualTo(before);

        Run right = recourse(Map.of("RECOURSE_PASSPHRASE", PASSPHRASE), "audit", "verify", "--data", data.toString());
        assertThat(right.code()).as(right.output()).isZero();
    }

    @Test
    void aMissingOrCorruptedKeyFileStopsTheStartAndChangesNothing() throws Exception {
        Path data = DataFolders.create(base().resolve("data"), 5);
        Path key = data.resolve("keys/master.key");
        byte[] good = Files.readAllBytes(key);
        Files.delete(key);
        Map<String, String> before = DataFolders.files(data);
        Run missing = recourse(Map.of(), "serve", "--data", data.toString(), "--port", "0");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.output()).contains("master.key is missing");
        assertThat(DataFolders.files(data)).isEqualTo(before);

        byte[] corrupted = good.clone();
        corrupted[0] ^= 0x40;
        Files.write(key, corrupted);
        before = DataFolders.files(data);
        Run wrong = recourse(Map.of(), "serve", "--data", data.toString(), "--port", "0");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.output()).contains("does not match this data folder's keys");
        assertThat(DataFolders.files(data)).isEqualTo(before);
    }

    @Test
    void aLostKeysFolderIsNotReplacedByNewKeys() throws Exception {
        Path data = DataFolders.create(base().resolve("data"), 5);
        var rows = DataFolders.allRows(data);
        DataFolders.copy(data.resolve("keys"), data.resolveSibling("key-backup"));
        for (Path p : Files.list(data.resolve("keys")).toList()) {
            Files.delete(p);
        }
        Files.delete(data.resolve("keys"));
        Run run = recourse(Map.of(), "serve", "--data", data.toString(), "--port", "0");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.output()).contains("holds no keys, but this database was signed");
        assertThat(data.resolve("keys/keyring.properties")).doesNotExist();
        assertThat(DataFolders.allRows(data)).isEqualTo(rows);
    }

    private static Path base() throws IOException {
        return Files.createDirectories(Path.of("target/test-data/keys-" + System.nanoTime()));
    }

    private static Run recourse(Map<String, String> env, String... args) throws Exception {
        return RecourseProcess.run(env, args);
    }
}
