package org.recourse.security.internal;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import java.security.GeneralSecurityException;
import org.recourse.security.KeyException;
import org.recourse.security.SignatureVerifier;
import org.recourse.security.Signer;

/** Ed25519 signatures with the signing keyset; verification accepts any key in the keyset. */
public final class TinkSigning implements Signer, SignatureVerifier {

    private final PublicKeySign sign;
    private final PublicKeyVerify verify;
    private final String keyId;

    public TinkSigning(KeysetHandle keyset) {
        try {
            this.sign = keyset.getPrimitive(RegistryConfiguration.get(), PublicKeySign.class);
            this.verify = keyset.getPublicKeysetHandle().getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class);
            this.keyId = "ed25519-" + Integer.toUnsignedString(keyset.getPrimary().getId(), 16);
        } catch (GeneralSecurityException e) {
            throw new KeyException("the signing keyset is not an Ed25519 keyset", e);
        }
    }

    @Override
    public byte[] sign(byte[] data) {
        try {
            return sign.sign(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing failed", e);
        }
    }

    @Override
    public String keyId() {
        return keyId;
    }

    @Override
    public boolean verify(byte[] data, byte[] signature) {
        try {
            verify.verify(signature, data);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
