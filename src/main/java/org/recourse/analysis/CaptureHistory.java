package org.recourse.analysis;

import java.util.List;

/**
 * One observed capture pattern: which lists documented the cases, and how many cases share
 * that pattern. {@code onList.get(i)} is list {@code i} of the table.
 */
public record CaptureHistory(List<Boolean> onList, long count) {

    public CaptureHistory {
        onList = List.copyOf(onList);
        if (count < 0) {
            throw new IllegalArgumentException("a capture count cannot be negative");
        }
        if (!onList.contains(Boolean.TRUE)) {
            throw new IllegalArgumentException("the all-zero pattern cannot be observed");
        }
    }

    /** The pattern as bits: bit {@code i} set when list {@code i} documented these cases. */
    public int mask() {
        int m = 0;
        for (int i = 0; i < onList.size(); i++) {
            if (onList.get(i)) {
                m |= 1 << i;
            }
        }
        return m;
    }

    /** The pattern as 0/1 text, list order, e.g. {@code 10010}. */
    public String pattern() {
        StringBuilder sb = new StringBuilder(onList.size());
        onList.forEach(b -> sb.append(b ? '1' : '0'));
        return sb.toString();
    }
}
