package org.recourse.testimony;

import java.time.Instant;

/** A user who may see a person's identity, and why: {@code recorded}, {@code testimony} or {@code granted}. */
public record IdentityGrant(String username, String reason, String grantedBy, Instant grantedAt) {
}
