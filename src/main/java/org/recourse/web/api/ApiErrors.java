package org.recourse.web.api;

import java.util.List;
import java.util.Map;
import org.recourse.security.IdentityDestroyedException;
import org.recourse.security.KeyException;
import org.recourse.shared.ConflictException;
import org.recourse.shared.ForbiddenException;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Maps a caller's mistakes to 400/404/409/422 problems naming the field and reason; never a stack trace. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    @ExceptionHandler
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, "the input has problems");
        List<Map<String, String>> errors = e.problems().stream()
                .map(f -> Map.of("field", f.field(), "reason", f.reason())).toList();
        p.setProperty("errors", errors);
        return p;
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail forbidden(ForbiddenException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail conflict(ConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    /** The person's key was destroyed: gone for good, said plainly. */
    @ExceptionHandler
    ProblemDetail destroyed(IdentityDestroyedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, e.getMessage());
        p.setProperty("identity", "destroyed");
        e.destroyedAt().ifPresent(at -> p.setProperty("destroyedAt", at.toString()));
        return p;
    }

    /** A ciphertext that does not open; the message names no value. */
    @ExceptionHandler
    ProblemDetail undecryptable(KeyException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "the request body is not valid JSON for this call");
    }

    @ExceptionHandler
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getName() + " is not valid");
    }

    @ExceptionHandler
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getParameterName() + " is required");
    }
}
