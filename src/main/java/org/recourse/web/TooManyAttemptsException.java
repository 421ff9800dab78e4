package org.recourse.web;

import org.springframework.security.core.AuthenticationException;

/** The user name is locked or the client address blocked after repeated failures. */
class TooManyAttemptsException extends AuthenticationException {

    TooManyAttemptsException() {
        super("too many failed attempts");
    }
}
