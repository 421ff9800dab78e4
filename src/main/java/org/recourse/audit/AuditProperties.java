package org.recourse.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code recourse.audit.*}. {@code signHead}: sign the chain head at the first start and at
 * every clean shutdown (default on; commands that only read, such as {@code audit verify},
 * turn it off so they write nothing).
 */
@ConfigurationProperties("recourse.audit")
public record AuditProperties(Boolean signHead) {

    public AuditProperties {
        signHead = signHead == null || signHead;
    }
}
