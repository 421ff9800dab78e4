package org.recourse.testimony;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The identifying fields of a person, each stored only encrypted under the person's own key.
 * The code (lower case) names the field in forms, JSON and the ciphertext's associated data.
 */
public enum IdentityField {
    LEGAL_NAME(200), OTHER_NAMES(1000), PHONE(100), MESSENGER(200), ADDRESS(1000), BIRTH_DATE(40), RELATIVES(4000),
    NOTES(10000);

    private final int maxLength;

    IdentityField(int maxLength) {
        this.maxLength = maxLength;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public int maxLength() {
        return maxLength;
    }

    public static Optional<IdentityField> of(String code) {
        return Arrays.stream(values()).filter(f -> f.code().equals(code)).findFirst();
    }
}
