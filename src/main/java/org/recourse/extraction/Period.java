package org.recourse.extraction;

/** A period named in the passage, as whole years (from == to for a single year). */
public record Period(String text, int from, int to) {

    public Period {
        if (to < from) {
            throw new IllegalArgumentException("a period ends after it starts");
        }
    }
}
