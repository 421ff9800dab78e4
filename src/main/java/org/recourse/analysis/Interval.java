package org.recourse.analysis;

/**
 * A 95% interval for the total (documented plus undocumented).
 *
 * @param kind {@code wald}, {@code profile}, {@code bootstrap} or {@code credible}
 */
public record Interval(String kind, double lower, double upper) {

    public Interval {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("an interval needs lower <= upper");
        }
    }
}
