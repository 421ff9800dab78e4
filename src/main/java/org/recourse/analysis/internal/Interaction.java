package org.recourse.analysis.internal;

/** A two-way interaction between lists {@code a < b} (0-based column order). */
record Interaction(int a, int b) {

    Interaction {
        if (a < 0 || b <= a) {
            throw new IllegalArgumentException("an interaction needs two lists in order");
        }
    }

    int mask() {
        return 1 << a | 1 << b;
    }
}
