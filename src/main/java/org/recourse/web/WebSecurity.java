package org.recourse.web;

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
 * Two doors. {@code /api/**}: stateless, HTTP Basic (personal tokens come with the security
 * issue), 401 as JSON for anonymous clients, and no session cookie is ever read there, so a
 * browser session cannot be used against it (no CSRF exposure). Everything else: form login,
 * session cookie, CSRF tokens, and a strict Content-Security-Policy with no inline script.
 * Who may call what is {@link AccessRules}: a role that may not gets 403 (the /denied page, or
 * a JSON problem on the API).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebSecurity {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
            + "form-action 'self'";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(WebSecurity::matrix)
                .httpBasic(b -> b.authenticationEntryPoint(new JsonAuthenticationEntryPoint()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new JsonAuthenticationEntryPoint())
                        .accessDeniedHandler(new JsonAccessDeniedHandler()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(c -> c.disable())
                .headers(WebSecurity::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> matrix(a.requestMatchers(AccessRules.PUBLIC.toArray(String[]::new)).permitAll()))
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e.accessDeniedPage("/denied"))
                .headers(WebSecurity::headers);
        return http.build();
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
