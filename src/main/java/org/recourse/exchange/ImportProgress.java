package org.recourse.exchange;

/** Told how far a long import has come; called from the importing thread. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> { };

    void rows(long done, long total);
}
