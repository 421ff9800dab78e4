package org.recourse.audit.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import org.recourse.audit.AuditProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs the head of the chain when the application starts on a database that has no
 * checkpoint yet (so from the first start the database says it was signed, and a lost keys
 * folder is noticed rather than replaced), and at every clean shutdown, so the entries since
 * the last periodic checkpoint are covered too. Spring destroys this bean before the database
 * and the signing key it depends on.
 */
@Component
class HeadCheckpoints {

    private final AuditEntries entries;
    private final AuditCheckpoints checkpoints;
    private final TransactionTemplate tx;
    private final AuditProperties props;

    HeadCheckpoints(AuditEntries entries, AuditCheckpoints checkpoints, PlatformTransactionManager transactions,
            AuditProperties props) {
        this.entries = entries;
        this.checkpoints = checkpoints;
        this.tx = new TransactionTemplate(transactions);
        this.props = props;
    }

    @PostConstruct
    void signFirstHead() {
        if (props.signHead() && checkpoints.none()) {
            signHead();
        }
    }

    @PreDestroy
    void signHeadOnShutdown() {
        if (props.signHead()) {
            signHead();
        }
    }

    private void signHead() {
        tx.executeWithoutResult(status -> entries.checkpointHead(Clock.systemUTC().instant()));
    }
}
