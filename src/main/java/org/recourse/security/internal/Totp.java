package org.recourse.security.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords after RFC 6238 (TOTP) over RFC 4226 (HOTP): HMAC-SHA1, a 30-second
 * step counted from the Unix epoch, 6 digits, and one step of clock drift either way (RFC 6238 §5.2).
 */
public final class Totp {

    public static final int STEP_SECONDS = 30;
    public static final int DIGITS = 6;
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {
    }

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for one time step with {@code digits} digits (RFC 4226 §5.3 dynamic truncation). */
    public static String code(byte[] secret, long step, int digits) {
        byte[] hash = hmacSha1(secret, ByteBuffer.allocate(8).putLong(step).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        return String.format("%0" + digits + "d", binary % POWERS[digits]);
    }

    /**
     * The step (within one of {@code at}) whose code matches, if it is later than {@code lastUsedStep};
     * an earlier or the same step would be a replay.
     */
    public static OptionalLong match(byte[] secret, String code, Instant at, long lastUsedStep) {
        if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long now = step(at);
        for (long s = now - 1; s <= now + 1; s++) {
            boolean same = MessageDigest.isEqual(code(secret, s, DIGITS).getBytes(), code.getBytes());
            if (same && s > lastUsedStep) {
                return OptionalLong.of(s);
            }
        }
        return OptionalLong.empty();
    }

    private static byte[] hmacSha1(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
    }
}
