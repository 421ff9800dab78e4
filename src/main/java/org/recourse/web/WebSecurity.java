package org.recourse.web;

import org.recourse.security.Accounts;
import org.recourse.security.ApiTokens;
import org.recourse.security.LoginGuard;
import org.recourse.security.SecondFactor;
import org.recourse.security.SignInSettings;
import org.recourse.testimony.IdentityRegistry;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two doors. {@code /api/**}: stateless, a personal access token ({@code Bearer rct_...}) or HTTP
 * Basic (only for accounts without TOTP), 401 as JSON for anonymous clients, and no session
 * cookie is ever read there, so a browser session cannot be used against it (no CSRF exposure).
 * Everything else: form login, then the TOTP code step for accounts that have it, a session
 * cookie whose epoch is checked on every request, CSRF tokens, and a strict
 * Content-Security-Policy with no inline script. Who may call what is {@link AccessRules}: a role
 * that may not gets 403 (the /denied page, or a JSON problem on the API); a refused attempt at an
 * identity is audited on the way ({@link RefusalAudit}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebSecurity {

    private final UserDetailsService users;
    private final PasswordEncoder encoder;
    private final LoginGuard guard;
    private final SecondFactor secondFactor;
    private final SignInSettings settings;

    WebSecurity(UserDetailsService users, PasswordEncoder encoder, LoginGuard guard, SecondFactor secondFactor,
            SignInSettings settings) {
        this.users = users;
        this.encoder = encoder;
        this.guard = guard;
        this.secondFactor = secondFactor;
        this.settings = settings;
    }

    /** Only this provider, and no parent manager that a refused login could fall through to. */
    private AuthenticationManager passwords(boolean api) {
        return new ProviderManager(new GuardedAuthenticationProvider(users, encoder, guard, secondFactor, settings, api));
    }

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
            + "form-action 'self'";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, IdentityRegistry identities) throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(passwords(true))
                .addFilterBefore(new BearerTokenFilter(tokens, guard), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(WebSecurity::matrix)
                .httpBasic(b -> b.authenticationEntryPoint(new JsonAuthenticationEntryPoint()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new JsonAuthenticationEntryPoint())
                        .accessDeniedHandler(new RefusalAudit(identities, new JsonAccessDeniedHandler())))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(c -> c.disable())
                .headers(WebSecurity::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, SignIn signIn, Accounts accounts, IdentityRegistry identities)
            throws Exception {
        PasswordStepHandler step = new PasswordStepHandler(signIn, secondFactor);
        http.authenticationManager(passwords(false))
                .addFilterAfter(new SessionEpochFilter(accounts), SecurityContextHolderFilter.class)
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .authorizeHttpRequests(a -> matrix(a.requestMatchers(AccessRules.PUBLIC.toArray(String[]::new)).permitAll()))
                .formLogin(f -> f.loginPage("/login").successHandler(step).failureHandler(step))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e.accessDeniedHandler(new RefusalAudit(identities, deniedPage())))
                .headers(WebSecurity::headers);
        return http.build();
    }

    private static AccessDeniedHandler deniedPage() {
        AccessDeniedHandlerImpl page = new AccessDeniedHandlerImpl();
        page.setErrorPage("/denied");
        return page;
    }

    /** The permission matrix ({@link AccessRules}), first match wins; anything else is for ADMIN only. */
    private static void matrix(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        for (AccessRules.Rule rule : AccessRules.RULES) {
            String[] roles = rule.capability().roleNames();
            rule.method().ifPresentOrElse(m -> a.requestMatchers(m, rule.pattern()).hasAnyRole(roles),
                    () -> a.requestMatchers(rule.pattern()).hasAnyRole(roles));
        }
        a.anyRequest().hasAnyRole(Capability.ADMINISTER.roleNames());
    }

    private static void headers(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> h) {
        h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()"));
    }
}
