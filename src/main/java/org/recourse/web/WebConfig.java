package org.recourse.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.recourse.security.Accounts;
import org.recourse.security.SecondFactor;
import org.recourse.security.SignInSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Language switch ({@code ?lang=ko|en} on any page, remembered in a cookie), the first-login password change and the TOTP set-up required of administrators. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebConfig implements WebMvcConfigurer {

    /** What every page loads, the password and two-factor steps included: never redirected to them. */
    private static final List<String> STATIC = List.of("/css/**", "/js/**", "/webjars/**", "/fonts/**", "/favicon.ico",
            "/favicon.svg");

    private final Accounts accounts;
    private final SecondFactor secondFactor;
    private final SignInSettings signInSettings;

    WebConfig(Accounts accounts, SecondFactor secondFactor, SignInSettings signInSettings) {
        this.accounts = accounts;
        this.secondFactor = secondFactor;
        this.signInSettings = signInSettings;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("recourse-lang");
        resolver.setDefaultLocale(Locale.ENGLISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
        lang.setParamName("lang");
        lang.setIgnoreInvalidLocale(true);
        registry.addInterceptor(lang);
        registry.addInterceptor(new PasswordChangeInterceptor(accounts))
                .excludePathPatterns("/account/password", "/login", "/logout", "/api/**", "/error")
                .excludePathPatterns(STATIC);
        registry.addInterceptor(new TotpRequiredInterceptor(secondFactor, signInSettings))
                .excludePathPatterns("/account/totp", "/account/totp/**", "/account/password", "/login", "/login/**", "/logout",
                        "/api/**", "/error")
                .excludePathPatterns(STATIC);
    }
}
