package org.recourse.web;

import org.recourse.security.Account;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every API call verifies an Argon2id hash (19 MiB, 2 passes: ~0.2 s, far more on a busy
 * machine). Accounts of the sweeps over every endpoint get a hash with test-sized parameters,
 * which Argon2id reads from the hash itself, when the application's encoder accepts it;
 * authorisation is unchanged.
 */
final class CheapPasswords {

    private CheapPasswords() {
    }

    static void cheapen(JdbcClient jdbc, PasswordEncoder encoder, Account account, String password) {
        String cheap = new Argon2PasswordEncoder(16, 32, 1, 1024, 1).encode(password);
        if (encoder.matches(password, cheap)) {
            jdbc.sql("UPDATE users SET password_hash = :h WHERE id = :id").param("h", cheap)
                    .param("id", account.id().toString()).update();
        }
    }
}
