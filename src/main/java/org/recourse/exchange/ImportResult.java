package org.recourse.exchange;

import java.util.Optional;
import java.util.UUID;

/**
 * What an import stored: records (incidents or testimonies), rows skipped as invalid, and for
 * incidents the import's id (the one audit entry {@code imported} on entity {@code import}).
 */
public record ImportResult(ImportKind kind, int stored, int skippedRows, Optional<UUID> importId) {

    public ImportResult(ImportKind kind, int stored, int skippedRows) {
        this(kind, stored, skippedRows, Optional.empty());
    }
}
