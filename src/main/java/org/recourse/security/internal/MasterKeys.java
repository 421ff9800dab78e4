package org.recourse.security.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Properties;
import org.recourse.security.KeyException;
import org.recourse.security.KeySource;

/**
 * Opens the master key named by a {@link KeySource}, or creates it on first start.
 * {@code keys/keyring.properties} records how the key is obtained and its check value; it is
 * written last, so a start that fails half-way leaves a folder that is simply created again.
 */
public final class MasterKeys {

    static final String KEYRING = "keyring.properties";
    static final String SALT = "passphrase.salt";
    private static final SecureRandom RANDOM = new SecureRandom();

    private MasterKeys() {
    }

    public static boolean exist(Path keysDir) {
        return Files.isRegularFile(keysDir.resolve(KEYRING));
    }

    public static MasterKey open(KeySource source) {
        Properties ring = read(source.keysDir().resolve(KEYRING));
        boolean passphraseFolder = "passphrase".equals(ring.getProperty("source"));
        MasterKey key = passphraseFolder ? fromPassphrase(source, ring) : fromFile(source);
        if (!MessageDigest.isEqual(key.checkValue().getBytes(StandardCharsets.US_ASCII),
                ring.getProperty("check", "").getBytes(StandardCharsets.US_ASCII))) {
            throw new KeyException(passphraseFolder
                    ? "wrong passphrase: RECOURSE_PASSPHRASE does not open this data folder's keys (nothing was changed)"
                    : "the key file " + source.effectiveKeyFile() + " does not match this data folder's keys: it is "
                            + "corrupted or belongs to another installation (nothing was changed)");
        }
        return key;
    }

    /** A new master key: derived from the passphrase with a new salt, or read from or written to the key file. */
    public static MasterKey create(KeySource source) {
        PrivateFiles.createFolder(source.keysDir());
        if (source.passphrase().isPresent()) {
            byte[] salt = random(16);
            PrivateFiles.write(source.keysDir().resolve(SALT), salt);
            return new MasterKey(Argon2.RECOMMENDED.derive(source.passphrase().get(), salt));
        }
        Path file = source.effectiveKeyFile();
        if (!Files.exists(file)) {
            PrivateFiles.write(file, random(MasterKey.LENGTH));
        }
        return fromFile(source);
    }

    /** Records the new key in keyring.properties; called once its keysets are written. */
    public static void commit(KeySource source, MasterKey key) {
        Properties ring = new Properties();
        ring.setProperty("format", "1");
        ring.setProperty("source", source.passphrase().isPresent() ? "passphrase" : "file");
        ring.setProperty("check", key.checkValue());
        if (source.passphrase().isPresent()) {
            Argon2 cost = Argon2.RECOMMENDED;
            ring.setProperty("argon2.memoryKiB", Integer.toString(cost.memoryKiB()));
            ring.setProperty("argon2.iterations", Integer.toString(cost.iterations()));
            ring.setProperty("argon2.parallelism", Integer.toString(cost.parallelism()));
        }
        StringWriter out = new StringWriter();
        try {
            ring.store(out, "Recourse keys: how the master key is obtained and its check value (not secret)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PrivateFiles.write(source.keysDir().resolve(KEYRING), out.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    private static MasterKey fromPassphrase(KeySource source, Properties ring) {
        if (source.passphrase().isEmpty()) {
            throw new KeyException("this data folder's master key is derived from a passphrase: set RECOURSE_PASSPHRASE");
        }
        Path saltFile = source.keysDir().resolve(SALT);
        if (!Files.isRegularFile(saltFile)) {
            throw new KeyException("the salt file keys/" + SALT + " is missing: restore the keys folder from your key backup");
        }
        Argon2 cost = new Argon2(intOf(ring, "argon2.memoryKiB"), intOf(ring, "argon2.iterations"),
                intOf(ring, "argon2.parallelism"));
        return new MasterKey(cost.derive(source.passphrase().get(), bytes(saltFile)));
    }

    private static MasterKey fromFile(KeySource source) {
        if (source.passphrase().isPresent()) {
            throw new KeyException("this data folder's master key is a key file, not a passphrase: unset RECOURSE_PASSPHRASE");
        }
        Path file = source.effectiveKeyFile();
        if (!Files.isRegularFile(file)) {
            throw new KeyException("the key file " + file + " is missing: restore it from your key backup "
                    + "(or set RECOURSE_KEY_FILE to where it is); nothing was changed");
        }
        byte[] bytes = bytes(file);
        if (bytes.length != MasterKey.LENGTH) {
            throw new KeyException("the key file " + file + " is corrupted: it should hold " + MasterKey.LENGTH
                    + " bytes; nothing was changed");
        }
        return new MasterKey(bytes);
    }

    private static Properties read(Path file) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(file, StandardCharsets.ISO_8859_1)));
        } catch (IOException e) {
            throw new KeyException("cannot read keys/" + KEYRING + ": restore the keys folder from your key backup", e);
        }
        return p;
    }

    private static int intOf(Properties p, String name) {
        try {
            return Integer.parseInt(p.getProperty(name, ""));
        } catch (NumberFormatException e) {
            throw new KeyException("keys/" + KEYRING + " is corrupted (" + name + ")");
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new KeyException("cannot read " + file.getFileName() + " in the keys folder", e);
        }
    }

    static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
