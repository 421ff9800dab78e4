package org.recourse.security;

import com.google.crypto.tink.KeysetHandle;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import org.recourse.security.internal.SealedFormat;
import org.recourse.security.internal.WrappedKeysets;

/**
 * Files encrypted with a fresh data key (wrapped by the master key) and signed with the
 * installation's Ed25519 key: the container for backups. Opening checks the signature over the
 * whole file before anything is decrypted. The layout is described in {@link SealedFormat}.
 */
public final class SealedFiles {

    private SealedFiles() {
    }

    /** Seals {@code plain} into {@code out}; {@code about} goes into the header in clear (no secrets, nothing identifying). */
    public static void seal(KeyRing keys, Path plain, Path out, Map<String, String> about) throws IOException {
        KeysetHandle dataKey = SealedFormat.newDataKey();
        Map<String, String> fields = new TreeMap<>(about);
        fields.put("format", "1");
        fields.put("created", Instant.now().toString());
        fields.put("master-key", keys.masterKeyId());
        fields.put("signing-key", keys.signer().keyId());
        fields.put("data-key", Base64.getEncoder().encodeToString(WrappedKeysets.wrap(dataKey, keys.master(),
                SealedFormat.DATA_KEY_LABEL).getBytes(StandardCharsets.UTF_8)));
        byte[] header = SealedFormat.header(fields);
        Path ciphertext = Files.createTempFile(out.toAbsolutePath().getParent(), ".sealing-", ".tmp");
        try {
            encrypt(dataKey, plain, ciphertext, SealedFormat.associatedData(header));
            byte[] signature;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(ciphertext))) {
                signature = keys.signer().sign(SealedFormat.signedDigest(header, in));
            }
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
                SealedFormat.writePreamble(o, header, signature);
                Files.copy(ciphertext, o);
            }
        } finally {
            Files.deleteIfExists(ciphertext);
        }
    }

    /**
     * Checks the signature, then decrypts into {@code plainOut}; returns the header fields.
     *
     * @throws KeyException when the file is damaged, changed, or sealed under other keys; {@code plainOut} is then not written
     */
    public static Map<String, String> open(KeyRing keys, Path sealed, Path plainOut) throws IOException {
        SealedFormat.Preamble preamble;
        try {
            preamble = SealedFormat.readPreamble(sealed);
        } catch (IOException e) {
            throw new KeyException(sealed.getFileName() + " is not a Recourse backup, or it is damaged; nothing was restored");
        }
        try (InputStream in = payload(sealed, preamble)) {
            if (!keys.verifier().verify(SealedFormat.signedDigest(preamble.header(), in), preamble.signature())) {
                throw new KeyException("the signature of " + sealed.getFileName() + " does not check: the file was changed "
                        + "after it was made, or it was made by another installation; nothing was restored");
            }
        }
        Map<String, String> fields = SealedFormat.fields(preamble.header());
        if (!keys.masterKeyId().equals(fields.get("master-key"))) {
            throw new KeyException("this backup was sealed under master key " + fields.get("master-key")
                    + ", the keys given are " + keys.masterKeyId() + "; nothing was restored");
        }
        KeysetHandle dataKey = WrappedKeysets.unwrap(new String(Base64.getDecoder().decode(fields.get("data-key")),
                StandardCharsets.UTF_8), keys.master(), SealedFormat.DATA_KEY_LABEL);
        decrypt(dataKey, sealed, preamble, plainOut);
        return fields;
    }

    private static void encrypt(KeysetHandle dataKey, Path plain, Path out, byte[] ad) throws IOException {
        try (OutputStream o = SealedFormat.streaming(dataKey).newEncryptingStream(
                new BufferedOutputStream(Files.newOutputStream(out)), ad)) {
            Files.copy(plain, o);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    private static void decrypt(KeysetHandle dataKey, Path sealed, SealedFormat.Preamble p, Path out) throws IOException {
        try (InputStream in = SealedFormat.streaming(dataKey).newDecryptingStream(payload(sealed, p),
                SealedFormat.associatedData(p.header()))) {
            Files.copy(in, out);
        } catch (GeneralSecurityException | IOException e) {
            Files.deleteIfExists(out);
            throw new KeyException("the contents of " + sealed.getFileName() + " do not decrypt: the file is damaged; "
                    + "nothing was restored");
        }
    }

    private static InputStream payload(Path sealed, SealedFormat.Preamble p) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(sealed), 1 << 16);
        in.skipNBytes(p.payloadOffset());
        return in;
    }
}
