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
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.recourse.files.DamagedFileException;
import org.recourse.files.FileTooLargeException;
import org.recourse.security.FileCipher;
import org.recourse.security.IdentityDestroyedException;
import org.recourse.security.KeyException;
import org.recourse.shared.InvalidInputException;

/**
 * The files folder: {@code files/ab/cdef...} named by the SHA-256 of the plaintext, for copies
 * whose key the master key wraps, and {@code files/persons/<person id>/ab/cdef...} for copies
 * whose key a person's key wraps (so one content may be stored once per key holder, and a
 * person's copies are one folder to remove). Each file is a magic line, a fixed slot holding
 * the file's own key (wrapped for this hash, see {@link FileCipher}), then the content in Tink
 * streaming-AEAD segments. The key slot is filled after the content, when the hash is known;
 * the file is written under {@code files/.incoming}, fsynced, then renamed into place, so a file
 * at a copy's path is always complete.
 */
public final class EncryptedFolder {

    static final byte[] MAGIC = "RECOURSE-FILE-1\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    static final int KEY_SLOT = 2048;
    static final String INCOMING = ".incoming";
    static final String PERSONS = "persons";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 1 << 16;

    private final Path root;
    private final FileCipher cipher;

    public EncryptedFolder(Path root, FileCipher cipher) {
        this.root = root;
        this.cipher = cipher;
    }

    /** Stores a copy wrapped by the master key. */
    public WrittenFile write(InputStream content, long maxBytes) throws IOException {
        return write(content, maxBytes, Optional.empty());
    }

    /**
     * Stores a copy whose key is wrapped by {@code person}'s key (empty: the master key).
     *
     * @throws org.recourse.security.IdentityDestroyedException when that person's key was destroyed; nothing is kept
     */
    public WrittenFile write(InputStream content, long maxBytes, Optional<UUID> person) throws IOException {
        Path temp = Files.createTempFile(Files.createDirectories(root.resolve(INCOMING)), "upload-", ".part");
        try {
            WrittenFile w = encryptInto(temp, content, maxBytes, person);
            Path target = path(new FileCopy(w.sha256(), person));
            if (Files.exists(target)) {
                return new WrittenFile(w.sha256(), w.size(), false);
            }
            Files.createDirectories(target.getParent());
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return w;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private WrittenFile encryptInto(Path temp, InputStream content, long maxBytes, Optional<UUID> person) throws IOException {
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
            byte[] wrapped = encryption.wrappedKey(hash, person);
            if (wrapped.length > KEY_SLOT - 4) {
                throw new IllegalStateException("a wrapped file key does not fit its slot");
            }
            ByteBuffer slot = ByteBuffer.allocate(KEY_SLOT).putInt(wrapped.length).put(wrapped).clear();
            ch.write(slot, MAGIC.length);
            ch.force(true);
            return new WrittenFile(hash, size, true);
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
        return copyVerified(FileCopy.master(sha256), out);
    }

    /**
     * As {@link #copyVerified(String, OutputStream)} for any copy.
     *
     * @throws org.recourse.security.IdentityDestroyedException when the copy's person key was destroyed
     */
    public long copyVerified(FileCopy copy, OutputStream out) throws IOException {
        String sha256 = copy.sha256();
        MessageDigest sha = sha256();
        byte[] buffer = new byte[BUFFER];
        long size = 0;
        try (InputStream in = open(copy)) {
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
        return check(FileCopy.master(sha256)).size();
    }

    /** Decrypts and re-hashes a copy without writing anything. */
    public CopyCheck check(FileCopy copy) {
        try {
            return new CopyCheck(OptionalLong.of(copyVerified(copy, OutputStream.nullOutputStream())), false);
        } catch (IdentityDestroyedException e) {
            return new CopyCheck(OptionalLong.empty(), true);
        } catch (DamagedFileException | IOException e) {
            return new CopyCheck(OptionalLong.empty(), false);
        }
    }

    public boolean exists(String sha256) {
        return exists(FileCopy.master(sha256));
    }

    public boolean exists(FileCopy copy) {
        return Files.isRegularFile(path(copy));
    }

    /** Deletes a file this process just added, when its row could not be written. */
    public void remove(String sha256) throws IOException {
        remove(FileCopy.master(sha256));
    }

    public void remove(FileCopy copy) throws IOException {
        Files.deleteIfExists(path(copy));
    }

    /**
     * Deletes every copy wrapped by this person's key ({@code files/persons/<id>}), after their key
     * was destroyed: the ciphertext could no longer be opened anyway; this takes it off the disk.
     */
    public void removePerson(UUID person) throws IOException {
        Path dir = root.resolve(PERSONS).resolve(person.toString());
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Every file in the folder as {@link Copy#listedName()} names it: the hash for master-key
     * copies, {@code persons/<id>/<hash>} for a person's (anything else by its relative path).
     */
    public List<String> stored() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.startsWith(INCOMING + "/"))
                    .map(EncryptedFolder::listed).sorted().toList();
        }
    }

    private static String listed(String name) {
        int cut = name.length() - 65;
        boolean hashPath = cut >= 0 && name.charAt(cut + 2) == '/' && (cut == 0 || name.charAt(cut - 1) == '/');
        return hashPath ? name.substring(0, cut + 2) + name.substring(cut + 3) : name;
    }

    public static boolean isSha256(String s) {
        return SHA256.matcher(s).matches();
    }

    private InputStream open(FileCopy copy) {
        String sha256 = copy.sha256();
        Path p = path(copy);
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
            return decrypting(raw, wrapped, copy);
        } catch (IOException e) {
            throw new DamagedFileException(sha256);
        }
    }

    private InputStream decrypting(InputStream raw, byte[] wrapped, FileCopy copy) throws IOException {
        try {
            return cipher.decrypting(raw, wrapped, copy.sha256(), copy.person());
        } catch (IdentityDestroyedException e) {
            raw.close();
            throw e;
        } catch (KeyException e) {
            raw.close();
            throw new DamagedFileException(copy.sha256());
        }
    }

    private static int read(InputStream in, byte[] buffer, String sha256) {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw new DamagedFileException(sha256);
        }
    }

    private Path path(FileCopy copy) {
        return root.resolve(copy.name());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
