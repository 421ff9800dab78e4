package org.recourse.files.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recourse.files.DamagedFileException;
import org.recourse.files.FileTooLargeException;
import org.recourse.security.FileCipher;
import org.recourse.security.IdentityDestroyedException;
import org.recourse.security.KeyRing;
import org.recourse.security.KeySource;
import org.recourse.shared.InvalidInputException;

/** The encrypted, content-addressed files folder, attacked on disk: changed bytes, swapped files, cut files. */
class EncryptedFolderTests {

    private static final String MARKER = "FICTIONAL-RECORDING-MARKER-7Q";

    @TempDir
    Path dir;
    private Path root;
    private EncryptedFolder folder;
    private KeyRing keys;

    @BeforeEach
    void open() {
        keys = KeyRing.open(KeySource.of(dir.resolve("data"), Map.of(), true));
        root = dir.resolve("data/files");
        folder = new EncryptedFolder(root, new FileCipher(keys));
    }

    @Test
    void aFileComesBackByteForByteAndIsNeitherPlaintextNorContainsItOnDisk() throws IOException {
        byte[] plain = content(3_000_000, 1);
        WrittenFile w = folder.write(new ByteArrayInputStream(plain), Long.MAX_VALUE);

        assertThat(w.sha256()).isEqualTo(sha256(plain));
        assertThat(w.size()).isEqualTo(plain.length);
        Path stored = root.resolve(w.sha256().substring(0, 2)).resolve(w.sha256().substring(2));
        byte[] onDisk = Files.readAllBytes(stored);
        assertThat(onDisk).isNotEqualTo(plain);
        assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).doesNotContain(MARKER);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(folder.copyVerified(w.sha256(), out)).isEqualTo(plain.length);
        assertThat(out.toByteArray()).isEqualTo(plain);
    }

    @Test
    void theSameContentIsStoredOnce() throws IOException {
        byte[] plain = content(50_000, 2);
        WrittenFile first = folder.write(new ByteArrayInputStream(plain), Long.MAX_VALUE);
        WrittenFile second = folder.write(new ByteArrayInputStream(plain), Long.MAX_VALUE);

        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(folder.stored()).containsExactly(first.sha256());
    }

    @Test
    void aChangedByteAnywhereIsRefused() throws IOException {
        byte[] plain = content(2_500_000, 3);
        String sha = folder.write(new ByteArrayInputStream(plain), Long.MAX_VALUE).sha256();
        Path stored = root.resolve(sha.substring(0, 2)).resolve(sha.substring(2));
        byte[] original = Files.readAllBytes(stored);
        for (int at : new int[] {3, 20, 100, 3000, original.length / 2, original.length - 1}) {
            byte[] changed = original.clone();
            changed[at] ^= 0x01;
            Files.write(stored, changed);
            assertThat(folder.verifiedSize(sha)).as("byte " + at).isEmpty();
            assertThatThrownBy(() -> folder.copyVerified(sha, OutputStreamSink.INSTANCE)).as("byte " + at)
                    .isInstanceOf(DamagedFileException.class).hasMessageContaining(sha);
        }
        Files.write(stored, java.util.Arrays.copyOf(original, original.length - 100));
        assertThat(folder.verifiedSize(sha)).as("cut short").isEmpty();
        Files.write(stored, original);
        assertThat(folder.verifiedSize(sha)).hasValue(plain.length);
    }

    @Test
    void aFileSwappedForAnothersHashDoesNotOpen() throws IOException {
        String a = folder.write(new ByteArrayInputStream(content(10_000, 4)), Long.MAX_VALUE).sha256();
        String b = folder.write(new ByteArrayInputStream(content(10_000, 5)), Long.MAX_VALUE).sha256();
        Path pathA = root.resolve(a.substring(0, 2)).resolve(a.substring(2));
        Path pathB = root.resolve(b.substring(0, 2)).resolve(b.substring(2));
        Files.copy(pathA, pathB, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThat(folder.verifiedSize(b)).isEmpty();
        assertThat(folder.verifiedSize(a)).isPresent();
    }

    @Test
    void anotherInstallationsKeysCannotOpenAFile() throws IOException {
        String sha = folder.write(new ByteArrayInputStream(content(10_000, 6)), Long.MAX_VALUE).sha256();
        KeyRing theirs = KeyRing.open(KeySource.of(dir.resolve("theirs"), Map.of(), true));

        assertThat(new EncryptedFolder(root, new FileCipher(theirs)).verifiedSize(sha)).isEmpty();
    }

    @Test
    void aPersonsCopyIsStoredApartOpensWithTheirKeyAndIsDestroyedWithIt() throws IOException {
        UUID person = UUID.randomUUID();
        byte[] plain = content(40_000, 8);
        String sha = folder.write(new ByteArrayInputStream(plain), Long.MAX_VALUE, Optional.of(person)).sha256();
        folder.write(new ByteArrayInputStream(plain), Long.MAX_VALUE);
        FileCopy theirs = new FileCopy(sha, Optional.of(person));

        assertThat(folder.stored()).containsExactlyInAnyOrder(sha, "persons/" + person + "/" + sha);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        folder.copyVerified(theirs, out);
        assertThat(out.toByteArray()).isEqualTo(plain);

        keys.personKeys().destroy(person);
        assertThat(folder.check(theirs).keyDestroyed()).isTrue();
        assertThat(folder.check(theirs).intact()).isFalse();
        assertThat(folder.check(FileCopy.master(sha)).size()).as("the master-key copy is another file")
                .hasValue(plain.length);
        assertThatThrownBy(() -> folder.write(new ByteArrayInputStream(content(100, 9)), Long.MAX_VALUE,
                Optional.of(person))).isInstanceOf(IdentityDestroyedException.class);
        folder.removePerson(person);
        assertThat(folder.stored()).containsExactly(sha);
    }

    @Test
    void aCopyFiledUnderAnotherHolderIsRefusedAsDamaged() throws IOException {
        UUID person = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        String sha = folder.write(new ByteArrayInputStream(content(20_000, 10)), Long.MAX_VALUE, Optional.of(person))
                .sha256();
        Path theirs = root.resolve("persons/" + person + "/" + sha.substring(0, 2) + "/" + sha.substring(2));
        Path master = root.resolve(sha.substring(0, 2)).resolve(sha.substring(2));
        Path others = root.resolve("persons/" + other + "/" + sha.substring(0, 2) + "/" + sha.substring(2));
        Files.createDirectories(master.getParent());
        Files.createDirectories(others.getParent());
        Files.copy(theirs, master);
        Files.copy(theirs, others);

        assertThat(folder.check(FileCopy.master(sha))).isEqualTo(new CopyCheck(OptionalLong.empty(), false));
        assertThat(folder.check(new FileCopy(sha, Optional.of(other))).intact()).isFalse();
        assertThat(folder.check(new FileCopy(sha, Optional.of(person))).intact()).isTrue();
    }

    @Test
    void aMasterKeyCopyKeepsTheV34LayoutAndAPersonsSlotNamesThePerson() throws IOException {
        UUID person = UUID.randomUUID();
        String sha = folder.write(new ByteArrayInputStream(content(5_000, 11)), Long.MAX_VALUE).sha256();
        folder.write(new ByteArrayInputStream(content(5_000, 11)), Long.MAX_VALUE, Optional.of(person));
        byte[] masterCopy = Files.readAllBytes(root.resolve(sha.substring(0, 2)).resolve(sha.substring(2)));
        byte[] personCopy = Files.readAllBytes(root.resolve("persons/" + person + "/" + sha.substring(0, 2) + "/"
                + sha.substring(2)));

        assertThat(new String(masterCopy, 0, 16, StandardCharsets.US_ASCII)).isEqualTo("RECOURSE-FILE-1\n");
        assertThat((char) masterCopy[16 + 4]).as("the Tink JSON wrapped by the master key, as in V34").isEqualTo('{');
        assertThat(new String(personCopy, 20, 7 + 36, StandardCharsets.US_ASCII)).isEqualTo("person " + person);
    }

    @Test
    void tooLargeAndEmptyAreRefusedAndLeaveNothingBehind() throws IOException {
        assertThatThrownBy(() -> folder.write(new ByteArrayInputStream(content(100_001, 7)), 100_000))
                .isInstanceOf(FileTooLargeException.class);
        assertThatThrownBy(() -> folder.write(InputStream.nullInputStream(), 100_000))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> folder.write(failingAfter(70_000), 1_000_000)).isInstanceOf(IOException.class);

        assertThat(folder.stored()).isEmpty();
        assertThat(allFiles(root)).isEmpty();
    }

    /** Random bytes with a plain-text marker in the middle, as a recording's metadata might carry a name. */
    private static byte[] content(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        byte[] marker = MARKER.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(marker, 0, b, size / 2, marker.length);
        return b;
    }

    private static InputStream failingAfter(int bytes) {
        return new InputStream() {
            private int left = bytes;

            @Override
            public int read() throws IOException {
                if (left-- <= 0) {
                    throw new IOException("the client went away (test)");
                }
                return 7;
            }
        };
    }

    private static List<Path> allFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }
    }
}
