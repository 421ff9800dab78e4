package org.recourse.extraction.internal;

import java.util.List;
import java.util.function.ToIntFunction;

/** Binary search over lists sorted by a start offset (tokens, matches, findings). */
final class Sorted {

    private Sorted() {
    }

    /** Index of the first element whose start is at or after offset ({@code sorted.size()} if none). */
    static <T> int firstAtOrAfter(List<T> sorted, ToIntFunction<T> start, int offset) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start.applyAsInt(sorted.get(mid)) < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
