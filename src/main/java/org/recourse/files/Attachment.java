package org.recourse.files;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A stored file attached to a source (and maybe one of its testimonies). {@code originalName}
 * is present only when the caller asked for names and may see them. {@code destroyedAt}: when
 * the file was destroyed because the person it belongs to withdrew all consent (hash and size
 * stay, for the record; the content cannot be opened by anyone).
 */
public record Attachment(UUID id, String sha256, long size, String mediaType, UUID sourceId,
        Optional<UUID> testimonyId, Instant attachedAt, String attachedBy, Optional<String> originalName,
        Optional<Instant> destroyedAt) {

    public boolean destroyed() {
        return destroyedAt.isPresent();
    }

    @Override
    public String toString() {
        return "Attachment[" + id + ", " + sha256 + "]";
    }

    /** A download name that says nothing about anyone: the hash, and the original extension when it is plain. */
    public String safeFileName(Optional<String> extensionFrom) {
        String ext = extensionFrom.filter(n -> n.lastIndexOf('.') > 0)
                .map(n -> n.substring(n.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT))
                .filter(e -> e.matches("[a-z0-9]{1,8}")).map(e -> "." + e).orElse("");
        return sha256 + ext;
    }
}
