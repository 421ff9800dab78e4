package org.recourse.security;

/** Checks a signature made by {@link Signer} (any key of the signing keyset, old ones included). */
public interface SignatureVerifier {

    boolean verify(byte[] data, byte[] signature);
}
