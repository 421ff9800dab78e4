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

    /**
     * A file whose incidents are handed over chunk by chunk ({@link ImportStream}): what its
     * audit entry names, and at most how many incidents and acts it can make (ids are made for
     * that many up front, sorted).
     */
    public record Header(UUID importId, String fileSha256, int rows, int maxIncidents, int maxActs) {

        public Header {
            Objects.requireNonNull(importId);
            Objects.requireNonNull(fileSha256);
            if (maxIncidents < 0 || maxActs < 0) {
                throw new IllegalArgumentException("negative counts");
            }
        }
    }
}
