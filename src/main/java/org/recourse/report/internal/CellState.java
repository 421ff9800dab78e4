package org.recourse.report.internal;

/** Whether a cell or total of a published table is shown, hidden because it is small, or hidden to protect another. */
public enum CellState {
    PUBLISHED, PRIMARY, COMPLEMENTARY
}
