package org.recourse.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.recourse.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/** Puts a rejected form back on its page with every problem, answered 422. */
final class FormFailure {

    private FormFailure() {
    }

    static String show(Model model, HttpServletResponse response, InvalidInputException e, String view) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("problems", e.problems());
        return view;
    }
}
