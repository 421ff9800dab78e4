package org.recourse.shared;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work done on another thread, with its failure thrown here as it was thrown there. */
public final class Background {

    private Background() {
    }

    /**
     * The task's result; its runtime exception or error rethrown unchanged (a validation problem
     * stays a validation problem), anything else wrapped. {@code what} names the task in the
     * message when the wait is interrupted.
     */
    public static <V> V await(Future<V> task, String what) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " was interrupted", e);
        }
    }
}
