package org.recourse.security.internal;

import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The layout of a sealed file: a magic line, a header (properties text: format, master key id,
 * signing key id, the data key wrapped by the master key), an Ed25519 signature, then the
 * payload encrypted with the fresh data key (Tink streaming AEAD, AES-256-GCM-HKDF, 1 MB
 * segments, the magic and header as associated data). The signature covers SHA-256 of
 * everything but itself, so it is checked before a byte is decrypted.
 */
public final class SealedFormat {

    public static final String DATA_KEY_LABEL = "sealed-file data key";
    static final byte[] MAGIC = "RECOURSE-SEALED-1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_HEADER = 1 << 20;
    private static final int MAX_SIGNATURE = 1024;

    private SealedFormat() {
    }

    public static KeysetHandle newDataKey() {
        try {
            return KeysetHandle.generateNew(KeyTemplates.get("AES256_GCM_HKDF_1MB"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a data key", e);
        }
    }

    public static StreamingAead streaming(KeysetHandle dataKey) throws GeneralSecurityException {
        return dataKey.getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
    }

    public static byte[] header(Map<String, String> fields) {
        Properties p = new Properties();
        p.putAll(fields);
        StringWriter w = new StringWriter();
        try {
            p.store(w, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        // Properties.store writes a date comment first; drop it so the header is what the fields say.
        String text = w.toString().lines().filter(l -> !l.startsWith("#")).sorted().reduce("", (a, b) -> a + b + "\n");
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static Map<String, String> fields(byte[] header) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(new String(header, StandardCharsets.ISO_8859_1)));
        Map<String, String> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }

    public static byte[] associatedData(byte[] header) {
        byte[] ad = new byte[MAGIC.length + header.length];
        System.arraycopy(MAGIC, 0, ad, 0, MAGIC.length);
        System.arraycopy(header, 0, ad, MAGIC.length, header.length);
        return ad;
    }

    public static void writePreamble(OutputStream out, byte[] header, byte[] signature) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.write(MAGIC);
        d.writeInt(header.length);
        d.write(header);
        d.writeInt(signature.length);
        d.write(signature);
        d.flush();
    }

    /** The parsed preamble of a sealed file, and where its ciphertext starts. */
    public record Preamble(byte[] header, byte[] signature, long payloadOffset) {
    }

    public static Preamble readPreamble(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!MessageDigest.isEqual(magic, MAGIC)) {
                throw new IOException("not a Recourse backup (unknown format)");
            }
            byte[] header = readBlock(in, MAX_HEADER);
            byte[] signature = readBlock(in, MAX_SIGNATURE);
            return new Preamble(header, signature, MAGIC.length + 4L + header.length + 4L + signature.length);
        }
    }

    /** What is signed: a label, then SHA-256 of magic, header and ciphertext. */
    public static byte[] signedDigest(byte[] header, InputStream ciphertext) throws IOException {
        MessageDigest sha = sha256();
        sha.update(MAGIC);
        sha.update(header);
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = ciphertext.read(buffer)) > 0; ) {
            sha.update(buffer, 0, n);
        }
        byte[] label = "recourse sealed file v1\u001f".getBytes(StandardCharsets.US_ASCII);
        byte[] digest = sha.digest();
        byte[] signed = new byte[label.length + digest.length];
        System.arraycopy(label, 0, signed, 0, label.length);
        System.arraycopy(digest, 0, signed, label.length, digest.length);
        return signed;
    }

    private static byte[] readBlock(DataInputStream in, int max) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > max) {
            throw new IOException("damaged header");
        }
        byte[] b = in.readNBytes(n);
        if (b.length != n) {
            throw new IOException("truncated");
        }
        return b;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
