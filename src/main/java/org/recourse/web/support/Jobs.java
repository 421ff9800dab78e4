package org.recourse.web.support;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.recourse.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Component;

/**
 * Long work started from a page (an import, a PDF report) runs here, off the request thread,
 * as the user who started it (their security context goes with it, so the audit log names
 * them). Its owner watches it through a polling page; nobody else can see it. Jobs live in
 * memory for an hour after they end: a restart forgets them, never their stored results.
 */
@Component
public class Jobs implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);
    private static final Duration KEEP = Duration.ofHours(1);
    private static final int MAX_PER_OWNER = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    public enum State { RUNNING, DONE, FAILED }

    /** What the owner sees of a job. {@code result} is set once it is done. */
    public record View(String id, String kind, State state, String stage, long done, long total, Optional<Object> result,
            List<InvalidInputException.FieldProblem> problems) {

        public int percent() {
            return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
        }

        public boolean running() {
            return state == State.RUNNING;
        }
    }

    /** A file a job made, for its owner to download once it is done. */
    public record Download(String fileName, String mediaType, byte[] bytes) {
    }

    /** The work itself; it reports how far it has come. */
    @FunctionalInterface
    public interface Work {
        Object run(Progress progress) throws Exception;
    }

    @FunctionalInterface
    public interface Progress {
        void at(String stage, long done, long total);
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor;

    Jobs() {
        AtomicInteger n = new AtomicInteger();
        this.executor = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "recourse-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }));
    }

    /** Starts the work as the current user and returns the job's id (random, meaningless). */
    public String start(String owner, String kind, Work work) {
        expire();
        if (jobs.values().stream().filter(j -> j.owner.equals(owner) && j.view().running()).count() >= MAX_PER_OWNER) {
            throw new InvalidInputException("job", "too many jobs are running for you; wait for one to end");
        }
        byte[] raw = new byte[16];
        RANDOM.nextBytes(raw);
        Job job = new Job(HexFormat.of().formatHex(raw), owner, kind);
        jobs.put(job.id, job);
        executor.submit(() -> job.run(work));
        return job.id;
    }

    /** The job, if it exists and belongs to this owner (someone else's job is simply not found). */
    public Optional<View> find(String id, String owner) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner.equals(owner)).map(Job::view);
    }

    private void expire() {
        Instant cutoff = Instant.now().minus(KEEP);
        jobs.values().removeIf(j -> j.endedBefore(cutoff));
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    /** One job; its fields change on the worker thread and are read by request threads. */
    private static final class Job {
        final String id;
        final String owner;
        final String kind;
        private volatile State state = State.RUNNING;
        private volatile String stage = "start";
        private volatile long done;
        private volatile long total;
        private volatile Object result;
        private volatile List<InvalidInputException.FieldProblem> problems = List.of();
        private volatile Instant ended;

        Job(String id, String owner, String kind) {
            this.id = id;
            this.owner = owner;
            this.kind = kind;
        }

        void run(Work work) {
            try {
                result = work.run((s, d, t) -> {
                    stage = s;
                    done = d;
                    total = t;
                });
                state = State.DONE;
            } catch (InvalidInputException e) {
                problems = e.problems();
                state = State.FAILED;
            } catch (Exception | Error e) {
                // The class only: a message may quote the data being worked on.
                LOG.error("job {} ({}) failed: {}", id, kind, e.getClass().getName());
                problems = List.of(new InvalidInputException.FieldProblem("job", "failed on the server; see its log"));
                state = State.FAILED;
            } finally {
                ended = Instant.now();
            }
        }

        boolean endedBefore(Instant cutoff) {
            Instant e = ended;
            return e != null && e.isBefore(cutoff);
        }

        View view() {
            return new View(id, kind, state, stage, done, total, Optional.ofNullable(result), problems);
        }
    }
}
