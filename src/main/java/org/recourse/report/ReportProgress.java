package org.recourse.report;

/** Told as a report is built: which stage, and how far through it. */
@FunctionalInterface
public interface ReportProgress {

    ReportProgress NONE = (stage, done, total) -> { };

    void step(String stage, int done, int total);
}
