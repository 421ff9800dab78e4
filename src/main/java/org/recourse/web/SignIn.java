package org.recourse.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.recourse.security.Accounts;
import org.recourse.security.LoginGuard;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The session side of signing in: the pending state between password and code, and the
 * completion (new session id, audit "login", the account's session epoch stamped on the session).
 */
@Component
public class SignIn {

    static final String EPOCH = "recourse.sessionEpoch";
    private static final String PENDING = "recourse.pendingLogin";
    private static final Duration PENDING_FOR = Duration.ofMinutes(5);

    /** A password was right; the code is still to come. */
    record Pending(String username, Instant since) implements java.io.Serializable {
    }

    private final Accounts accounts;
    private final LoginGuard guard;
    private final UserDetailsService users;
    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SignIn(Accounts accounts, LoginGuard guard, UserDetailsService users) {
        this.accounts = accounts;
        this.guard = guard;
        this.users = users;
    }

    /** After the password of an account with TOTP: the session holds no authentication, only the pending name. */
    void awaitCode(HttpServletRequest request, String username) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession();
        session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        session.setAttribute(PENDING, new Pending(username, Instant.now()));
    }

    /** The user name waiting for its code, if the password step was recent. */
    public Optional<String> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof Pending p)) {
            return Optional.empty();
        }
        return p.since().plus(PENDING_FOR).isAfter(Instant.now()) ? Optional.of(p.username()) : Optional.empty();
    }

    public void abandon(HttpServletRequest request) {
        Optional.ofNullable(request.getSession(false)).ifPresent(s -> s.removeAttribute(PENDING));
    }

    /** The code was right: authenticate the session under a new id. */
    public void completeWithCode(HttpServletRequest request, HttpServletResponse response, String username) {
        abandon(request);
        request.changeSessionId();
        UserDetails user = users.loadUserByUsername(username);
        Authentication auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
        complete(request, username);
    }

    /** Audits the login, forgets the name's failures and stamps the session with the account's epoch. */
    void complete(HttpServletRequest request, String username) {
        guard.succeeded(username);
        accounts.loggedIn(username);
        restamp(request, username);
    }

    /** After the user's own password change: this session stays, the others end. */
    public void restamp(HttpServletRequest request, String username) {
        accounts.sessionEpoch(username).ifPresent(e -> request.getSession().setAttribute(EPOCH, e));
    }
}
