package org.recourse.security.internal;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Derives the 256-bit master key from a passphrase with Argon2id (RFC 9106). Default cost is
 * RFC 9106 section 4's second recommended option: 64 MiB, 3 passes, 4 lanes. The parameters
 * are stored beside the salt so they can be raised later without breaking old folders.
 */
record Argon2(int memoryKiB, int iterations, int parallelism) {

    static final Argon2 RECOMMENDED = new Argon2(64 * 1024, 3, 4);

    byte[] derive(String passphrase, byte[] salt) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(salt).withMemoryAsKB(memoryKiB)
                .withIterations(iterations).withParallelism(parallelism).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] key = new byte[MasterKey.LENGTH];
        generator.generateBytes(passphrase.getBytes(StandardCharsets.UTF_8), key);
        return key;
    }
}
