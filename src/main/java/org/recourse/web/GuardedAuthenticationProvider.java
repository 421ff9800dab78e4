package org.recourse.web;

import org.recourse.security.LoginGuard;
import org.recourse.security.Role;
import org.recourse.security.SecondFactor;
import org.recourse.security.SignInSettings;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password authentication behind the {@link LoginGuard}: a locked name or blocked address is
 * refused before any password is compared, and every failure is counted. On the API door
 * ({@code api}), accounts with TOTP, and administrators while TOTP is required for them, are
 * refused HTTP Basic: a password alone is one factor, so they use personal access tokens.
 */
class GuardedAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginGuard guard;
    private final SecondFactor secondFactor;
    private final SignInSettings settings;
    private final boolean api;

    GuardedAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginGuard guard,
            SecondFactor secondFactor, SignInSettings settings, boolean api) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.guard = guard;
        this.secondFactor = secondFactor;
        this.settings = settings;
        this.api = api;
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        String username = request.getName();
        String address = address(request);
        if (guard.check(username, address) != LoginGuard.Verdict.ALLOWED) {
            throw new TooManyAttemptsException();
        }
        Authentication result;
        try {
            result = passwords.authenticate(request);
        } catch (AuthenticationException e) {
            guard.failed(username, address);
            throw new BadCredentialsException("bad credentials");
        }
        boolean totp = secondFactor.enrolled(username);
        if (api && (totp || (settings.requireAdminTotp() && isAdmin(result)))) {
            throw new BadCredentialsException("use a personal access token");
        }
        if (!totp) {
            guard.succeeded(username);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }

    static String address(Authentication request) {
        return request.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                ? d.getRemoteAddress() : "unknown";
    }

    private static boolean isAdmin(Authentication a) {
        return a.getAuthorities().stream().anyMatch(g -> Role.ADMIN.authority().equals(g.getAuthority()));
    }
}
