package org.recourse.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.recourse.security.Account;
import org.recourse.security.Accounts;
import org.springframework.web.servlet.HandlerInterceptor;

/** Sends an account that still has its generated one-time password to the password page first. */
class PasswordChangeInterceptor implements HandlerInterceptor {

    private static final String CHECKED = "recourse.passwordChecked";
    private final Accounts accounts;

    PasswordChangeInterceptor(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        var principal = request.getUserPrincipal();
        var session = request.getSession(false);
        if (principal == null || session == null || session.getAttribute(CHECKED) != null) {
            return true;
        }
        boolean mustChange = accounts.find(principal.getName()).map(Account::mustChangePassword).orElse(false);
        if (!mustChange) {
            session.setAttribute(CHECKED, Boolean.TRUE);
            return true;
        }
        response.sendRedirect(request.getContextPath() + "/account/password");
        return false;
    }
}
