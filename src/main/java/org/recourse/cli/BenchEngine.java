package org.recourse.cli;

/** One full-text engine under benchmark: loads the synthetic corpus, then answers the query mix (top 10). */
interface BenchEngine extends AutoCloseable {

    String name();

    /** Loads passages 0..n-1 of {@link SyntheticPassages} and builds the index. */
    void load(int n) throws Exception;

    /** Runs one query for the first 10 hits by relevance; returns how many hits came back. */
    int query(BenchQuery q) throws Exception;

    /** How the engine was set up, for the report. */
    String setup();

    /** Whether queries run on the calling thread, so its CPU time is the query's CPU time. */
    default boolean inProcess() {
        return true;
    }
}
