package org.recourse.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.recourse.security.LoginGuard;
import org.recourse.security.SecondFactor;
import org.recourse.web.SignIn;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The second login step for accounts with TOTP: the code from the authenticator app. */
@Controller
class LoginCodePages {

    private final SignIn signIn;
    private final SecondFactor secondFactor;
    private final LoginGuard guard;

    LoginCodePages(SignIn signIn, SecondFactor secondFactor, LoginGuard guard) {
        this.signIn = signIn;
        this.secondFactor = secondFactor;
        this.guard = guard;
    }

    @GetMapping("/login/code")
    String form(HttpServletRequest request) {
        return signIn.pending(request).isPresent() ? "login-code" : "redirect:/login";
    }

    @PostMapping("/login/code")
    String check(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        var username = signIn.pending(request);
        if (username.isEmpty()) {
            return "redirect:/login";
        }
        String address = request.getRemoteAddr();
        if (guard.check(username.get(), address) != LoginGuard.Verdict.ALLOWED) {
            signIn.abandon(request);
            return "redirect:/login?locked";
        }
        if (!secondFactor.verify(username.get(), code)) {
            guard.failed(username.get(), address);
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            model.addAttribute("wrongCode", true);
            return "login-code";
        }
        signIn.completeWithCode(request, response, username.get());
        return "redirect:/";
    }
}
