package org.recourse.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.UUID;
import org.recourse.audit.AuditEvent;
import org.recourse.security.internal.Base32;
import org.recourse.security.internal.Totp;
import org.recourse.security.internal.TotpSecrets;
import org.recourse.security.internal.Users;
import org.recourse.shared.ConflictException;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TOTP two-factor authentication (RFC 6238). The secret is made here, shown once, and stored
 * encrypted with {@link DataKeys} bound to the account id; a code is accepted once only.
 */
@Service
public class SecondFactor {

    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Users users;
    private final TotpSecrets secrets;
    private final DataKeys keys;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SecondFactor(Users users, TotpSecrets secrets, DataKeys keys, ApplicationEventPublisher events) {
        this.users = users;
        this.secrets = secrets;
        this.keys = keys;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    /** A new, unconfirmed secret; it replaces an unconfirmed one, never a confirmed one. */
    @Transactional
    public TotpEnrolment begin(String username) {
        Account account = account(username);
        if (enrolled(account.id())) {
            throw new ConflictException("two-factor authentication is already set up");
        }
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        secrets.replace(account.id(), keys.encrypt(secret, ad(account.id())));
        String base32 = Base32.encode(secret);
        String label = URLEncoder.encode("Recourse:" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return new TotpEnrolment(base32, "otpauth://totp/" + label + "?secret=" + base32
                + "&issuer=Recourse&algorithm=SHA1&digits=6&period=30");
    }

    /** Confirms the enrolment with a first code from the app. */
    @Transactional
    public void confirm(String username, String code) {
        Account account = account(username);
        var row = secrets.find(account.id()).orElseThrow(() -> new InvalidInputException("code", "start the set-up first"));
        if (!use(account.id(), row, code, true)) {
            throw new InvalidInputException("code", "does not match; check the time on your device");
        }
        events.publishEvent(new AuditEvent("totp-enrolled", "account", account.id().toString()));
    }

    public boolean enrolled(String username) {
        return users.find(username).map(a -> enrolled(a.id())).orElse(false);
    }

    public boolean enrolled(UUID accountId) {
        return secrets.find(accountId).map(TotpSecrets.Row::confirmed).orElse(false);
    }

    /** Whether the code is right now and was not used before (it is then used up). */
    @Transactional
    public boolean verify(String username, String code) {
        var account = users.find(username);
        if (account.isEmpty()) {
            return false;
        }
        var row = secrets.find(account.get().id()).filter(TotpSecrets.Row::confirmed);
        return row.isPresent() && use(account.get().id(), row.get(), code, false);
    }

    /** Recovery by an administrator: the account must enrol again. */
    @Transactional
    public void reset(UUID accountId) {
        users.find(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        secrets.delete(accountId);
        events.publishEvent(new AuditEvent("totp-reset", "account", accountId.toString()));
    }

    private boolean use(UUID id, TotpSecrets.Row row, String code, boolean confirm) {
        byte[] secret = keys.decrypt(row.ciphertext(), ad(id));
        OptionalLong step = Totp.match(secret, code == null ? null : code.strip(), clock.instant(), row.lastStep());
        return step.isPresent() && secrets.use(id, step.getAsLong(), confirm);
    }

    private Account account(String username) {
        return users.find(username).orElseThrow(() -> new NotFoundException("account", username));
    }

    private static byte[] ad(UUID id) {
        return ("totp:" + id).getBytes(StandardCharsets.UTF_8);
    }
}
