package org.recourse.search;

import java.util.function.Consumer;

/**
 * Where a rebuild reads every passage from: implemented by the module that owns passages
 * (the database). {@link #forEach} streams in any order and reports the sequence number of
 * the newest write it includes, so the index knows where replay resumes.
 */
public interface PassageSource {

    /** Feeds every current passage to the consumer; returns the newest sequence included. */
    long forEach(Consumer<PassageDocument> consumer);
}
