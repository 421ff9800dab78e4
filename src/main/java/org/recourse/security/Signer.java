package org.recourse.security;

/** Signs bytes with the installation's Ed25519 signing key; other modules never see the key. */
public interface Signer {

    byte[] sign(byte[] data);

    /** Names the signing keyset (not secret), so a signature says which key made it. */
    String keyId();
}
