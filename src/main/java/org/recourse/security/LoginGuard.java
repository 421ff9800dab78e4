package org.recourse.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.recourse.audit.AuditEvent;
import org.recourse.security.internal.Users;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Throttling and lockout of failed logins (passwords, TOTP codes, API credentials). Counted per
 * user name, whether or not the account exists, so the answer never tells which names exist; and
 * per client address, against password spraying over many names. Kept in memory: a restart clears
 * the counters (the audit log keeps every failure). Bounded so that a flood of names cannot exhaust memory.
 */
public class LoginGuard {

    public enum Verdict { ALLOWED, ACCOUNT_LOCKED, ADDRESS_BLOCKED }

    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Window> names = new ConcurrentHashMap<>();
    private final Map<String, Window> addresses = new ConcurrentHashMap<>();
    private final SignInSettings settings;
    private final Users users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public LoginGuard(SignInSettings settings, Users users, ApplicationEventPublisher events, Clock clock) {
        this.settings = settings;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** Checked before any password is compared: a locked name or a blocked address is refused unheard. */
    public Verdict check(String username, String address) {
        Instant now = clock.instant();
        if (locked(addresses, address, now)) {
            return Verdict.ADDRESS_BLOCKED;
        }
        return username != null && locked(names, key(username), now) ? Verdict.ACCOUNT_LOCKED : Verdict.ALLOWED;
    }

    /** A failed attempt; audited as "login-failed" (and "locked" when it locks), never with what was tried. */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        String id = username == null ? "unknown"
                : users.find(username).map(a -> a.id().toString()).orElse("unknown");
        events.publishEvent(new AuditEvent("login-failed", "account", id));
        if (username != null && record(names, key(username), settings.accountFailureLimit(), now) && !"unknown".equals(id)) {
            events.publishEvent(new AuditEvent("locked", "account", id));
        }
        record(addresses, address, settings.addressFailureLimit(), now);
    }

    /** A complete login: the name's failures are forgotten (the address's are not: a sprayer may know one password). */
    public void succeeded(String username) {
        names.remove(key(username));
    }

    private boolean locked(Map<String, Window> map, String key, Instant now) {
        Window w = map.get(key);
        return w != null && w.lockedAt(now);
    }

    /** Whether this failure locked the key. */
    private boolean record(Map<String, Window> map, String key, int limit, Instant now) {
        if (map.size() >= MAX_TRACKED) {
            map.values().removeIf(w -> w.idle(now, settings.failureWindow()));
        }
        return map.computeIfAbsent(key, k -> new Window()).fail(now, limit, settings.failureWindow(), settings.lockDuration());
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /** Failure times within the window, and the end of a lock. */
    private static final class Window {

        private final ArrayDeque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil = Instant.MIN;

        synchronized boolean lockedAt(Instant now) {
            return now.isBefore(lockedUntil);
        }

        synchronized boolean fail(Instant now, int limit, Duration window, Duration lock) {
            while (!failures.isEmpty() && !failures.peekFirst().isAfter(now.minus(window))) {
                failures.removeFirst();
            }
            failures.addLast(now);
            if (failures.size() < limit) {
                return false;
            }
            failures.clear();
            lockedUntil = now.plus(lock);
            return true;
        }

        synchronized boolean idle(Instant now, Duration window) {
            return !lockedAt(now) && (failures.isEmpty() || !failures.peekLast().isAfter(now.minus(window)));
        }
    }
}
