package org.recourse.indexing.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.recourse.coding.IncidentCatalog;
import org.recourse.coding.IncidentChanged;
import org.recourse.search.PassageDocument;
import org.recourse.search.SearchIndex;
import org.recourse.testimony.ConsentChanged;
import org.recourse.testimony.SourceAccessChanged;
import org.recourse.testimony.Testimony;
import org.recourse.testimony.TestimonyId;
import org.recourse.testimony.TestimonyRecorded;
import org.recourse.testimony.TestimonyRegistry;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues stale testimonies inside the writer's transaction (so the queue commits with the
 * change) and drains the queue into the index after commit and at start. A testimony leaves
 * the queue only after the index has committed its passages.
 */
@Component
@Order(30)
public class IndexFeeder implements ApplicationRunner {

    private static final int BATCH = 200;
    private static final Logger LOG = LoggerFactory.getLogger(IndexFeeder.class);

    private final SearchIndex index;
    private final SearchOutbox outbox;
    private final PassageDocuments documents;
    private final TestimonyRegistry testimonies;
    private final IncidentCatalog incidents;
    private final TransactionTemplate fresh;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ExecutorService indexer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-indexer");
        t.setDaemon(true);
        return t;
    });

    IndexFeeder(SearchIndex index, SearchOutbox outbox, PassageDocuments documents, TestimonyRegistry testimonies,
            IncidentCatalog incidents, PlatformTransactionManager transactions) {
        this.index = index;
        this.outbox = outbox;
        this.documents = documents;
        this.testimonies = testimonies;
        this.incidents = incidents;
        this.fresh = new TransactionTemplate(transactions);
        this.fresh.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void queue(TestimonyRecorded e) {
        outbox.queue(e.id().toString());
    }

    @EventListener
    void queue(IncidentChanged e) {
        incidents.detail(e.id()).passages().stream().map(p -> p.testimonyId().toString()).distinct().forEach(outbox::queue);
    }

    @EventListener
    void queue(ConsentChanged e) {
        testimonies.bySpeaker(e.personId()).forEach(t -> outbox.queue(t.id().toString()));
    }

    /**
     * The source's testimonies (their access tag), and the testimonies of other sources coded on the
     * same incidents, whose facets leave out acts told only in a restricted source.
     */
    @EventListener
    void queue(SourceAccessChanged e) {
        Set<String> queued = new java.util.LinkedHashSet<>();
        for (Testimony t : testimonies.ofSource(e.sourceId())) {
            queued.add(t.id().toString());
            incidents.passagesIn(t.id()).stream().map(p -> p.incidentId()).distinct()
                    .flatMap(i -> incidents.detail(i).passages().stream()).forEach(p -> queued.add(p.testimonyId().toString()));
        }
        queued.forEach(outbox::queue);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void afterCommit(SourceAccessChanged e) {
        drainSoon();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void afterCommit(TestimonyRecorded e) {
        drainSoon();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void afterCommit(IncidentChanged e) {
        drainSoon();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void afterCommit(ConsentChanged e) {
        drainSoon();
    }

    /**
     * Drains on the indexer thread, not in the committing thread: SQLite's driver holds the write
     * lock on the committing connection until Spring releases it, so reading there would wait on itself.
     */
    private void drainSoon() {
        if (pending.compareAndSet(false, true)) {
            indexer.execute(() -> {
                pending.set(false);
                try {
                    drain();
                } catch (RuntimeException e) {
                    LOG.warn("search indexing failed; the queue is kept and retried at the next change or start: {}",
                            e.getClass().getSimpleName());
                }
            });
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        indexer.shutdown();
        indexer.awaitTermination(30, TimeUnit.SECONDS);
    }

    /** At start: a new or lost index is rebuilt; then whatever a crash left queued is indexed. */
    @Override
    public void run(ApplicationArguments args) {
        if (index.lastCommittedSequence() < 0 && testimonies.count() > 0) {
            rebuild();
        }
        drain();
    }

    /** Indexes every queued testimony; safe to repeat (a testimony's passages are replaced whole). */
    public synchronized void drain() {
        List<SearchOutbox.Queued> batch = fresh.execute(s -> outbox.pending(BATCH));
        while (!batch.isEmpty()) {
            batch.forEach(q -> reindex(q.testimonyId()));
            index.markApplied(generation.incrementAndGet() + Math.max(0, index.lastCommittedSequence()));
            index.commit();
            batch.forEach(q -> fresh.executeWithoutResult(s -> outbox.done(q)));
            batch = fresh.execute(s -> outbox.pending(BATCH));
        }
    }

    public synchronized long rebuild() {
        long[] count = {0};
        index.rebuild(consumer -> {
            for (Testimony t : testimonies.all()) {
                for (PassageDocument d : documents.of(t)) {
                    consumer.accept(d);
                    count[0]++;
                }
            }
            return Math.max(0, index.lastCommittedSequence()) + 1;
        });
        return count[0];
    }

    private void reindex(String testimonyId) {
        index.deleteByTestimony(testimonyId);
        testimonies.find(new TestimonyId(UUID.fromString(testimonyId)))
                .ifPresent(t -> documents.of(t).forEach(index::index));
    }
}
