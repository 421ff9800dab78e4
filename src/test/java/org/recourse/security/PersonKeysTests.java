package org.recourse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-person keys: round trip, ciphertexts bound to person and field, tampering, and crypto-shredding. */
class PersonKeysTests {

    private static final byte[] NAME = "Kim Fictional 김가상".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path data;

    private final UUID person = UUID.randomUUID();

    @Test
    void aFieldDecryptsToWhatWasEncryptedAndTheKeyLivesInItsOwnWrappedFile() throws IOException {
        PersonKeys keys = ring().personKeys();
        assertThat(keys.exists(person)).isFalse();
        byte[] sealed = keys.encrypt(person, "legal_name", NAME);
        assertThat(keys.exists(person)).isTrue();
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Kim Fictional");
        assertThat(keys.decrypt(person, "legal_name", sealed)).isEqualTo(NAME);
        Path file = data.resolve("keys/persons/person-" + person + ".keyset.json");
        assertThat(Files.readString(file)).contains("encryptedKeyset");
        assertThat(ring().personKeys().decrypt(person, "legal_name", sealed)).as("after a restart").isEqualTo(NAME);
    }

    @Test
    void aCiphertextMovedToAnotherFieldOrAnotherPersonDoesNotOpen() {
        PersonKeys keys = ring().personKeys();
        UUID other = UUID.randomUUID();
        keys.encrypt(other, "legal_name", NAME);
        byte[] sealed = keys.encrypt(person, "legal_name", NAME);
        assertThatThrownBy(() -> keys.decrypt(person, "other_names", sealed)).isInstanceOf(KeyException.class)
                .hasMessageContaining("another person or field");
        assertThatThrownBy(() -> keys.decrypt(other, "legal_name", sealed)).isInstanceOf(KeyException.class)
                .hasMessageContaining("another person or field");
    }

    @Test
    void aKeysetFileCopiedOverAnotherPersonsDoesNotOpen() throws IOException {
        PersonKeys keys = ring().personKeys();
        UUID other = UUID.randomUUID();
        keys.encrypt(other, "legal_name", NAME);
        keys.encrypt(person, "legal_name", NAME);
        Path dir = data.resolve("keys/persons");
        Files.copy(dir.resolve("person-" + other + ".keyset.json"), dir.resolve("person-" + person + ".keyset.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> ring().personKeys().decrypt(person, "legal_name", new byte[40]))
                .isInstanceOf(KeyException.class).hasMessageContaining("cannot be opened with the master key");
    }

    @Test
    void aChangedByteInACiphertextIsRefusedWithAClearMessage() {
        PersonKeys keys = ring().personKeys();
        byte[] sealed = keys.encrypt(person, "phone", NAME);
        sealed[sealed.length - 3] ^= 0x01;
        assertThatThrownBy(() -> keys.decrypt(person, "phone", sealed)).isInstanceOf(KeyException.class)
                .isNotInstanceOf(IdentityDestroyedException.class)
                .hasMessage("an identifying field does not decrypt: it was changed, or it belongs to another person "
                        + "or field; nothing was shown");
    }

    @Test
    void destroyingTheKeyMakesEveryFieldUnrecoverableAndNoNewKeyIsMadeForThatPerson() throws IOException {
        PersonKeys keys = ring().personKeys();
        byte[] sealed = keys.encrypt(person, "legal_name", NAME);
        Path file = data.resolve("keys/persons/person-" + person + ".keyset.json");
        byte[] before = Files.readAllBytes(file);
        var at = keys.destroy(person);
        assertThat(file).doesNotExist();
        assertThat(keys.exists(person)).isFalse();
        assertThat(keys.destroyedAt(person)).contains(at);
        for (PersonKeys k : new PersonKeys[] {keys, ring().personKeys()}) {
            assertThatThrownBy(() -> k.decrypt(person, "legal_name", sealed))
                    .isInstanceOf(IdentityDestroyedException.class).hasMessageContaining("unrecoverable");
            assertThatThrownBy(() -> k.encrypt(person, "legal_name", NAME)).isInstanceOf(IdentityDestroyedException.class);
        }
        assertThat(keys.destroy(person)).as("repeating changes nothing").isEqualTo(at);
        // Even with the old keyset file put back from a copy, the note keeps the person shredded in this folder.
        Files.write(file, before);
        assertThatThrownBy(() -> ring().personKeys().decrypt(person, "legal_name", sealed))
                .isInstanceOf(IdentityDestroyedException.class);
    }

    @Test
    void aPersonWhoseKeyIsMissingWithoutANoteCannotBeReadEither() throws IOException {
        byte[] sealed = ring().personKeys().encrypt(person, "legal_name", NAME);
        Files.delete(data.resolve("keys/persons/person-" + person + ".keyset.json"));
        IdentityDestroyedException e = org.junit.jupiter.api.Assertions.assertThrows(IdentityDestroyedException.class,
                () -> ring().personKeys().decrypt(person, "legal_name", sealed));
        assertThat(e.destroyedAt()).isEmpty();
    }

    @Test
    void errorMessagesNeverCarryThePlaintext() {
        PersonKeys keys = ring().personKeys();
        byte[] sealed = keys.encrypt(person, "legal_name", NAME);
        keys.destroy(person);
        assertThatThrownBy(() -> keys.decrypt(person, "legal_name", sealed)).message().doesNotContain("Kim", "김");
    }

    private KeyRing ring() {
        return KeyRing.open(new KeySource(data.resolve("keys"), Optional.empty(), Optional.empty(), true));
    }
}
