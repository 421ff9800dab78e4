package org.recourse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recourse.audit.AuditEvent;
import org.recourse.security.LoginGuard.Verdict;
import org.recourse.security.internal.Users;

class LoginGuardTests {

    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final List<AuditEvent> audit = new ArrayList<>();
    private final Users users = mock(Users.class);
    private final UUID fictionalId = UUID.randomUUID();
    private final LoginGuard guard = new LoginGuard(SignInSettings.defaults(), users, e -> audit.add((AuditEvent) e),
            new Clock() {
                public Instant instant() { return now; }
                public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
                public Clock withZone(java.time.ZoneId z) { return this; }
            });

    @Test
    void fiveFailuresWithinFifteenMinutesLockTheNameForFifteenMinutes() {
        when(users.find("fictional.user")).thenReturn(Optional.of(account()));
        for (int i = 0; i < 4; i++) {
            guard.failed("fictional.user", "10.0.0.1");
            now = now.plusSeconds(60);
        }
        assertThat(guard.check("fictional.user", "10.0.0.2")).isEqualTo(Verdict.ALLOWED);
        guard.failed("fictional.user", "10.0.0.1");
        assertThat(guard.check("fictional.user", "10.0.0.2")).isEqualTo(Verdict.ACCOUNT_LOCKED);
        assertThat(guard.check("Fictional.User", "10.0.0.3")).isEqualTo(Verdict.ACCOUNT_LOCKED);
        assertThat(audit).extracting(AuditEvent::action).containsOnlyOnce("locked").contains("login-failed");
        now = now.plus(Duration.ofMinutes(15));
        assertThat(guard.check("fictional.user", "10.0.0.2")).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() {
        for (int i = 0; i < 10; i++) {
            guard.failed("slow.guesser", "10.0.0.1");
            now = now.plus(Duration.ofMinutes(4));
        }
        assertThat(guard.check("slow.guesser", "10.0.0.9")).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void unknownNamesLockLikeRealOnesSoTheAnswerRevealsNothing() {
        for (int i = 0; i < 5; i++) {
            guard.failed("no.such.name", "10.0.0.1");
        }
        assertThat(guard.check("no.such.name", "10.0.0.2")).isEqualTo(Verdict.ACCOUNT_LOCKED);
        assertThat(audit).extracting(AuditEvent::entityId).containsOnly("unknown");
    }

    @Test
    void oneAddressSprayingManyNamesIsBlockedWhileOthersAreNot() {
        for (int i = 0; i < 30; i++) {
            guard.failed("name" + i, "10.0.0.66");
        }
        assertThat(guard.check("anyone", "10.0.0.66")).isEqualTo(Verdict.ADDRESS_BLOCKED);
        assertThat(guard.check("anyone", "10.0.0.67")).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void aCompleteLoginForgetsTheNamesFailures() {
        for (int i = 0; i < 4; i++) {
            guard.failed("fictional.user", "10.0.0.1");
        }
        guard.succeeded("fictional.user");
        guard.failed("fictional.user", "10.0.0.1");
        assertThat(guard.check("fictional.user", "10.0.0.1")).isEqualTo(Verdict.ALLOWED);
    }

    private Account account() {
        return new Account(fictionalId, "fictional.user", Role.ANALYST, false, true, now);
    }
}
