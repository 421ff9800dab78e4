package org.recourse.shared;

import java.util.ArrayList;
import java.util.List;

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
        return require(value.length() <= maxLength, field, "is longer than " + maxLength + " characters");
    }

    public Problems limit(String value, String field, int maxLength) {
        return require(value == null || value.length() <= maxLength, field, "is longer than " + maxLength + " characters");
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
