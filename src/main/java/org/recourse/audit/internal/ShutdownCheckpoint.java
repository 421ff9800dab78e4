package org.recourse.audit.internal;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import org.recourse.audit.AuditProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs the head of the chain at every clean shutdown, so the entries since the last periodic
 * checkpoint are covered too. Runs before the database and the signing key are closed (Spring
 * destroys this bean before the beans it depends on).
 */
@Component
class ShutdownCheckpoint {

    private final AuditEntries entries;
    private final TransactionTemplate tx;
    private final AuditProperties props;

    ShutdownCheckpoint(AuditEntries entries, PlatformTransactionManager transactions, AuditProperties props) {
        this.entries = entries;
        this.tx = new TransactionTemplate(transactions);
        this.props = props;
    }

    @PreDestroy
    void signHead() {
        if (props.checkpointOnShutdown()) {
            tx.executeWithoutResult(status -> entries.checkpointHead(Clock.systemUTC().instant()));
        }
    }
}
