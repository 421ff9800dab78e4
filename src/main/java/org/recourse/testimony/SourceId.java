package org.recourse.testimony;

import java.util.Objects;
import java.util.UUID;

public record SourceId(UUID value) {

    public SourceId {
        Objects.requireNonNull(value);
    }

    public static SourceId random() {
        return new SourceId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
