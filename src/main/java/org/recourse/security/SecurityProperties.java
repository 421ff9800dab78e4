package org.recourse.security;

import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code recourse.security.*}. {@code adminPassword}: the first administrator's password
 * (from RECOURSE_ADMIN_PASSWORD); empty means generate one and print it once.
 * {@code passphrase} (RECOURSE_PASSPHRASE): derive the master key from it; empty means a key
 * file, {@code keyFile} (RECOURSE_KEY_FILE) or else {@code keys/master.key} in the data folder.
 * {@code createKeys}, {@code createAdmin}: whether a start may create missing keys and the first
 * administrator (commands that only read, such as {@code audit verify}, turn both off).
 */
@ConfigurationProperties("recourse.security")
public record SecurityProperties(String adminPassword, String passphrase, String keyFile, Boolean createKeys,
        Boolean createAdmin) {

    public SecurityProperties {
        adminPassword = adminPassword == null ? "" : adminPassword;
        passphrase = passphrase == null ? "" : passphrase;
        keyFile = keyFile == null ? "" : keyFile.strip();
        createKeys = createKeys == null || createKeys;
        createAdmin = createAdmin == null || createAdmin;
    }

    public Optional<String> passphraseIfSet() {
        return passphrase.isEmpty() ? Optional.empty() : Optional.of(passphrase);
    }

    /** Never prints the secrets. */
    @Override
    public String toString() {
        return "SecurityProperties[keyFile=" + keyFile + ", passphrase " + (passphrase.isEmpty() ? "unset" : "set")
                + ", createKeys=" + createKeys + ", createAdmin=" + createAdmin + "]";
    }
}
