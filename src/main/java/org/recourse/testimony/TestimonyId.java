package org.recourse.testimony;

import java.util.Objects;
import java.util.UUID;

public record TestimonyId(UUID value) {

    public TestimonyId {
        Objects.requireNonNull(value);
    }

    public static TestimonyId random() {
        return new TestimonyId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
