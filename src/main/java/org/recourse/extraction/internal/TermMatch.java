package org.recourse.extraction.internal;

/**
 * A thesaurus term found at [start, end) of the passage. {@code embedded} marks an agency
 * named inside a facility ({@code 보위부} in {@code 보위부 구류장}).
 */
record TermMatch(String scheme, String code, int start, int end, boolean embedded) {

    TermMatch(String scheme, String code, int start, int end) {
        this(scheme, code, start, end, false);
    }

    boolean contains(TermMatch o) {
        return start <= o.start && o.end <= end && (start != o.start || end != o.end);
    }

    TermMatch asEmbedded() {
        return new TermMatch(scheme, code, start, end, true);
    }
}
