package org.recourse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attacks on the keys folder: wrong, missing, corrupted or swapped keys are refused and change nothing. */
class KeyRingTests {

    private static final byte[] AD = "persons/p-1/legal_name".getBytes(StandardCharsets.UTF_8);
    private static final byte[] FICTIONAL = "Kim Fictional".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path data;

    @Test
    void theFirstStartWritesAKeyFileOnlyItsOwnerCanRead() throws IOException {
        KeyRing.open(fileSource(true));
        Path keys = data.resolve("keys");
        assertThat(Files.size(keys.resolve("master.key"))).isEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve("master.key"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys))).isEqualTo("rwx------");
        assertThat(keys.resolve("data.keyset.json")).exists();
        assertThat(Files.readString(keys.resolve("signing.keyset.json"))).contains("encryptedKeyset");
    }

    @Test
    void reopenedKeysDecryptAndVerifyWhatTheFirstOpeningMade() {
        KeyRing first = KeyRing.open(fileSource(true));
        byte[] ciphertext = first.dataKeys().encrypt(FICTIONAL, AD);
        byte[] signature = first.signer().sign(FICTIONAL);
        KeyRing again = KeyRing.open(fileSource(false));
        assertThat(again.dataKeys().decrypt(ciphertext, AD)).isEqualTo(FICTIONAL);
        assertThat(again.verifier().verify(FICTIONAL, signature)).isTrue();
        assertThat(again.masterKeyId()).isEqualTo(first.masterKeyId());
    }

    @Test
    void aChangedCiphertextOrAnotherRecordsAssociatedDataDoesNotDecrypt() {
        DataKeys keys = KeyRing.open(fileSource(true)).dataKeys();
        byte[] ciphertext = keys.encrypt(FICTIONAL, AD);
        byte[] changed = ciphertext.clone();
        changed[changed.length - 3] ^= 1;
        assertThatThrownBy(() -> keys.decrypt(changed, AD)).isInstanceOf(KeyException.class)
                .hasMessageNotContaining("Kim");
        assertThatThrownBy(() -> keys.decrypt(ciphertext, "persons/p-2/legal_name".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(KeyException.class);
        assertThat(new String(ciphertext, StandardCharsets.ISO_8859_1)).doesNotContain("Kim");
    }

    @Test
    void aCorruptedKeyFileIsRefusedAndNothingChanges() throws IOException {
        KeyRing.open(fileSource(true));
        Path key = data.resolve("keys/master.key");
        byte[] bytes = Files.readAllBytes(key);
        bytes[7] ^= 0x20;
        Files.write(key, bytes);
        Map<String, String> before = snapshot();
        assertThatThrownBy(() -> KeyRing.open(fileSource(true))).isInstanceOf(KeyException.class)
                .hasMessageContaining("does not match this data folder's keys");
        Files.write(key, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> KeyRing.open(fileSource(true))).hasMessageContaining("is corrupted");
        Files.write(key, bytes);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aMissingKeyFileIsRefusedAndNotReplaced() throws IOException {
        KeyRing.open(fileSource(true));
        Files.delete(data.resolve("keys/master.key"));
        assertThatThrownBy(() -> KeyRing.open(fileSource(true))).isInstanceOf(KeyException.class)
                .hasMessageContaining("master.key is missing");
        assertThat(data.resolve("keys/master.key")).doesNotExist();
    }

    @Test
    void aWrongPassphraseIsRefusedAndNothingChanges() throws IOException {
        KeyRing right = KeyRing.open(passphraseSource("correct horse battery staple (fictional)", true));
        assertThat(data.resolve("keys/passphrase.salt")).exists();
        assertThat(data.resolve("keys/master.key")).doesNotExist();
        Map<String, String> before = snapshot();
        assertThatThrownBy(() -> KeyRing.open(passphraseSource("correct horse battery stapler", true)))
                .isInstanceOf(KeyException.class).hasMessageContaining("wrong passphrase")
                .hasMessageNotContaining("stapler");
        assertThatThrownBy(() -> KeyRing.open(fileSource(true))).hasMessageContaining("set RECOURSE_PASSPHRASE");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(KeyRing.open(passphraseSource("correct horse battery staple (fictional)", false)).masterKeyId())
                .isEqualTo(right.masterKeyId());
    }

    @Test
    void aKeyFileFolderGivenAPassphraseSaysSo() {
        KeyRing.open(fileSource(true));
        assertThatThrownBy(() -> KeyRing.open(passphraseSource("anything at all", true)))
                .hasMessageContaining("unset RECOURSE_PASSPHRASE");
    }

    @Test
    void aCorruptedOrSwappedKeysetIsRefused() throws IOException {
        KeyRing.open(fileSource(true));
        Path keys = data.resolve("keys");
        String dataKeyset = Files.readString(keys.resolve("data.keyset.json"));
        Files.copy(keys.resolve("signing.keyset.json"), keys.resolve("data.keyset.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> KeyRing.open(fileSource(false))).isInstanceOf(KeyException.class)
                .hasMessageContaining("data.keyset.json").hasMessageContaining("corrupted");
        int at = dataKeyset.indexOf("\"encryptedKeyset\"") + 30;
        char flipped = dataKeyset.charAt(at) == 'A' ? 'B' : 'A';
        Files.writeString(keys.resolve("data.keyset.json"), dataKeyset.substring(0, at) + flipped + dataKeyset.substring(at + 1));
        assertThatThrownBy(() -> KeyRing.open(fileSource(false))).hasMessageContaining("data.keyset.json");
    }

    @Test
    void anEmptyKeysFolderIsNotFilledWhenCreatingIsNotAllowed() {
        assertThatThrownBy(() -> KeyRing.open(fileSource(false))).isInstanceOf(KeyException.class)
                .hasMessageContaining("there are no keys");
        assertThat(data.resolve("keys")).doesNotExist();
    }

    @Test
    void anotherInstallationsSignatureDoesNotVerify(@TempDir Path other) {
        KeyRing ours = KeyRing.open(fileSource(true));
        KeyRing theirs = KeyRing.open(KeySource.of(other, Map.of(), true));
        byte[] forged = theirs.signer().sign(FICTIONAL);
        assertThat(ours.verifier().verify(FICTIONAL, forged)).isFalse();
        assertThat(ours.verifier().verify(FICTIONAL, ours.signer().sign(FICTIONAL))).isTrue();
    }

    private KeySource fileSource(boolean create) {
        return KeySource.of(data, Map.of(), create);
    }

    private KeySource passphraseSource(String passphrase, boolean create) {
        return new KeySource(data.resolve("keys"), Optional.empty(), Optional.of(passphrase), create);
    }

    /** Every file under the data folder with its bytes, to prove a refusal changed nothing. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(data)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(data.relativize(p).toString(), java.util.HexFormat.of().formatHex(Files.readAllBytes(p)));
            }
        }
        return files;
    }
}
