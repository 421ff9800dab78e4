package org.recourse.testimony;

import java.time.Instant;

/**
 * A person withdrew all consent: how many active consents ended, when their key was destroyed,
 * whether the policy kept the facts of incidents coded from their testimonies, and how many of
 * their testimonies were replaced by the withdrawn text (none when the facts were kept).
 */
public record Withdrawal(PersonId personId, Instant destroyedAt, int consentsWithdrawn, boolean keptIncidentFacts,
        int testimoniesRedacted) {
}
