package org.recourse.coding;

import java.util.Objects;
import java.util.UUID;

public record IncidentId(UUID value) {

    public IncidentId {
        Objects.requireNonNull(value);
    }

    public static IncidentId random() {
        return new IncidentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
