package org.recourse.coding;

import java.util.UUID;

/** What an import stored: its id, the incidents and acts it created, and the digest its audit entry names. */
public record StoredImport(UUID importId, int incidents, int acts, String contentDigest) {
}
