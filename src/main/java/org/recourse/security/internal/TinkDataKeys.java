package org.recourse.security.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import java.security.GeneralSecurityException;
import org.recourse.security.DataKeys;
import org.recourse.security.KeyException;

/** {@link DataKeys} over a Tink AEAD keyset (AES-256-GCM); the keyset's older keys still decrypt. */
public final class TinkDataKeys implements DataKeys {

    private final Aead aead;

    public TinkDataKeys(KeysetHandle keyset) {
        try {
            this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new KeyException("the data keyset is not an AEAD keyset", e);
        }
    }

    @Override
    public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
        try {
            return aead.encrypt(plaintext, associatedData);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    @Override
    public byte[] decrypt(byte[] ciphertext, byte[] associatedData) {
        try {
            return aead.decrypt(ciphertext, associatedData);
        } catch (GeneralSecurityException e) {
            throw new KeyException("a ciphertext does not decrypt: it was changed, or made under another key or for another record");
        }
    }
}
