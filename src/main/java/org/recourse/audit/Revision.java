package org.recourse.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A record was created, changed or deleted, with the fields that changed. Published like an
 * {@link AuditEvent}, inside the writing transaction, and instead of one: the audit module
 * appends one chain entry whose hash covers the changes and stores the revision beside it.
 * Build the changes with {@link #of}; never put identifying values or long texts in them.
 */
public record Revision(String action, String entityType, String entityId, List<FieldChange> changes) {

    public Revision {
        Objects.requireNonNull(action);
        Objects.requireNonNull(entityType);
        Objects.requireNonNull(entityId);
        changes = List.copyOf(changes);
    }

    public static Changes of(String action, String entityType, Object id) {
        return new Changes(action, entityType, String.valueOf(id));
    }

    /** Collects the changed fields; unchanged ones are left out. */
    public static final class Changes {

        private final String action;
        private final String entityType;
        private final String entityId;
        private final List<FieldChange> changes = new ArrayList<>();

        private Changes(String action, String entityType, String entityId) {
            this.action = action;
            this.entityType = entityType;
            this.entityId = entityId;
        }

        /** A new value (on create, {@code before} is empty); blank new values on create are skipped. */
        public Changes value(String field, Optional<String> before, String after) {
            String now = after == null ? "" : after;
            if (before.map(now::equals).orElse(now.isEmpty())) {
                return this;
            }
            changes.add(new FieldChange(field, before, Optional.of(now), false));
            return this;
        }

        public Changes value(String field, String after) {
            return value(field, Optional.empty(), after);
        }

        /** A long text, by length only. */
        public Changes length(String field, Optional<String> before, String after) {
            String now = after == null ? "" : after;
            if (before.map(now::equals).orElse(now.isEmpty())) {
                return this;
            }
            changes.add(FieldChange.length(field, before, Optional.of(now)));
            return this;
        }

        /** An identifying field, named without its values, when it changed. */
        public Changes hidden(String field, boolean changed) {
            if (changed) {
                changes.add(FieldChange.hidden(field));
            }
            return this;
        }

        public Revision build() {
            return new Revision(action, entityType, entityId, changes);
        }
    }
}
