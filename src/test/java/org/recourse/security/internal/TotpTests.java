package org.recourse.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTests {

    /** RFC 6238 Appendix B: the SHA-1 seed is the ASCII string "12345678901234567890". */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void matchesTheRfc6238TestVectors(long unixSeconds, String expected) {
        assertThat(Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(unixSeconds)), 8)).isEqualTo(expected);
    }

    @Test
    void sixDigitCodesAreTheLastSixOfTheRfcValues() {
        assertThat(Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(1111111109)), 6)).isEqualTo("081804");
    }

    @Test
    void acceptsOneStepOfDriftButNotTwo() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.step(now);
        assertThat(Totp.match(RFC_SEED, Totp.code(RFC_SEED, step - 1, 6), now, 0)).hasValue(step - 1);
        assertThat(Totp.match(RFC_SEED, Totp.code(RFC_SEED, step + 1, 6), now, 0)).hasValue(step + 1);
        assertThat(Totp.match(RFC_SEED, Totp.code(RFC_SEED, step - 2, 6), now, 0)).isEmpty();
    }

    @Test
    void aCodeOfAStepAlreadyUsedIsRefused() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.step(now);
        String code = Totp.code(RFC_SEED, step, 6);
        assertThat(Totp.match(RFC_SEED, code, now, step - 1)).hasValue(step);
        assertThat(Totp.match(RFC_SEED, code, now, step)).isEmpty();
    }

    @Test
    void refusesMalformedCodes() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        assertThat(Totp.match(RFC_SEED, "12345", now, 0)).isEmpty();
        assertThat(Totp.match(RFC_SEED, "abcdef", now, 0)).isEmpty();
        assertThat(Totp.match(RFC_SEED, null, now, 0)).isEmpty();
    }

    @Test
    void base32RoundTripsAndMatchesRfc4648() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Base32.decode("mzxw6ytboi")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
    }
}
