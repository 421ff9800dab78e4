package org.recourse.testimony;

import java.time.Instant;
import java.util.List;

/**
 * A person withdrew all consent; their key is about to be destroyed. Published inside the
 * withdrawing transaction, before the key goes, so listeners (original files) mark what is
 * theirs as destroyed in the same transaction. {@code testimonies}: those the person spoke.
 */
public record AllConsentWithdrawn(PersonId personId, Instant at, List<TestimonyId> testimonies) {

    public AllConsentWithdrawn {
        testimonies = List.copyOf(testimonies);
    }
}
