package org.recourse.security.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.subtle.AesGcmJce;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 256-bit master key. It only wraps (encrypts) keysets and backup data keys; it never
 * encrypts data directly and is never written to the database. Its key check value, an HMAC of
 * a fixed label, tells a wrong key from a right one before anything is decrypted.
 */
public final class MasterKey {

    static final int LENGTH = 32;
    private static final byte[] CHECK_LABEL = "recourse master key check v1".getBytes(StandardCharsets.UTF_8);

    private final Aead aead;
    private final String checkValue;

    MasterKey(byte[] key) {
        if (key.length != LENGTH) {
            throw new IllegalArgumentException("a master key has " + LENGTH + " bytes");
        }
        try {
            this.aead = new AesGcmJce(key);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            this.checkValue = HexFormat.of().formatHex(mac.doFinal(CHECK_LABEL));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM and HMAC-SHA256 are part of every JDK", e);
        }
    }

    public Aead aead() {
        return aead;
    }

    String checkValue() {
        return checkValue;
    }

    /** A short public name for the key: the start of its check value. */
    public String id() {
        return checkValue.substring(0, 16);
    }

    @Override
    public String toString() {
        return "MasterKey[" + id() + "]";
    }
}
