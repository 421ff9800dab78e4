package org.recourse.coding;

import java.util.Objects;
import java.util.UUID;

public record PassageId(UUID value) {

    public PassageId {
        Objects.requireNonNull(value);
    }

    public static PassageId random() {
        return new PassageId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
