package org.recourse.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.recourse.security.SecondFactor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** After the login form: on to the code step for accounts with TOTP; a locked name gets its own message. */
class PasswordStepHandler implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final SignIn signIn;
    private final SecondFactor secondFactor;
    private final SavedRequestAwareAuthenticationSuccessHandler done = new SavedRequestAwareAuthenticationSuccessHandler();

    PasswordStepHandler(SignIn signIn, SecondFactor secondFactor) {
        this.signIn = signIn;
        this.secondFactor = secondFactor;
        this.done.setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException, ServletException {
        if (secondFactor.enrolled(auth.getName())) {
            signIn.awaitCode(request, auth.getName());
            response.sendRedirect(request.getContextPath() + "/login/code");
            return;
        }
        signIn.complete(request, auth.getName());
        done.onAuthenticationSuccess(request, response, auth);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String outcome = e instanceof TooManyAttemptsException ? "locked" : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + outcome);
    }
}
