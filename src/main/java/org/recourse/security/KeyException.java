package org.recourse.security;

/**
 * Keys are missing, wrong or corrupted, or a ciphertext or signature does not check. The
 * message says what to do; it never carries key material or decrypted data.
 */
public class KeyException extends RuntimeException {

    public KeyException(String message) {
        super(message);
    }

    public KeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
