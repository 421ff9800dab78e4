package org.recourse.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code recourse.security.*}. {@code adminPassword}: the first administrator's password
 * (from RECOURSE_ADMIN_PASSWORD); empty means generate one and print it once.
 */
@ConfigurationProperties("recourse.security")
public record SecurityProperties(String adminPassword) {

    public SecurityProperties {
        adminPassword = adminPassword == null ? "" : adminPassword;
    }
}
