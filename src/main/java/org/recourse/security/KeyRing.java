package org.recourse.security;

import java.nio.file.Path;
import org.recourse.security.internal.MasterKey;
import org.recourse.security.internal.MasterKeys;
import org.recourse.security.internal.PersonKeysets;
import org.recourse.security.internal.TinkDataKeys;
import org.recourse.security.internal.TinkSigning;
import org.recourse.security.internal.WrappedKeysets;

/**
 * The installation's keys, opened from the keys folder: the master key (from a key file or a
 * passphrase) and the keysets it wraps: {@code data} (AES-256-GCM) and {@code signing}
 * (Ed25519). Plain Java, so commands that run without Spring (backup, restore) can use it.
 */
public final class KeyRing {

    static final String DATA = "data";
    static final String SIGNING = "signing";

    private final MasterKey master;
    private final DataKeys dataKeys;
    private final TinkSigning signing;
    private final PersonKeys personKeys;

    private KeyRing(Path keysDir, MasterKey master, DataKeys dataKeys, TinkSigning signing) {
        this.master = master;
        this.dataKeys = dataKeys;
        this.signing = signing;
        this.personKeys = new PersonKeys(new PersonKeysets(keysDir, master));
    }

    /**
     * Opens the keys, or creates them when the folder has none and the source allows it.
     * Everything is read and checked before anything is written.
     *
     * @throws KeyException with a message for the operator when keys are missing, wrong or corrupted
     */
    public static KeyRing open(KeySource source) {
        if (!MasterKeys.exist(source.keysDir())) {
            if (!source.createIfAbsent()) {
                throw new KeyException("there are no keys in " + source.keysDir()
                        + ": restore the keys folder from your key backup");
            }
            return create(source);
        }
        MasterKey master = MasterKeys.open(source);
        WrappedKeysets keysets = new WrappedKeysets(source.keysDir(), master);
        return new KeyRing(source.keysDir(), master, new TinkDataKeys(keysets.open(DATA)), new TinkSigning(keysets.open(SIGNING)));
    }

    /** Whether a keys folder holds keys already. */
    public static boolean exist(KeySource source) {
        return MasterKeys.exist(source.keysDir());
    }

    private static KeyRing create(KeySource source) {
        MasterKey master = MasterKeys.create(source);
        WrappedKeysets keysets = new WrappedKeysets(source.keysDir(), master);
        KeyRing ring = new KeyRing(source.keysDir(), master, new TinkDataKeys(keysets.create(DATA, "AES256_GCM")),
                new TinkSigning(keysets.create(SIGNING, "ED25519")));
        MasterKeys.commit(source, master);
        return ring;
    }

    public DataKeys dataKeys() {
        return dataKeys;
    }

    /** The per-person keysets that encrypt identifying fields, in {@code keys/persons}. */
    public PersonKeys personKeys() {
        return personKeys;
    }

    public Signer signer() {
        return signing;
    }

    public SignatureVerifier verifier() {
        return signing;
    }

    /** The master key's public name (the start of its check value); backup headers carry it. */
    public String masterKeyId() {
        return master.id();
    }

    MasterKey master() {
        return master;
    }

    @Override
    public String toString() {
        return "KeyRing[" + master.id() + "]";
    }
}
