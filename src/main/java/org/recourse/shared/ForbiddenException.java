package org.recourse.shared;

/** The caller's role may not do this; the message says what, never which record. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String what) {
        super(what);
    }
}
