package org.recourse.security.internal;

import java.time.Clock;
import org.recourse.security.LoginGuard;
import org.recourse.security.SignInSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    @Bean
    LoginGuard loginGuard(SignInSettings settings, Users users, ApplicationEventPublisher events) {
        return new LoginGuard(settings, users, events, Clock.systemUTC());
    }
}
