package org.recourse.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code recourse.audit.*}. {@code checkpointOnShutdown}: sign the chain head when the
 * application stops (default on; commands that only read, such as {@code audit verify}, turn it off).
 */
@ConfigurationProperties("recourse.audit")
public record AuditProperties(Boolean checkpointOnShutdown) {

    public AuditProperties {
        checkpointOnShutdown = checkpointOnShutdown == null || checkpointOnShutdown;
    }
}
