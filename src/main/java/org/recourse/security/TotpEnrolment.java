package org.recourse.security;

/** A new TOTP secret, shown once: as base32 for typing and as an {@code otpauth://} URI for apps. */
public record TotpEnrolment(String secret, String uri) {

    @Override
    public String toString() {
        return "TotpEnrolment[secret hidden]";
    }
}
