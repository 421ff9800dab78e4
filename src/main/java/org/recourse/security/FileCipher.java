package org.recourse.security;

import com.google.crypto.tink.KeysetHandle;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import org.recourse.security.internal.MasterKey;
import org.recourse.security.internal.SealedFormat;
import org.recourse.security.internal.WrappedKeysets;

/**
 * Streaming encryption for stored original files: each file gets a fresh data key (Tink
 * streaming AEAD, AES-256-GCM-HKDF, 1 MB segments, so memory stays at about one segment
 * whatever the file's size). The key is wrapped by the master key with the content's SHA-256
 * as associated data, so a file renamed or swapped for another's hash does not open. The hash
 * is known only once the last byte has passed, which is why the key is wrapped after the
 * content is encrypted: {@link Encryption#wrappedKey(String)}.
 */
public final class FileCipher {

    private static final byte[] CONTENT_LABEL = "recourse stored file v1".getBytes(StandardCharsets.US_ASCII);

    private final MasterKey master;

    public FileCipher(KeyRing keys) {
        this.master = keys.master();
    }

    /** Starts encrypting one file with a fresh key. */
    public Encryption start() {
        return new Encryption(SealedFormat.newDataKey(), master);
    }

    /**
     * Decrypts a stored file's content; reading the stream throws {@link IOException} at the first
     * segment that was changed, and at the end when the file was cut short.
     *
     * @throws KeyException when the wrapped key does not open for this hash (swapped or damaged file)
     */
    public InputStream decrypting(InputStream ciphertext, byte[] wrappedKey, String sha256) {
        KeysetHandle key = WrappedKeysets.unwrap(new String(wrappedKey, StandardCharsets.UTF_8), master, label(sha256));
        try {
            return SealedFormat.streaming(key).newDecryptingStream(ciphertext, CONTENT_LABEL);
        } catch (GeneralSecurityException | IOException e) {
            throw new KeyException("a stored file does not decrypt: it is damaged");
        }
    }

    private static String label(String sha256) {
        return "stored file " + sha256;
    }

    /** One file being encrypted: write the plaintext to {@link #encrypting}, then wrap the key for its hash. */
    public static final class Encryption {

        private final KeysetHandle key;
        private final MasterKey master;

        private Encryption(KeysetHandle key, MasterKey master) {
            this.key = key;
            this.master = master;
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

        /** The file's key, wrapped by the master key and bound to the content's hash. */
        public byte[] wrappedKey(String sha256) {
            return WrappedKeysets.wrap(key, master, label(sha256)).getBytes(StandardCharsets.UTF_8);
        }
    }
}
