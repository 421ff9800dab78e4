package org.recourse.security;

/**
 * Authenticated encryption (AES-256-GCM) with the installation's data keyset. The associated
 * data is not encrypted but bound to the ciphertext: pass what the value belongs to (table,
 * column, record id) so a ciphertext moved to another record fails to decrypt.
 */
public interface DataKeys {

    byte[] encrypt(byte[] plaintext, byte[] associatedData);

    /** @throws KeyException when the ciphertext was changed, or made under another key or for other associated data */
    byte[] decrypt(byte[] ciphertext, byte[] associatedData);
}
