package org.recourse.security.internal;

import java.nio.file.Path;
import java.util.Optional;
import org.recourse.audit.CheckpointSigner;
import org.recourse.security.DataKeys;
import org.recourse.security.KeyException;
import org.recourse.security.KeyRing;
import org.recourse.security.KeySource;
import org.recourse.security.PersonKeys;
import org.recourse.security.SecurityProperties;
import org.recourse.security.SignatureVerifier;
import org.recourse.security.Signer;
import org.recourse.storage.DataFolder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The keys as beans: opened once at start; a start with missing or wrong keys fails here. */
@Configuration(proxyBeanMethods = false)
class KeyConfiguration {

    @Bean
    KeyRing keyRing(SecurityProperties props, DataFolder folder, JdbcClient jdbc) {
        KeySource source = new KeySource(folder.root().resolve("keys"),
                Optional.of(props.keyFile()).filter(f -> !f.isEmpty()).map(Path::of), props.passphraseIfSet(),
                props.createKeys());
        if (!KeyRing.exist(source) && hasSignedCheckpoints(jdbc)) {
            throw new KeyException("the keys folder " + source.keysDir() + " holds no keys, but this database was "
                    + "signed with keys: restore the keys folder from your key backup (no new keys were made)");
        }
        return KeyRing.open(source);
    }

    @Bean
    DataKeys dataKeys(KeyRing keys) {
        return keys.dataKeys();
    }

    @Bean
    PersonKeys personKeys(KeyRing keys) {
        return keys.personKeys();
    }

    @Bean
    Signer signer(KeyRing keys) {
        return keys.signer();
    }

    @Bean
    SignatureVerifier signatureVerifier(KeyRing keys) {
        return keys.verifier();
    }

    @Bean
    CheckpointSigner checkpointSigner(KeyRing keys) {
        Signer signer = keys.signer();
        SignatureVerifier verifier = keys.verifier();
        return new CheckpointSigner() {
            @Override
            public byte[] sign(byte[] payload) {
                return signer.sign(payload);
            }

            @Override
            public boolean verify(byte[] payload, byte[] signature) {
                return verifier.verify(payload, signature);
            }

            @Override
            public String keyId() {
                return signer.keyId();
            }
        };
    }

    private static boolean hasSignedCheckpoints(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_checkpoints").query(Long.class).single() > 0;
    }
}
