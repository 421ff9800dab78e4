package org.recourse.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code recourse.security.*} for signing in. {@code requireAdminTotp}: administrators must set up
 * TOTP before doing anything else (default true). {@code accountFailureLimit} failed logins for one
 * user name within {@code failureWindow} lock it for {@code lockDuration}; {@code addressFailureLimit}
 * failures from one client address within the window block that address as long (against spraying).
 */
@ConfigurationProperties("recourse.security")
public record SignInSettings(Boolean requireAdminTotp, Integer accountFailureLimit, Integer addressFailureLimit,
        Duration failureWindow, Duration lockDuration) {

    public SignInSettings {
        requireAdminTotp = requireAdminTotp == null || requireAdminTotp;
        accountFailureLimit = accountFailureLimit == null ? 5 : accountFailureLimit;
        addressFailureLimit = addressFailureLimit == null ? 30 : addressFailureLimit;
        failureWindow = failureWindow == null ? Duration.ofMinutes(15) : failureWindow;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
    }

    public static SignInSettings defaults() {
        return new SignInSettings(null, null, null, null, null);
    }
}
