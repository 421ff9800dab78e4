package org.recourse.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.recourse.security.Role;
import org.recourse.security.SecondFactor;
import org.recourse.security.SignInSettings;
import org.springframework.web.servlet.HandlerInterceptor;

/** While {@code recourse.security.require-admin-totp} is on, an administrator without TOTP can only set it up. */
class TotpRequiredInterceptor implements HandlerInterceptor {

    private final SecondFactor secondFactor;
    private final SignInSettings settings;

    TotpRequiredInterceptor(SecondFactor secondFactor, SignInSettings settings) {
        this.secondFactor = secondFactor;
        this.settings = settings;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        var principal = request.getUserPrincipal();
        if (!settings.requireAdminTotp() || principal == null || !request.isUserInRole(Role.ADMIN.name())
                || secondFactor.enrolled(principal.getName())) {
            return true;
        }
        response.sendRedirect(request.getContextPath() + "/account/totp");
        return false;
    }
}
