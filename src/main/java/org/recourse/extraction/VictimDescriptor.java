package org.recourse.extraction;

import java.util.Optional;

/** Coarse attributes of a victim: gender ({@code female}/{@code male}) and age band ({@code 40s}). */
public record VictimDescriptor(Optional<String> gender, Optional<String> ageBand) {

    public String asValue() {
        return gender.orElse("?") + "/" + ageBand.orElse("?");
    }
}
