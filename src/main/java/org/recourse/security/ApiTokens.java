package org.recourse.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.recourse.audit.AuditEvent;
import org.recourse.security.internal.TokenRows;
import org.recourse.security.internal.Users;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for API clients: {@code rct_} and 32 random bytes (base64url), shown
 * once and stored only as SHA-256 (a token has full entropy, so a fast hash suffices). A token
 * is scoped to a role no higher than its owner's; it is refused once revoked, expired, or when
 * its owner is disabled or no longer holds a role that may grant its scope.
 */
@Service
public class ApiTokens {

    public static final String PREFIX = "rct_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenRows rows;
    private final Users users;
    private final ApplicationEventPublisher events;

    ApiTokens(TokenRows rows, Users users, ApplicationEventPublisher events) {
        this.rows = rows;
        this.users = users;
        this.events = events;
    }

    /** Whether an account with {@code owner}'s role may hold a token scoped to {@code scope}. */
    public static boolean mayGrant(Role owner, Role scope) {
        return owner == Role.ADMIN || owner == scope || scope == Role.VIEWER;
    }

    @Transactional
    public IssuedToken issue(String username, String name, Role scope, Optional<Integer> days) {
        Account owner = users.find(username).orElseThrow(() -> new NotFoundException("account", username));
        new Problems().requireText(name, "name", 80)
                .require(scope != null && mayGrant(owner.role(), scope), "role", "may not be higher than your own role")
                .require(days.map(d -> d > 0 && d <= 3660).orElse(true), "days", "must be between 1 and 3660")
                .throwIfAny();
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ApiToken token = new ApiToken(UUID.randomUUID(), owner.id(), name.strip(), scope, now, Optional.empty(),
                days.map(d -> now.plus(Duration.ofDays(d))), Optional.empty());
        rows.insert(token, hash(secret));
        events.publishEvent(AuditEvent.created("api-token", token.id()));
        return new IssuedToken(token, secret);
    }

    /** The identity a presented token speaks for, if it is valid now; its last use is noted to the minute. */
    @Transactional
    public Optional<TokenIdentity> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        var token = rows.byHash(hash(secret)).filter(t -> t.activeAt(now));
        var owner = token.flatMap(t -> users.find(t.ownerId())).filter(Account::enabled)
                .filter(o -> mayGrant(o.role(), token.get().role()));
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        if (token.get().lastUsedAt().map(t -> t.isBefore(now.minusSeconds(60))).orElse(true)) {
            rows.used(token.get().id(), now);
        }
        return Optional.of(new TokenIdentity(token.get().id(), owner.get().username(), token.get().role()));
    }

    public List<ApiToken> of(String username) {
        return users.find(username).map(a -> rows.ofUser(a.id())).orElse(List.of());
    }

    public List<ApiToken> of(UUID accountId) {
        return rows.ofUser(accountId);
    }

    /** Revokes a token of {@code username}'s own, or any token when {@code asAdmin}; others' tokens are "not found". */
    @Transactional
    public void revoke(UUID tokenId, String username, boolean asAdmin) {
        var actor = users.find(username);
        var token = rows.byId(tokenId)
                .filter(t -> asAdmin || actor.map(a -> a.id().equals(t.ownerId())).orElse(false))
                .orElseThrow(() -> new NotFoundException("api-token", tokenId));
        rows.revoke(token.id(), Instant.now());
        events.publishEvent(new AuditEvent("revoked", "api-token", token.id().toString()));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
