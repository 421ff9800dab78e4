package org.recourse.shared;

/** An action that the record's current state forbids: a 409 with the reason. */
public class ConflictException extends RuntimeException {

    public ConflictException(String reason) {
        super(reason);
    }
}
