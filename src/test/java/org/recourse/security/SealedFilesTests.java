package org.recourse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backup container: round trip, and any changed byte refused before anything is written. */
class SealedFilesTests {

    @TempDir
    Path dir;

    @Test
    void aSealedFileOpensToTheSameBytesAndHidesThem() throws IOException {
        KeyRing keys = KeyRing.open(KeySource.of(dir.resolve("data"), Map.of(), true));
        Path plain = plain(3_000_000);
        Path sealed = dir.resolve("backup.sealed");
        SealedFiles.seal(keys, plain, sealed, Map.of("content", "test"));
        assertThat(new String(Files.readAllBytes(sealed), StandardCharsets.ISO_8859_1)).doesNotContain("fictional marker");
        Path opened = dir.resolve("opened");
        Map<String, String> header = SealedFiles.open(keys, sealed, opened);
        assertThat(Files.mismatch(plain, opened)).isEqualTo(-1);
        assertThat(header).containsEntry("content", "test").containsEntry("master-key", keys.masterKeyId());
    }

    @Test
    void aChangedByteAnywhereIsRefusedAndNothingIsWritten() throws IOException {
        KeyRing keys = KeyRing.open(KeySource.of(dir.resolve("data"), Map.of(), true));
        Path sealed = dir.resolve("backup.sealed");
        SealedFiles.seal(keys, plain(200_000), sealed, Map.of("content", "test"));
        byte[] original = Files.readAllBytes(sealed);
        int[] positions = {3, 40, 200, 700, original.length / 2, original.length - 1};
        for (int at : positions) {
            byte[] changed = original.clone();
            changed[at] ^= 0x01;
            Path tampered = dir.resolve("tampered-" + at);
            Files.write(tampered, changed);
            Path out = dir.resolve("out-" + at);
            assertThatThrownBy(() -> SealedFiles.open(keys, tampered, out)).as("byte " + at)
                    .isInstanceOf(KeyException.class).hasMessageContaining("nothing was restored");
            assertThat(out).as("byte " + at).doesNotExist();
        }
    }

    @Test
    void anotherInstallationsKeysCannotOpenIt() throws IOException {
        KeyRing ours = KeyRing.open(KeySource.of(dir.resolve("ours"), Map.of(), true));
        KeyRing theirs = KeyRing.open(KeySource.of(dir.resolve("theirs"), Map.of(), true));
        Path sealed = dir.resolve("backup.sealed");
        SealedFiles.seal(ours, plain(1000), sealed, Map.of());
        assertThatThrownBy(() -> SealedFiles.open(theirs, sealed, dir.resolve("out")))
                .hasMessageContaining("does not check");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    private Path plain(int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(7).nextBytes(bytes);
        byte[] marker = "fictional marker".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(marker, 0, bytes, 100, marker.length);
        Path p = dir.resolve("plain-" + size);
        Files.write(p, bytes);
        return p;
    }
}
