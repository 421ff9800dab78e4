package org.recourse.files.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.recourse.files.DamagedFileException;
import org.recourse.files.FileTooLargeException;
import org.recourse.security.FileCipher;
import org.recourse.security.KeyException;
import org.recourse.shared.InvalidInputException;

/**
 * The files folder: {@code files/ab/cdef...} named by the SHA-256 of the plaintext. Each file is
 * a magic line, a fixed slot holding the file's own key (wrapped by the master key for this
 * hash), then the content in Tink streaming-AEAD segments. The key slot is filled after the
 * content, when the hash is known; the file is written under {@code files/.incoming},
 * fsynced, then renamed into place, so a file at a hash's path is always complete.
 */
public final class EncryptedFolder {

    static final byte[] MAGIC = "RECOURSE-FILE-1\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    static final int KEY_SLOT = 2048;
    static final String INCOMING = ".incoming";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 1 << 16;

    private final Path root;
    private final FileCipher cipher;

    public EncryptedFolder(Path root, FileCipher cipher) {
        this.root = root;
        this.cipher = cipher;
    }

    /** A file now stored: its hash, plaintext size, and whether this call added it (false: it was there already). */
    public record Written(String sha256, long size, boolean created) {
    }

    public Written write(InputStream content, long maxBytes) throws IOException {
        Path temp = Files.createTempFile(Files.createDirectories(root.resolve(INCOMING)), "upload-", ".part");
        try {
            Written w = encryptInto(temp, content, maxBytes);
            Path target = path(w.sha256());
            if (Files.exists(target)) {
                return new Written(w.sha256(), w.size(), false);
            }
            Files.createDirectories(target.getParent());
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return w;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private Written encryptInto(Path temp, InputStream content, long maxBytes) throws IOException {
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(MAGIC));
            ch.write(ByteBuffer.allocate(KEY_SLOT));
            FileCipher.Encryption encryption = cipher.start();
            MessageDigest sha = sha256();
            long size;
            try (OutputStream out = encryption.encrypting(new BufferedOutputStream(Channels.newOutputStream(ch), BUFFER))) {
                size = copy(content, out, sha, maxBytes);
            }
            if (size == 0) {
                throw new InvalidInputException("file", "is empty: choose a file with content");
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            byte[] wrapped = encryption.wrappedKey(hash);
            if (wrapped.length > KEY_SLOT - 4) {
                throw new IllegalStateException("a wrapped file key does not fit its slot");
            }
            ByteBuffer slot = ByteBuffer.allocate(KEY_SLOT).putInt(wrapped.length).put(wrapped).clear();
            ch.write(slot, MAGIC.length);
            ch.force(true);
            return new Written(hash, size, true);
        }
    }

    private static long copy(InputStream in, OutputStream out, MessageDigest sha, long maxBytes) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long size = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            size += n;
            if (size > maxBytes) {
                throw new FileTooLargeException(maxBytes);
            }
            sha.update(buffer, 0, n);
            out.write(buffer, 0, n);
        }
        return size;
    }

    /**
     * Decrypts the file into {@code out}, re-hashing as it goes; returns the plaintext size.
     *
     * @throws DamagedFileException when the file is missing, does not decrypt, or its content has another hash
     * @throws IOException only when writing to {@code out} fails
     */
    public long copyVerified(String sha256, OutputStream out) throws IOException {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[BUFFER];
        long size = 0;
        try (InputStream in = open(sha256)) {
            for (int n; (n = read(in, buffer, sha256)) >= 0; ) {
                sha.update(buffer, 0, n);
                out.write(buffer, 0, n);
                size += n;
            }
        }
        if (!HexFormat.of().formatHex(sha.digest()).equals(sha256)) {
            throw new DamagedFileException(sha256);
        }
        return size;
    }

    /** Decrypts and re-hashes without writing anything: the plaintext size, or empty when the file is damaged. */
    public OptionalLong verifiedSize(String sha256) {
        try {
            return OptionalLong.of(copyVerified(sha256, OutputStream.nullOutputStream()));
        } catch (DamagedFileException | IOException e) {
            return OptionalLong.empty();
        }
    }

    public boolean exists(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    /** Deletes a file this process just added, when its row could not be written. */
    public void remove(String sha256) throws IOException {
        Files.deleteIfExists(path(sha256));
    }

    /** The hashes of every file in the folder (anything else found there is named by its relative path). */
    public List<String> stored() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.startsWith(INCOMING + "/"))
                    .map(name -> name.length() == 65 && name.charAt(2) == '/' ? name.substring(0, 2) + name.substring(3) : name)
                    .sorted().toList();
        }
    }

    public static boolean isSha256(String s) {
        return SHA256.matcher(s).matches();
    }

    private InputStream open(String sha256) {
        Path p = path(sha256);
        try {
            InputStream raw = new BufferedInputStream(Files.newInputStream(p), BUFFER);
            byte[] magic = raw.readNBytes(MAGIC.length);
            ByteBuffer slot = ByteBuffer.wrap(raw.readNBytes(KEY_SLOT));
            int length = slot.remaining() == KEY_SLOT ? slot.getInt() : -1;
            if (!MessageDigest.isEqual(magic, MAGIC) || length <= 0 || length > KEY_SLOT - 4) {
                raw.close();
                throw new DamagedFileException(sha256);
            }
            byte[] wrapped = new byte[length];
            slot.get(wrapped);
            return decrypting(raw, wrapped, sha256);
        } catch (IOException e) {
            throw new DamagedFileException(sha256);
        }
    }

    private InputStream decrypting(InputStream raw, byte[] wrapped, String sha256) throws IOException {
        try {
            return cipher.decrypting(raw, wrapped, sha256);
        } catch (KeyException e) {
            raw.close();
            throw new DamagedFileException(sha256);
        }
    }

    private static int read(InputStream in, byte[] buffer, String sha256) {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw new DamagedFileException(sha256);
        }
    }

    private Path path(String sha256) {
        if (!isSha256(sha256)) {
            throw new IllegalArgumentException("not a SHA-256 in hex");
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
