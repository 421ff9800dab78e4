package org.recourse.web.pages;

import org.recourse.security.IdentityDestroyedException;
import org.recourse.shared.ConflictException;
import org.recourse.shared.ForbiddenException;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Shows a user's mistake as a page with the reason: 404, 409 or 422, never a 500. */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND, "error.notFound", null);
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden() {
        return "forward:/denied";
    }

    @ExceptionHandler
    ModelAndView conflict(ConflictException e) {
        return page(HttpStatus.CONFLICT, "error.conflict", e.getMessage());
    }

    @ExceptionHandler
    ModelAndView destroyed(IdentityDestroyedException e) {
        return page(HttpStatus.GONE, "identity.destroyedTitle", e.getMessage());
    }

    @ExceptionHandler
    ModelAndView invalid(InvalidInputException e) {
        ModelAndView mv = page(HttpStatus.UNPROCESSABLE_CONTENT, "error.invalid", null);
        mv.addObject("problems", e.problems());
        return mv;
    }

    /** The problem page with a status, a title and an optional reason (shared by the page controllers). */
    static ModelAndView page(HttpStatus status, String titleKey, String reason) {
        ModelAndView mv = new ModelAndView("problem");
        mv.setStatus(status);
        mv.addObject("status", status.value());
        mv.addObject("titleKey", titleKey);
        mv.addObject("reason", reason);
        return mv;
    }
}
