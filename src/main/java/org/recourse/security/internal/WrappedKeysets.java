package org.recourse.security.internal;

import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.signature.SignatureConfig;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.recourse.security.KeyException;

/**
 * Tink keysets stored in the keys folder encrypted by the master key, one JSON file each. The
 * keyset's name is its associated data, so a file renamed or swapped for another does not
 * open. A keyset per person is one more name ({@code person-<id>}) in a sub-folder.
 */
public final class WrappedKeysets {

    static {
        try {
            AeadConfig.register();
            SignatureConfig.register();
            StreamingAeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink cannot register its primitives", e);
        }
    }

    private final Path dir;
    private final MasterKey master;

    public WrappedKeysets(Path dir, MasterKey master) {
        this.dir = dir;
        this.master = master;
    }

    /** Generates a keyset from a Tink template name ({@code AES256_GCM}, {@code ED25519}) and stores it. */
    public KeysetHandle create(String name, String template) {
        try {
            KeysetHandle handle = KeysetHandle.generateNew(KeyTemplates.get(template));
            String json = TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(handle, master.aead(), label(name));
            PrivateFiles.write(file(name), json.getBytes(StandardCharsets.UTF_8));
            return handle;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate the " + name + " keyset", e);
        }
    }

    public KeysetHandle open(String name) {
        Path file = file(name);
        if (!Files.isRegularFile(file)) {
            throw new KeyException("the keys folder is incomplete: " + file.getFileName()
                    + " is missing; restore the keys folder from your key backup");
        }
        try {
            return TinkJsonProtoKeysetFormat.parseEncryptedKeyset(Files.readString(file), master.aead(), label(name));
        } catch (GeneralSecurityException | IOException e) {
            throw new KeyException(file.getFileName() + " in the keys folder cannot be opened with the master key: "
                    + "it is corrupted; restore the keys folder from your key backup");
        }
    }

    public boolean exists(String name) {
        return Files.isRegularFile(file(name));
    }

    /**
     * Overwrites the keyset file with random bytes, forces them to the disk, then deletes it.
     * On flash storage and copy-on-write file systems the old blocks may survive the overwrite;
     * what makes the data unrecoverable is that no copy of the wrapped keyset is kept anywhere
     * (see docs/SECURITY.md).
     */
    public void destroy(String name) {
        PrivateFiles.shred(file(name));
    }

    /** A keyset serialised and wrapped for storage elsewhere (a backup header), bound to a label. */
    public static String wrap(KeysetHandle handle, MasterKey master, String label) {
        try {
            return TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(handle, master.aead(), label(label));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot wrap a keyset", e);
        }
    }

    public static KeysetHandle unwrap(String wrapped, MasterKey master, String label) {
        try {
            return TinkJsonProtoKeysetFormat.parseEncryptedKeyset(wrapped, master.aead(), label(label));
        } catch (GeneralSecurityException e) {
            throw new KeyException("a wrapped data key does not open with this master key");
        }
    }

    private Path file(String name) {
        return dir.resolve(name + ".keyset.json");
    }

    private static byte[] label(String name) {
        return ("recourse keyset " + name).getBytes(StandardCharsets.UTF_8);
    }
}
