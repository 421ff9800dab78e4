package org.recourse.audit;

/**
 * Signs audit checkpoints. Implemented by {@code security}, which holds the keys; declared
 * here so audit depends on nothing but {@code shared}.
 */
public interface CheckpointSigner {

    byte[] sign(byte[] payload);

    boolean verify(byte[] payload, byte[] signature);

    /** Names the key that signs now; stored with each checkpoint. */
    String keyId();
}
