package org.recourse.coding;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The incidents of one imported file, to be stored as one import: its id (new, random), the
 * SHA-256 of the file's bytes, how many data rows the file had, and the incidents.
 */
public record IncidentFile(UUID importId, String fileSha256, int rows, List<IncidentImport> incidents) {

    public IncidentFile {
        Objects.requireNonNull(importId);
        Objects.requireNonNull(fileSha256);
        incidents = List.copyOf(incidents);
    }
}
