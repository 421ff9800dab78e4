package org.recourse.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Collects field problems so that a form reports all of them at once. */
public final class Problems {

    private final List<InvalidInputException.FieldProblem> found = new ArrayList<>();

    public Problems require(boolean ok, String field, String reason) {
        if (!ok) {
            found.add(new InvalidInputException.FieldProblem(field, reason));
        }
        return this;
    }

    public Problems requireText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return require(false, field, "is required");
        }
        return value.length() <= maxLength ? this : require(false, field, tooLong(maxLength));
    }

    public Problems limit(String value, String field, int maxLength) {
        // The message is made only on failure: imports check millions of cells.
        return value == null || value.length() <= maxLength ? this : require(false, field, tooLong(maxLength));
    }

    private static String tooLong(int maxLength) {
        return "is longer than " + maxLength + " characters";
    }

    /** Reads an enum constant by name (case-insensitive); notes a problem when it is missing or unknown. */
    public <E extends Enum<E>> Optional<E> choice(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            add(field, "is not one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
            return Optional.empty();
        }
    }

    /** Reads an id; blank is a problem only when {@code required}. */
    public Optional<UUID> id(String value, String field, boolean required) {
        if (value == null || value.isBlank()) {
            require(!required, field, "is required");
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            add(field, "is not a valid id");
            return Optional.empty();
        }
    }

    /** Reads a date with precision; blank is the unknown date. */
    public FuzzyDate date(String value, String field) {
        try {
            return FuzzyDate.parse(value);
        } catch (IllegalArgumentException e) {
            add(field, e.getMessage());
            return FuzzyDate.UNKNOWN;
        }
    }

    public void add(String field, String reason) {
        require(false, field, reason);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
