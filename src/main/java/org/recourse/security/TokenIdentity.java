package org.recourse.security;

import java.util.UUID;

/** Who a valid token speaks for, and with which role (the token's, never more than its owner's). */
public record TokenIdentity(UUID tokenId, String username, Role role) {
}
