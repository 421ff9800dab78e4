package org.recourse.security;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the master key comes from: an operator passphrase (Argon2id with the salt kept in the
 * keys folder) or a key file (by default {@code keys/master.key} in the data folder).
 * {@code createIfAbsent}: a keys folder without keys may get new ones (first start only).
 */
public record KeySource(Path keysDir, Optional<Path> keyFile, Optional<String> passphrase, boolean createIfAbsent) {

    public static final String PASSPHRASE_ENV = "RECOURSE_PASSPHRASE";
    public static final String KEY_FILE_ENV = "RECOURSE_KEY_FILE";

    public KeySource {
        keysDir = keysDir.toAbsolutePath().normalize();
        passphrase = passphrase.filter(p -> !p.isEmpty());
    }

    /** The keys folder of a data folder, with the passphrase or key file named by the environment. */
    public static KeySource of(Path dataDir, Map<String, String> env, boolean createIfAbsent) {
        return new KeySource(dataDir.resolve("keys"), Optional.ofNullable(env.get(KEY_FILE_ENV)).filter(s -> !s.isBlank())
                .map(Path::of), Optional.ofNullable(env.get(PASSPHRASE_ENV)), createIfAbsent);
    }

    public KeySource withKeysDir(Path dir) {
        return new KeySource(dir, keyFile, passphrase, createIfAbsent);
    }

    public Path effectiveKeyFile() {
        return keyFile.orElse(keysDir.resolve("master.key"));
    }

    /** Never prints the passphrase. */
    @Override
    public String toString() {
        return "KeySource[" + keysDir + (passphrase.isPresent() ? ", passphrase" : ", key file " + effectiveKeyFile()) + "]";
    }
}
