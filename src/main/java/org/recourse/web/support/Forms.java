package org.recourse.web.support;

import java.util.Optional;

/** Small helpers for reading form and query parameters. */
public final class Forms {

    private Forms() {
    }

    public static Optional<String> present(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }

    /** A year parameter; anything that is not a plausible year reads as absent. */
    public static Optional<Integer> year(String s) {
        return present(s).filter(v -> v.matches("\\d{4}")).map(Integer::parseInt);
    }
}
