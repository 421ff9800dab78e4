package org.recourse.audit;

import java.util.Objects;

/**
 * Something happened to a record: {@code created}, {@code changed}, {@code deleted},
 * {@code login}... Published with Spring's event publisher inside the transaction of the change.
 * Only ids and action names: the log must never hold identifying data.
 */
public record AuditEvent(String action, String entityType, String entityId) {

    public AuditEvent {
        Objects.requireNonNull(action);
        Objects.requireNonNull(entityType);
        Objects.requireNonNull(entityId);
    }

    public static AuditEvent created(String entityType, Object id) {
        return new AuditEvent("created", entityType, String.valueOf(id));
    }

    public static AuditEvent changed(String entityType, Object id) {
        return new AuditEvent("changed", entityType, String.valueOf(id));
    }
}
