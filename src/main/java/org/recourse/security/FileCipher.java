package org.recourse.security;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.recourse.security.internal.MasterKey;
import org.recourse.security.internal.SealedFormat;
import org.recourse.security.internal.WrappedKeysets;

/**
 * Streaming encryption for stored original files: each file gets a fresh data key (Tink
 * streaming AEAD, AES-256-GCM-HKDF, 1 MB segments, so memory stays at about one segment
 * whatever the file's size). The key is wrapped with the content's SHA-256 as associated data,
 * so a file renamed or swapped for another's hash does not open. The hash is known only once
 * the last byte has passed, which is why the key is wrapped after the content is encrypted:
 * {@link Encryption#wrappedKey(String, Optional)}.
 *
 * <p>Who wraps the key: a file tied to a person (a recording of their testimony) is wrapped by
 * that person's key from {@link PersonKeys}, so destroying their key when they withdraw all
 * consent shreds the file everywhere, earlier backups included. Other files (source documents)
 * are wrapped by the master key. The wrapped key says which: {@code person <id>\n} then the
 * base64 of the person-key ciphertext; a master-wrapped key is the Tink JSON as stored since V34
 * (it starts with a brace), so older files open unchanged.
 */
public final class FileCipher {

    private static final byte[] CONTENT_LABEL = "recourse stored file v1".getBytes(StandardCharsets.US_ASCII);
    private static final String PERSON_PREFIX = "person ";

    private final MasterKey master;
    private final PersonKeys persons;

    public FileCipher(KeyRing keys) {
        this.master = keys.master();
        this.persons = keys.personKeys();
    }

    /** Starts encrypting one file with a fresh key. */
    public Encryption start() {
        return new Encryption(SealedFormat.newDataKey(), this);
    }

    /**
     * Decrypts a stored file's content; reading the stream throws {@link IOException} at the first
     * segment that was changed, and at the end when the file was cut short. {@code person} is the
     * key holder the caller expects (empty: the master key); a key wrapped for anyone else is refused.
     *
     * @throws IdentityDestroyedException when the file's key was wrapped by a person's key that was destroyed
     * @throws KeyException when the wrapped key does not open for this hash (swapped or damaged file)
     */
    public InputStream decrypting(InputStream ciphertext, byte[] wrappedKey, String sha256, Optional<UUID> person) {
        KeysetHandle key = unwrap(new String(wrappedKey, StandardCharsets.UTF_8), sha256, person);
        try {
            return SealedFormat.streaming(key).newDecryptingStream(ciphertext, CONTENT_LABEL);
        } catch (GeneralSecurityException | IOException e) {
            throw new KeyException("a stored file does not decrypt: it is damaged");
        }
    }

    private KeysetHandle unwrap(String wrapped, String sha256, Optional<UUID> expected) {
        Optional<UUID> holder = holder(wrapped);
        if (!holder.equals(expected)) {
            throw new KeyException("a stored file's key is not wrapped for the holder it is filed under: it is damaged");
        }
        if (holder.isEmpty()) {
            return WrappedKeysets.unwrap(wrapped, master, label(sha256));
        }
        byte[] sealed = decodeBase64(wrapped.substring(wrapped.indexOf('\n') + 1));
        byte[] plain = persons.decrypt(holder.get(), label(sha256), sealed);
        try {
            return TinkProtoKeysetFormat.parseKeyset(plain, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new KeyException("a stored file's key does not parse: it is damaged");
        } finally {
            java.util.Arrays.fill(plain, (byte) 0);
        }
    }

    private static Optional<UUID> holder(String wrapped) {
        if (!wrapped.startsWith(PERSON_PREFIX) || wrapped.indexOf('\n') < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(wrapped.substring(PERSON_PREFIX.length(), wrapped.indexOf('\n'))));
        } catch (IllegalArgumentException e) {
            throw new KeyException("a stored file's key slot is damaged");
        }
    }

    private static byte[] decodeBase64(String s) {
        try {
            return Base64.getDecoder().decode(s.strip());
        } catch (IllegalArgumentException e) {
            throw new KeyException("a stored file's key slot is damaged");
        }
    }

    private byte[] wrap(KeysetHandle key, String sha256, Optional<UUID> person) {
        if (person.isEmpty()) {
            return WrappedKeysets.wrap(key, master, label(sha256)).getBytes(StandardCharsets.UTF_8);
        }
        byte[] plain;
        try {
            plain = TinkProtoKeysetFormat.serializeKeyset(key, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot serialise a file key", e);
        }
        try {
            String sealed = Base64.getEncoder().encodeToString(persons.encrypt(person.get(), label(sha256), plain));
            return (PERSON_PREFIX + person.get() + "\n" + sealed).getBytes(StandardCharsets.UTF_8);
        } finally {
            java.util.Arrays.fill(plain, (byte) 0);
        }
    }

    private static String label(String sha256) {
        return "stored file " + sha256;
    }

    /** One file being encrypted: write the plaintext to {@link #encrypting}, then wrap the key for its hash. */
    public static final class Encryption {

        private final KeysetHandle key;
        private final FileCipher cipher;

        private Encryption(KeysetHandle key, FileCipher cipher) {
            this.key = key;
            this.cipher = cipher;
        }

        /** A stream that encrypts into {@code ciphertext}; closing it finishes the last segment but leaves {@code ciphertext} open. */
        public OutputStream encrypting(OutputStream ciphertext) throws IOException {
            OutputStream keepOpen = new FilterOutputStream(ciphertext) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            try {
                return SealedFormat.streaming(key).newEncryptingStream(keepOpen, CONTENT_LABEL);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("encryption failed", e);
            }
        }

        /**
         * The file's key, bound to the content's hash and wrapped by {@code person}'s key, or by the
         * master key when empty.
         *
         * @throws IdentityDestroyedException when the person's key was destroyed (they withdrew all consent)
         */
        public byte[] wrappedKey(String sha256, Optional<UUID> person) {
            return cipher.wrap(key, sha256, person);
        }
    }
}
