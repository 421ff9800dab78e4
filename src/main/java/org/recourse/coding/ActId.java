package org.recourse.coding;

import java.util.Objects;
import java.util.UUID;

public record ActId(UUID value) {

    public ActId {
        Objects.requireNonNull(value);
    }

    public static ActId random() {
        return new ActId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
